package org.mutuality.jira.api;

import java.util.List;
import org.mutuality.jira.http.JiraException;

/** Issue security levels: who may see the issues of a level (Cloud only: Data Center has no such endpoint). */
public interface SecurityResource {
  /**
   * Every member (holder) of one level, all pages; needs <em>Administer Jira</em>.
   *
   * @param levelId the level's id, as issues show it in {@code fields.security.id}
   * @throws UnsupportedOperationException on Data Center, whose REST API does not list a level's members
   */
  List<SecurityJson.LevelMember> levelMembers(String levelId) throws JiraException;

  /** Whether the site's REST API lists a level's members (Cloud does, Data Center does not). */
  boolean listsLevelMembers();
}
