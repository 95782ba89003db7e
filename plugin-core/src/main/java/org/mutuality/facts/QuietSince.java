package org.mutuality.facts;

import java.time.Instant;
import org.mutuality.model.WorkItem;

/**
 * A work item in the In Progress category and open at the audit's instant, with the instant its silence is
 * measured from: its {@link LastActivity}; without any activity, its last move into In Progress (made by a
 * bot, else it would be activity); without that either, its creation.
 *
 * @param itemKey the work item
 * @param since the instant the silence starts
 * @param basis what {@code since} is: {@link #ACTIVITY}, {@link #STARTED} or {@link #CREATED}
 * @param item the work item fact it was derived from (COORD-006 names it without a join on its key)
 */
public record QuietSince(String itemKey, Instant since, String basis, WorkItem item) {
  /** {@code since} is the last activity on the item. */
  public static final String ACTIVITY = "activity";
  /** {@code since} is the item's last move into In Progress; nobody acted on it. */
  public static final String STARTED = "started";
  /** {@code since} is the item's creation; it has no activity and no recorded move into In Progress. */
  public static final String CREATED = "created";
}
