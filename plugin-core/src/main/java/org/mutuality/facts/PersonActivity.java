package org.mutuality.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mutuality.model.Worklog;

/**
 * What a person (bots too) did up to the audit's instant: when they changed a work item's status, commented
 * and logged work. One fact per person, derived once; the rules that count a person's activity in a period of
 * their own (the window, COORD-002's days, ACCT-009's days) ask it rather than each holding every comment,
 * status change and worklog of the partnership.
 *
 * @param memberId the person
 * @param statusChanges when they changed a status, oldest first
 * @param comments when they commented, oldest first
 * @param worklogs their worklogs, earliest start first
 */
public record PersonActivity(
    String memberId, List<Instant> statusChanges, List<Instant> comments, List<Worklog> worklogs) {
  public PersonActivity {
    Objects.requireNonNull(memberId, "memberId");
    statusChanges = sorted(statusChanges, Comparator.naturalOrder());
    comments = sorted(comments, Comparator.naturalOrder());
    worklogs = sorted(worklogs, Comparator.comparing(Worklog::started).thenComparing(Worklog::id));
  }

  /**
   * Hashes the id and the sizes only (see {@link ItemActivity#hashCode()}); {@code equals} still compares
   * everything.
   */
  @Override
  public int hashCode() {
    return Objects.hash(memberId, statusChanges.size(), comments.size(), worklogs.size());
  }

  /** From what three accumulates collected: status change instants, comment instants, worklogs. */
  public static PersonActivity of(String memberId, Collection<?> statusChanges, Collection<?> comments,
      Collection<?> worklogs) {
    return new PersonActivity(memberId, cast(statusChanges, Instant.class), cast(comments, Instant.class),
        cast(worklogs, Worklog.class));
  }

  /** How many status changes fall in the period, both ends included. */
  public long statusChangesBetween(Instant from, Instant to) {
    return between(statusChanges, from, to);
  }

  /** How many comments fall in the period, both ends included. */
  public long commentsBetween(Instant from, Instant to) {
    return between(comments, from, to);
  }

  /** How many worklogs start in the period, both ends included. */
  public long worklogsBetween(Instant from, Instant to) {
    long n = 0;
    for (Worklog w : worklogs) {
      n += in(w.started(), from, to) ? 1 : 0;
    }
    return n;
  }

  /** The seconds logged by the worklogs that start in the period, both ends included. */
  public long secondsLoggedBetween(Instant from, Instant to) {
    long seconds = 0;
    for (Worklog w : worklogs) {
      seconds += in(w.started(), from, to) ? w.seconds() : 0;
    }
    return seconds;
  }

  /** Whether the person changed a status, commented or logged work in the period, both ends included. */
  public boolean activeBetween(Instant from, Instant to) {
    return statusChangesBetween(from, to) + commentsBetween(from, to) + worklogsBetween(from, to) > 0;
  }

  private static boolean in(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && !at.isAfter(to);
  }

  private static long between(List<Instant> sorted, Instant from, Instant to) {
    if (from.isAfter(to)) {
      return 0;
    }
    return firstIndexAfter(sorted, to) - firstIndexAtOrAfter(sorted, from);
  }

  private static int firstIndexAtOrAfter(List<Instant> sorted, Instant at) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).isBefore(at)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int firstIndexAfter(List<Instant> sorted, Instant at) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).isAfter(at)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(list);
    copy.sort(order);
    return Collections.unmodifiableList(copy);
  }

  static <T> List<T> cast(Collection<?> objects, Class<T> type) {
    List<T> out = new ArrayList<>(objects.size());
    objects.forEach(o -> out.add(type.cast(o)));
    return out;
  }
}
