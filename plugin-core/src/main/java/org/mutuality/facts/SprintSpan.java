package org.mutuality.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How long a started sprint ran, or is planned to run: from its start to when it was completed, or to its
 * planned end while it has not been completed. Future sprints and sprints without a start or an end have
 * none.
 *
 * @param sprintId the iteration
 * @param name its display name, for messages
 * @param closed whether it has been completed
 * @param start when it started
 * @param finish when it was completed, or its planned end
 * @param days its length in days (fractional)
 */
public record SprintSpan(String sprintId, String name, boolean closed, Instant start, Instant finish, double days) {

  /** A span with its length computed. */
  public static SprintSpan of(String sprintId, String name, boolean closed, Instant start, Instant finish) {
    return new SprintSpan(sprintId, name, closed, start, finish, days(start, finish));
  }

  /** Days (fractional) from one instant to another. */
  public static double days(Instant from, Instant until) {
    return Duration.between(from, until).toMillis() / 86_400_000.0;
  }

  /** Of the spans an accumulate collected, the one that started first (then the lowest id); {@code null} for none. */
  public static SprintSpan earliest(Collection<?> spans) {
    SprintSpan first = null;
    for (Object o : spans) {
      SprintSpan s = (SprintSpan) o;
      if (first == null || s.start.isBefore(first.start)
          || (s.start.equals(first.start) && s.sprintId.compareTo(first.sprintId) < 0)) {
        first = s;
      }
    }
    return first;
  }

  /**
   * The days without a sprint after this one: until {@code next} starts, or, when no sprint started after it
   * and it has been completed, until {@code asOf}. 0 when the next sprint starts before this one finishes, or
   * when this one is still running and none follows.
   */
  public double gapDaysAfter(SprintSpan next, Instant asOf) {
    if (next != null) {
      return Math.max(0, days(finish, next.start));
    }
    return closed && finish.isBefore(asOf) ? days(finish, asOf) : 0;
  }
}
