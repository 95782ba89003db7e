package org.mutuality.sandbox.site;

import java.util.List;

/**
 * A group of users.
 *
 * @param groupId the Cloud group id (a UUID)
 * @param name the group name (the only identifier on Data Center)
 * @param memberIds the account ids of its members
 */
public record Group(String groupId, String name, List<String> memberIds) {
  /** Copies the member list. */
  public Group {
    memberIds = List.copyOf(memberIds);
  }
}
