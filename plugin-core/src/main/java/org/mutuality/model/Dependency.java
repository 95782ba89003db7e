package org.mutuality.model;

import java.util.Objects;

/**
 * A link between two work items.
 *
 * @param fromKey the item that blocks (or relates)
 * @param toKey the item that is blocked (or related)
 * @param type the kind of link
 */
public record Dependency(String fromKey, String toKey, DependencyType type) {
  public Dependency {
    Objects.requireNonNull(fromKey, "fromKey");
    Objects.requireNonNull(toKey, "toKey");
    Objects.requireNonNull(type, "type");
  }
}
