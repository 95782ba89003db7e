package org.mutuality.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One field change from a work item's history.
 *
 * <p>Field names are tracker-neutral: {@link #STATUS}, {@link #ASSIGNEE}, {@link #SPRINT}, {@link
 * #FIX_VERSION}, {@link #FLAGGED}; other fields keep the tracker's name. For {@code assignee} the values
 * are person ids, for {@code status} status names with their categories.
 *
 * @param id the tracker's id of the change (history id and item index), unique in a snapshot
 * @param sequence the change's place in its work item's history, increasing; orders changes made at the same
 *     instant (ids are opaque text and do not sort)
 * @param itemKey the work item that changed
 * @param field which field changed
 * @param oldValue the value before, {@code null} when empty
 * @param newValue the value after, {@code null} when empty
 * @param oldCategory for status changes, the category before, else {@code null}
 * @param newCategory for status changes, the category after, else {@code null}
 * @param authorId who made the change
 * @param at when it was made
 */
public record Transition(
    String id,
    long sequence,
    String itemKey,
    String field,
    String oldValue,
    String newValue,
    StatusCategory oldCategory,
    StatusCategory newCategory,
    String authorId,
    Instant at) {
  public static final String STATUS = "status";
  public static final String ASSIGNEE = "assignee";
  public static final String SPRINT = "sprint";
  public static final String FIX_VERSION = "fixVersion";
  public static final String FLAGGED = "flagged";

  public Transition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(itemKey, "itemKey");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(at, "at");
  }

  public boolean isStatusChange() {
    return STATUS.equals(field);
  }
}
