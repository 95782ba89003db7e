package org.mutuality.sandbox.site;

import java.util.List;

/**
 * An issue security level: only its members see issues that carry it. Members are given as Jira's holders are:
 * project roles, groups, single users, and the issue's own reporter or assignee.
 *
 * @param id the id
 * @param name the name
 * @param description the description
 * @param roleNames project roles whose actors may see the issue
 * @param groupNames groups whose members may see the issue
 * @param userIds account ids of users who may see the issue
 * @param reporter whether the reporter may see it (Jira's {@code reporter} holder)
 * @param assignee whether the assignee may see it (Jira's {@code assignee} holder)
 */
public record SecurityLevel(String id, String name, String description, List<String> roleNames,
    List<String> groupNames, List<String> userIds, boolean reporter, boolean assignee) {
  /** Copies the lists. */
  public SecurityLevel {
    roleNames = List.copyOf(roleNames);
    groupNames = List.copyOf(groupNames);
    userIds = List.copyOf(userIds);
  }

  /** A level of roles and groups only. */
  public SecurityLevel(String id, String name, String description, List<String> roleNames,
      List<String> groupNames) {
    this(id, name, description, roleNames, groupNames, List.of(), false, false);
  }
}
