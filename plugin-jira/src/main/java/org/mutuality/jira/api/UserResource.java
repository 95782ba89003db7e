package org.mutuality.jira.api;

import java.util.List;
import org.mutuality.jira.http.JiraException;

/** Users and groups. */
public interface UserResource {
  /** The active members of a group, by id (Cloud, preferred) or name. */
  List<UserJson> groupMembers(String groupName, String groupId) throws JiraException;

  /** A Data Center user by login name. */
  UserJson byName(String name) throws JiraException;

  /** The account the requests are made as, with its groups ({@code /myself?expand=groups}). */
  SecurityJson.Myself myself() throws JiraException;

  /** A Cloud user by account id. */
  UserJson byAccountId(String accountId) throws JiraException;
}
