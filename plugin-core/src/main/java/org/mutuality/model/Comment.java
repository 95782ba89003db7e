package org.mutuality.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment on a work item.
 *
 * @param id the tracker's comment id
 * @param itemKey the work item it belongs to
 * @param authorId person id of the author
 * @param created when it was written
 * @param visibility the restriction on who may read it, {@code null} when everyone with access may
 * @param body the plain text; findings and reports never copy it when the comment is restricted
 */
public record Comment(
    String id, String itemKey, String authorId, Instant created, Visibility visibility, String body) {
  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(itemKey, "itemKey");
    Objects.requireNonNull(created, "created");
    body = body == null ? "" : body;
  }

  public boolean isRestricted() {
    return visibility != null;
  }
}
