package org.mutuality.jira.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutuality.jira.http.JiraException;

/** The paged parts of an issue, beyond the previews a search embeds. */
public interface IssueResource {
  /**
   * The issue's key now (another than asked when the issue was moved), or empty when Jira answers 404: no such
   * issue, or not one the viewer may see.
   */
  Optional<String> key(String issueKeyOrId) throws JiraException;

  /** Every comment the viewer may see, oldest first. */
  List<IssueJson.Comment> comments(String issueKey) throws JiraException;

  /** Every worklog the viewer may see. */
  List<IssueJson.Worklog> worklogs(String issueKey) throws JiraException;

  /** Every changelog history of one issue. */
  List<IssueJson.History> changelog(String issueKey) throws JiraException;

  /**
   * Every changelog history of several issues, by issue id, oldest first (Cloud's bulk endpoint; one issue at a
   * time elsewhere).
   */
  Map<String, List<IssueJson.History>> changelogs(Map<String, String> keysById) throws JiraException;
}
