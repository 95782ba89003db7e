package org.mutuality.model;

import java.util.Objects;

/**
 * A member's access to the project through a role or a group.
 *
 * @param memberId the person id
 * @param kind whether it is a project role or a group
 * @param name the role or group name
 */
public record AccessGrant(String memberId, AccessKind kind, String name) {
  public AccessGrant {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
