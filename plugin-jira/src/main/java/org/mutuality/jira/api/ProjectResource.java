package org.mutuality.jira.api;

import java.util.List;
import java.util.Map;
import org.mutuality.jira.http.JiraException;

/** A project: details (description, lead, versions, components), avatars, roles. */
public interface ProjectResource {
  ProjectJson.Project project(String key) throws JiraException;

  ProjectJson.Avatars avatars(String key) throws JiraException;

  /** Every component of the project, with its lead (one unpaged list). */
  List<ProjectJson.Component> components(String key) throws JiraException;

  /** Role name to the role's URL. */
  Map<String, String> roles(String key) throws JiraException;

  /** One role with its actors; {@code roleId} is the last segment of the role's URL. */
  ProjectJson.Role role(String key, String roleId) throws JiraException;
}
