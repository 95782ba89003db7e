package org.mutuality.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutuality.model.Comment;
import org.mutuality.model.Member;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;
import org.mutuality.model.Worklog;

/**
 * What a person (bots too) did up to the audit's instant: when they changed a work item's status, commented
 * and logged work. One fact per person, derived once; the rules that count a person's activity in a period of
 * their own (the window, COORD-002's days, ACCT-009's days) ask it rather than each holding every comment,
 * status change and worklog of the partnership.
 *
 * <p>It also holds what the rules about newcomers, bots and collective language ask of one person: every
 * change they made (any field), the comments themselves, the work items they reported and those assigned to them.
 *
 * @param memberId the person
 * @param statusChanges when they changed a status, oldest first
 * @param comments when they commented, oldest first
 * @param worklogs their worklogs, earliest start first
 * @param changes when they changed any field of a work item, oldest first
 * @param written the comments they wrote, in the snapshot's order
 * @param reported the work items they reported, in the snapshot's order
 * @param assigned the work items assigned to them now, in the snapshot's order
 */
public record PersonActivity(
    String memberId, List<Instant> statusChanges, List<Instant> comments, List<Worklog> worklogs,
    List<Instant> changes, List<Comment> written, List<WorkItem> reported, List<WorkItem> assigned) {
  public PersonActivity {
    Objects.requireNonNull(memberId, "memberId");
    statusChanges = sorted(statusChanges, Comparator.naturalOrder());
    comments = sorted(comments, Comparator.naturalOrder());
    worklogs = sorted(worklogs, Comparator.comparing(Worklog::started).thenComparing(Worklog::id));
    changes = sorted(changes, Comparator.naturalOrder());
    written = List.copyOf(written);
    reported = List.copyOf(reported);
    assigned = List.copyOf(assigned);
  }

  /**
   * Hashes the id and the sizes only (see {@link ItemActivity#hashCode()}); {@code equals} still compares
   * everything.
   */
  @Override
  public int hashCode() {
    return Objects.hash(memberId, statusChanges.size(), comments.size(), worklogs.size());
  }

  /**
   * From status change instants, comment instants and worklogs alone (no other changes, comments, reported or
   * assigned work items).
   */
  public static PersonActivity of(String memberId, Collection<?> statusChanges, Collection<?> comments,
      Collection<?> worklogs) {
    return new PersonActivity(memberId, cast(statusChanges, Instant.class), cast(comments, Instant.class),
        cast(worklogs, Worklog.class), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * What each person did, one fact per distinct member id, in the order of {@code members}: the rule
   * "derive: what a person did" concluded it until its three accumulates were found to hold a right tuple and an
   * accumulate match for every comment, status change and worklog of the partnership. Built in Java and inserted
   * with the snapshot ({@code AuditSession}).
   */
  public static List<PersonActivity> allOf(List<Member> members, List<WorkItem> items,
      List<Transition> transitions, List<Comment> comments, List<Worklog> worklogs) {
    Map<String, List<Instant>> statusChanges = new HashMap<>();
    Map<String, List<Instant>> changes = new HashMap<>();
    for (Transition t : transitions) {
      if (t.authorId() == null) {
        continue;
      }
      changes.computeIfAbsent(t.authorId(), k -> new ArrayList<>()).add(t.at());
      if (Transition.STATUS.equals(t.field())) {
        statusChanges.computeIfAbsent(t.authorId(), k -> new ArrayList<>()).add(t.at());
      }
    }
    Map<String, List<Comment>> written = new HashMap<>();
    for (Comment c : comments) {
      if (c.authorId() != null) {
        written.computeIfAbsent(c.authorId(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, List<Worklog>> logged = new HashMap<>();
    for (Worklog w : worklogs) {
      if (w.authorId() != null) {
        logged.computeIfAbsent(w.authorId(), k -> new ArrayList<>()).add(w);
      }
    }
    Map<String, List<WorkItem>> reported = new HashMap<>();
    Map<String, List<WorkItem>> assigned = new HashMap<>();
    for (WorkItem item : items) {
      if (item.reporterId() != null) {
        reported.computeIfAbsent(item.reporterId(), k -> new ArrayList<>()).add(item);
      }
      if (item.assigneeId() != null) {
        assigned.computeIfAbsent(item.assigneeId(), k -> new ArrayList<>()).add(item);
      }
    }
    Map<String, PersonActivity> all = new LinkedHashMap<>();
    for (Member member : members) {
      String id = member.id();
      if (!all.containsKey(id)) {
        List<Comment> theirs = written.getOrDefault(id, List.of());
        List<Instant> commented = new ArrayList<>(theirs.size());
        theirs.forEach(c -> commented.add(c.created()));
        all.put(id, new PersonActivity(id, statusChanges.getOrDefault(id, List.of()), commented,
            logged.getOrDefault(id, List.of()), changes.getOrDefault(id, List.of()), theirs,
            reported.getOrDefault(id, List.of()), assigned.getOrDefault(id, List.of())));
      }
    }
    return List.copyOf(all.values());
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

  /** How many changes of any field they made in the period, both ends included. */
  public long changesBetween(Instant from, Instant to) {
    return between(changes, from, to);
  }

  /**
   * The keys of the work items assigned to them now that were open at {@code asOf} or resolved between
   * {@code start} and {@code asOf} (both included), in the snapshot's order.
   */
  public List<String> assignedOpenOrResolved(Instant start, Instant asOf) {
    List<String> keys = new ArrayList<>();
    for (WorkItem item : assigned) {
      if (item.openAt(asOf) || (item.resolved() != null && in(item.resolved(), start, asOf))) {
        keys.add(item.key());
      }
    }
    return keys;
  }

  /**
   * The keys of the work items assigned to them now that are in the in-progress category and open at
   * {@code asOf}, in the snapshot's order.
   */
  public List<String> inProgressAt(Instant asOf) {
    List<String> keys = new ArrayList<>();
    for (WorkItem item : assigned) {
      if (item.statusCategory() == StatusCategory.IN_PROGRESS && item.openAt(asOf)) {
        keys.add(item.key());
      }
    }
    return keys;
  }

  /** Whether a work item assigned to them now is open at an instant. */
  public boolean holdsOpenAt(Instant asOf) {
    for (WorkItem item : assigned) {
      if (item.openAt(asOf)) {
        return true;
      }
    }
    return false;
  }

  /** How many of their comments written in the period (both ends included) speak the lexicon's terms. */
  public long commentsSpeaking(CollectiveLexicon lexicon, Instant from, Instant to) {
    long n = 0;
    for (Comment c : written) {
      n += in(c.created(), from, to) && lexicon.spokenIn(c.body()) ? 1 : 0;
    }
    return n;
  }

  /**
   * Whether the person is a newcomer: nothing they wrote or reported was created before {@code start}, and
   * something was by {@code asOf} (see {@link #firstContribution}).
   */
  public boolean newcomer(Instant start, Instant asOf) {
    return firstContribution(null, start, asOf) != null;
  }

  /**
   * Their first contribution, a comment or a reported work item created by {@code asOf}, when none came before
   * {@code start}; {@code null} when one did, or when there is none (see
   * {@link FirstContribution#earliest}). Reported work items without a creation instant do not count.
   */
  public FirstContribution firstContribution(String partnerId, Instant start, Instant asOf) {
    List<Comment> comments = new ArrayList<>();
    for (Comment c : written) {
      if (c.created().isBefore(start)) {
        return null;
      }
      if (!c.created().isAfter(asOf)) {
        comments.add(c);
      }
    }
    List<WorkItem> items = new ArrayList<>();
    for (WorkItem item : reported) {
      if (item.created() != null && item.created().isBefore(start)) {
        return null;
      }
      if (item.created() != null && !item.created().isAfter(asOf)) {
        items.add(item);
      }
    }
    return FirstContribution.earliest(memberId, partnerId, comments, items);
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
