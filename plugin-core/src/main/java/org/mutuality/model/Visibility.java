package org.mutuality.model;

import java.util.Objects;

/**
 * A restriction on who may see a comment or worklog: only the members of one role or one group.
 *
 * @param kind whether a role or a group grants sight
 * @param name the role or group name
 */
public record Visibility(AccessKind kind, String name) {
  public Visibility {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
