package org.mutuality.facts;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mutuality.model.Comment;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;
import org.mutuality.model.Worklog;

/**
 * What happened on a work item: its status, assignee and sprint changes, comments and worklogs, as the
 * snapshot holds them. One fact per work item, derived once; the derivations and rules that look at one item's
 * history (its last activity, who held it at resolution, whether it was in a sprint at its start and done by
 * its end, the partners involved, first responses, whether a new assignee acted) ask it rather than each
 * holding every comment and change of the partnership, which on a large site costs as much memory per rule
 * as the comments themselves. Every question names its period: nothing here knows the audit's instant.
 *
 * <p>Authors are tested against sets of people ({@link Bots}, {@link PartnerMembers}), which answer
 * {@code false} for an unknown ({@code null}) author.
 *
 * @param itemKey the work item's key
 * @param item the work item itself, so rules that start from its activity need not look it up
 * @param statusChanges its status changes, in history order (time, then sequence)
 * @param assigneeChanges its assignee changes, in history order
 * @param sprintChanges its Sprint-field changes, in history order
 * @param comments its comments, oldest first
 * @param worklogs its worklogs, earliest start first
 */
public record ItemActivity(
    String itemKey, WorkItem item, List<Transition> statusChanges, List<Transition> assigneeChanges,
    List<Transition> sprintChanges, List<Comment> comments, List<Worklog> worklogs) {
  private static final Comparator<Transition> HISTORY_ORDER =
      Comparator.comparing(Transition::at).thenComparingLong(Transition::sequence).thenComparing(Transition::id);

  public ItemActivity {
    Objects.requireNonNull(itemKey, "itemKey");
    if (!itemKey.equals(item.key())) {
      throw new IllegalArgumentException("activity of " + itemKey + " given work item " + item.key());
    }
    statusChanges = PersonActivity.sorted(statusChanges, HISTORY_ORDER);
    assigneeChanges = PersonActivity.sorted(assigneeChanges, HISTORY_ORDER);
    sprintChanges = PersonActivity.sorted(sprintChanges, HISTORY_ORDER);
    comments = PersonActivity.sorted(comments, Comparator.comparing(Comment::created).thenComparing(Comment::id));
    worklogs = PersonActivity.sorted(worklogs, Comparator.comparing(Worklog::started).thenComparing(Worklog::id));
  }

  /**
   * Hashes the key and the sizes only: the truth maintenance system hashes every fact it inserts logically, and
   * hashing every comment and change of every item cost more than the rest of the derivation. Equal facts still
   * hash alike; {@code equals} still compares everything.
   */
  @Override
  public int hashCode() {
    return Objects.hash(itemKey, statusChanges.size(), assigneeChanges.size(), sprintChanges.size(), comments.size(),
        worklogs.size());
  }

  /**
   * From what the accumulates collected: the item's status, assignee and sprint changes together (split here by
   * field; other fields are left out), its comments and worklogs.
   */
  public static ItemActivity of(WorkItem item, Collection<?> changes, Collection<?> comments,
      Collection<?> worklogs) {
    List<Transition> status = new java.util.ArrayList<>();
    List<Transition> assignee = new java.util.ArrayList<>();
    List<Transition> sprint = new java.util.ArrayList<>();
    for (Object o : changes) {
      Transition t = (Transition) o;
      switch (t.field()) {
        case Transition.STATUS -> status.add(t);
        case Transition.ASSIGNEE -> assignee.add(t);
        case Transition.SPRINT -> sprint.add(t);
        default -> { }
      }
    }
    return of(item, status, assignee, sprint, comments, worklogs);
  }

  /** From what the accumulates collected: status, assignee and sprint changes, comments, worklogs. */
  public static ItemActivity of(WorkItem item, Collection<?> statusChanges, Collection<?> assigneeChanges,
      Collection<?> sprintChanges, Collection<?> comments, Collection<?> worklogs) {
    return new ItemActivity(item.key(), item, PersonActivity.cast(statusChanges, Transition.class),
        PersonActivity.cast(assigneeChanges, Transition.class), PersonActivity.cast(sprintChanges, Transition.class),
        PersonActivity.cast(comments, Comment.class), PersonActivity.cast(worklogs, Worklog.class));
  }

  /**
   * What happened on each work item, as the rule "derive: what happened on a work item" concluded it: one fact
   * per work item (equal ones once), in the order of {@code items}, with its status, assignee and sprint changes,
   * comments and worklogs. Built in Java and inserted with the snapshot ({@code AuditSession}), because the rule
   * held a right tuple in each of its three accumulates for every comment, change and worklog of the
   * partnership, and the same again as accumulate matches.
   */
  public static List<ItemActivity> allOf(List<WorkItem> items, List<Transition> transitions,
      List<Comment> comments, List<Worklog> worklogs) {
    java.util.Map<String, List<Transition>> changesByItem = new java.util.HashMap<>();
    for (Transition t : transitions) {
      if (Transition.STATUS.equals(t.field()) || Transition.ASSIGNEE.equals(t.field())
          || Transition.SPRINT.equals(t.field())) {
        changesByItem.computeIfAbsent(t.itemKey(), k -> new java.util.ArrayList<>()).add(t);
      }
    }
    java.util.Map<String, List<Comment>> commentsByItem = new java.util.HashMap<>();
    for (Comment c : comments) {
      commentsByItem.computeIfAbsent(c.itemKey(), k -> new java.util.ArrayList<>()).add(c);
    }
    java.util.Map<String, List<Worklog>> worklogsByItem = new java.util.HashMap<>();
    for (Worklog w : worklogs) {
      worklogsByItem.computeIfAbsent(w.itemKey(), k -> new java.util.ArrayList<>()).add(w);
    }
    java.util.Set<ItemActivity> all = new java.util.LinkedHashSet<>();
    for (WorkItem item : items) {
      all.add(of(item, changesByItem.getOrDefault(item.key(), List.of()),
          commentsByItem.getOrDefault(item.key(), List.of()), worklogsByItem.getOrDefault(item.key(), List.of())));
    }
    return List.copyOf(all);
  }

  /**
   * The sprints the item names, now or anywhere in its Sprint-field history (either side of a change), each
   * once, in the order first met.
   */
  public List<String> mentionedSprints() {
    List<String> ids = new java.util.ArrayList<>(item.sprints());
    for (Transition t : sprintChanges) {
      for (String id : SprintIds.ids(t.oldValue(), t.newValue())) {
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /**
   * The latest status change, comment or worklog start at or before {@code upTo} whose author is known and not
   * one of {@code bots}; {@code null} when there is none.
   */
  public Instant latestActivity(Set<String> bots, Instant upTo) {
    Instant latest = null;
    for (Transition t : statusChanges) {
      if (!t.at().isAfter(upTo) && t.authorId() != null && !bots.contains(t.authorId())) {
        latest = later(latest, t.at());
      }
    }
    for (Comment c : comments) {
      if (!c.created().isAfter(upTo) && c.authorId() != null && !bots.contains(c.authorId())) {
        latest = later(latest, c.created());
      }
    }
    for (Worklog w : worklogs) {
      if (!w.started().isAfter(upTo) && w.authorId() != null && !bots.contains(w.authorId())) {
        latest = later(latest, w.started());
      }
    }
    return latest;
  }

  /** The latest move into a status category at or before {@code upTo}; {@code null} when there is none. */
  public Instant lastMoveInto(StatusCategory category, Instant upTo) {
    Instant latest = null;
    for (Transition t : statusChanges) {
      if (!t.at().isAfter(upTo) && t.newCategory() == category) {
        latest = later(latest, t.at());
      }
    }
    return latest;
  }

  /**
   * Whether the item was done at an instant: its last status change at or before then moved it into a done
   * status; without any status change by then, whether it was resolved by then ({@code resolved} may be
   * {@code null}). Of two changes at the same instant the one recorded later stands.
   */
  public boolean doneBy(Instant at, Instant resolved) {
    Transition last = lastAtOrBefore(statusChanges, at);
    if (last != null) {
      return last.newCategory() == StatusCategory.DONE;
    }
    return resolved != null && !resolved.isAfter(at);
  }

  /**
   * Who held the item at an instant, from its assignee history: the value set by the last change at or before
   * it (of two at the same instant, the one recorded later); else the value before the first change after it
   * (of two at the same instant, the one recorded first); else, with no change at all, {@code current}. May be
   * {@code null}: nobody.
   */
  public String assigneeAt(Instant at, String current) {
    Transition last = lastAtOrBefore(assigneeChanges, at);
    if (last != null) {
      return last.newValue();
    }
    Transition first = firstAfter(assigneeChanges, at);
    return first != null ? first.oldValue() : current;
  }

  /**
   * The latest assignee change at or before {@code upTo} in history order (of two at the same instant, the one
   * recorded later), or {@code null} when there is none.
   */
  public Transition lastAssigneeChange(Instant upTo) {
    return lastAtOrBefore(assigneeChanges, upTo);
  }

  /**
   * Whether the item was in a sprint at an instant, from its Sprint-field history: the value set by the last
   * change at or before it names the sprint (of two at the same instant, the one recorded later); else the value
   * before the first change after it does (of two at the same instant, the one recorded first); else, with no
   * change at all, {@code current} (the item's sprints) holds it.
   */
  public boolean inSprintAt(String sprint, Instant at, List<String> current) {
    Transition last = lastAtOrBefore(sprintChanges, at);
    if (last != null) {
      return SprintIds.names(last.newValue(), sprint);
    }
    Transition first = firstAfter(sprintChanges, at);
    return first != null ? SprintIds.names(first.oldValue(), sprint) : current.contains(sprint);
  }

  /** Whether the item's status changed between two instants, both included. */
  public boolean statusChangedBetween(Instant from, Instant to) {
    for (Transition t : statusChanges) {
      if (!t.at().isBefore(from) && !t.at().isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  /** Its status changes at or before an instant, in history order. */
  public List<Transition> statusChangesUpTo(Instant upTo) {
    List<Transition> changes = new java.util.ArrayList<>();
    for (Transition t : statusChanges) {
      if (!t.at().isAfter(upTo)) {
        changes.add(t);
      }
    }
    return changes;
  }

  /**
   * Its moves into the Done category from another (or no) category, in history order: each one a completion of
   * the item.
   */
  public List<Transition> movesIntoDone() {
    List<Transition> moves = new java.util.ArrayList<>();
    for (Transition t : statusChanges) {
      if (t.newCategory() == StatusCategory.DONE && t.oldCategory() != StatusCategory.DONE) {
        moves.add(t);
      }
    }
    return moves;
  }

  /** Whether one of {@code people} commented on the item at or before {@code upTo}. */
  public boolean commentedBy(Set<String> people, Instant upTo) {
    for (Comment c : comments) {
      if (!c.created().isAfter(upTo) && people.contains(c.authorId())) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code people} changed the item's status at or before {@code upTo}. */
  public boolean statusChangedBy(Set<String> people, Instant upTo) {
    for (Transition t : statusChanges) {
      if (!t.at().isAfter(upTo) && people.contains(t.authorId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * When one of {@code people} first commented after {@code after} (strictly) and at or before {@code upTo},
   * leaving out comments by {@code except} (the item's reporter, say); {@code null} when none did.
   */
  public Instant firstCommentAfter(Set<String> people, Instant after, String except, Instant upTo) {
    for (Comment c : comments) {
      if (c.created().isAfter(after) && !c.created().isAfter(upTo) && !Objects.equals(c.authorId(), except)
          && people.contains(c.authorId())) {
        return c.created();
      }
    }
    return null;
  }

  /**
   * Whether a person changed the item's status, commented or logged work on it after {@code after} (strictly)
   * and at or before {@code upTo}.
   */
  public boolean actedAfter(String person, Instant after, Instant upTo) {
    for (Transition t : statusChanges) {
      if (t.at().isAfter(after) && !t.at().isAfter(upTo) && Objects.equals(t.authorId(), person)) {
        return true;
      }
    }
    for (Comment c : comments) {
      if (c.created().isAfter(after) && !c.created().isAfter(upTo) && Objects.equals(c.authorId(), person)) {
        return true;
      }
    }
    for (Worklog w : worklogs) {
      if (w.started().isAfter(after) && !w.started().isAfter(upTo) && Objects.equals(w.authorId(), person)) {
        return true;
      }
    }
    return false;
  }

  /** The last change at or before an instant in history order (the later-recorded of a tie), or null. */
  private static Transition lastAtOrBefore(List<Transition> changes, Instant at) {
    Transition last = null;
    for (Transition t : changes) {
      if (t.at().isAfter(at)) {
        break;
      }
      last = t;
    }
    return last;
  }

  /** The first change after an instant in history order (the earlier-recorded of a tie), or null. */
  private static Transition firstAfter(List<Transition> changes, Instant at) {
    for (Transition t : changes) {
      if (t.at().isAfter(at)) {
        return t;
      }
    }
    return null;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
