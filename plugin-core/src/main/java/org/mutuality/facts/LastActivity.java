package org.mutuality.facts;

import java.time.Instant;

/**
 * The last activity on a work item open at the audit's instant: the latest status transition, comment or
 * worklog on it at or before {@code asOf} whose author is known and not a bot ({@link Bots}). Other field
 * changes (assignee, sprint, flag) are not activity. Items without any such activity have no fact.
 *
 * <p>Derived only for items open at {@code asOf}, the ones whose silence the rules judge; a rule that needs
 * it for resolved items has to widen the derivation.
 *
 * @param itemKey the work item
 * @param at when the last activity happened (a worklog counts at its start)
 */
public record LastActivity(String itemKey, Instant at) {
  /** The latest of some instants, any of which may be {@code null} (no activity of that kind). */
  public static Instant latest(Object... instants) {
    Instant latest = null;
    for (Object o : instants) {
      if (o != null && (latest == null || ((Instant) o).isAfter(latest))) {
        latest = (Instant) o;
      }
    }
    return latest;
  }
}
