package org.mutuality.sandbox.site;

import java.util.List;

/**
 * A project role and its actors in one project.
 *
 * @param id the role id
 * @param name the role name
 * @param description what the role is for
 * @param userActorIds account ids of the user actors
 * @param groupActorNames names of the group actors
 */
public record ProjectRole(long id, String name, String description, List<String> userActorIds,
    List<String> groupActorNames) {
  /** Copies the actor lists. */
  public ProjectRole {
    userActorIds = List.copyOf(userActorIds);
    groupActorNames = List.copyOf(groupActorNames);
  }
}
