package org.mutuality.sandbox.site;

import java.time.Instant;
import java.util.List;

/**
 * One changelog entry of an issue.
 *
 * @param id the changelog id
 * @param authorId who made the change
 * @param created when
 * @param items the field changes
 */
public record History(String id, String authorId, Instant created, List<ChangeItem> items) {
  /** Copies the items. */
  public History {
    items = List.copyOf(items);
  }
}
