package org.mutuality.jira.api;

import com.fasterxml.jackson.databind.JavaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;

final class RestProjects implements ProjectResource {
  private final JiraClient client;
  private final Flavor flavor;
  private final JavaType roleMap;
  private final JavaType components;

  RestProjects(JiraClient client, Flavor flavor) {
    this.client = client;
    this.flavor = flavor;
    this.roleMap = client.mapper().getTypeFactory().constructMapType(java.util.LinkedHashMap.class, String.class,
        String.class);
    this.components = client.mapper().getTypeFactory().constructCollectionType(List.class,
        ProjectJson.Component.class);
  }

  private String path(String key) {
    return flavor.api() + "/project/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }

  @Override
  public ProjectJson.Project project(String key) throws JiraException {
    return client.get(path(key), Map.of("expand", "description,lead"), ProjectJson.Project.class);
  }

  @Override
  public ProjectJson.Avatars avatars(String key) throws JiraException {
    return client.get(path(key) + "/avatars", null, ProjectJson.Avatars.class);
  }

  @Override
  public List<ProjectJson.Component> components(String key) throws JiraException {
    List<ProjectJson.Component> list = client.get(path(key) + "/components", null, components);
    return list == null ? List.of() : list;
  }

  @Override
  public Map<String, String> roles(String key) throws JiraException {
    Map<String, String> roles = client.get(path(key) + "/role", null, roleMap);
    return roles == null ? Map.of() : roles;
  }

  @Override
  public ProjectJson.Role role(String key, String roleId) throws JiraException {
    return client.get(path(key) + "/role/" + URLEncoder.encode(roleId, StandardCharsets.UTF_8), null,
        ProjectJson.Role.class);
  }
}
