package org.mutuality.cli.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mutuality.model.AccessKind;
import org.mutuality.model.Comment;
import org.mutuality.model.Dependency;
import org.mutuality.model.ItemFacts;
import org.mutuality.model.Member;
import org.mutuality.model.Snapshot;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;
import org.mutuality.model.Visibility;
import org.mutuality.model.WorkItem;
import org.mutuality.model.Worklog;

/**
 * Changes to a partnership's work items as people make them between audits — a reassignment, a status move, a
 * comment (sometimes restricted), a worklog, a new work item, a deleted one — each given as what a fresh read of the
 * item would say ({@link ItemFacts}), or as a key that is gone. Seeded, so a benchmark and a test see the same
 * changes.
 */
final class ItemChanges {
  /** One change: the item's new facts, or the key of the item deleted ({@code facts} null). */
  record Change(String kind, String key, ItemFacts facts) {
    boolean deletes() {
      return facts == null;
    }
  }

  private final SplittableRandom random;
  private final Instant asOf;
  private final List<String> people = new ArrayList<>();
  private final Map<String, ItemFacts> items = new HashMap<>();
  private final List<String> keys = new ArrayList<>();
  private final String project;
  private int next;

  /** @param snapshot the partnership the changes apply to (each change is applied to this generator's copy) */
  ItemChanges(Snapshot snapshot, Instant asOf, long seed) {
    this.random = new SplittableRandom(seed);
    this.asOf = asOf;
    snapshot.members().stream().filter(m -> !m.bot()).map(Member::id).forEach(people::add);
    Map<String, List<Comment>> comments = new HashMap<>();
    snapshot.comments().forEach(c -> comments.computeIfAbsent(c.itemKey(), k -> new ArrayList<>()).add(c));
    Map<String, List<Worklog>> worklogs = new HashMap<>();
    snapshot.worklogs().forEach(w -> worklogs.computeIfAbsent(w.itemKey(), k -> new ArrayList<>()).add(w));
    Map<String, List<Transition>> transitions = new HashMap<>();
    snapshot.transitions().forEach(t -> transitions.computeIfAbsent(t.itemKey(), k -> new ArrayList<>()).add(t));
    Map<String, List<Dependency>> links = new HashMap<>();
    for (Dependency d : snapshot.dependencies()) {
      links.computeIfAbsent(d.fromKey(), k -> new ArrayList<>()).add(d);
      links.computeIfAbsent(d.toKey(), k -> new ArrayList<>()).add(d);
    }
    for (WorkItem item : snapshot.workItems()) {
      String key = item.key();
      items.put(key, new ItemFacts(item, comments.getOrDefault(key, List.of()), worklogs.getOrDefault(key, List.of()),
          transitions.getOrDefault(key, List.of()), links.getOrDefault(key, List.of()), List.of()));
      keys.add(key);
    }
    this.project = keys.isEmpty() ? "NEW" : keys.get(0).substring(0, keys.get(0).indexOf('-'));
    this.next = snapshot.workItems().size() + 1;
  }

  /** The next change, already applied to this generator's copy of the partnership. */
  Change next() {
    int dice = random.nextInt(100);
    if (dice < 3 && keys.size() > 1) {
      String key = keys.remove(random.nextInt(keys.size()));
      items.remove(key);
      return new Change("delete", key, null);
    }
    if (dice < 8 || keys.isEmpty()) {
      return created();
    }
    ItemFacts facts = items.get(keys.get(random.nextInt(keys.size())));
    Change change;
    if (dice < 35) {
      change = comment(facts);
    } else if (dice < 60) {
      change = reassign(facts);
    } else if (dice < 85) {
      change = move(facts);
    } else {
      change = worklog(facts);
    }
    items.put(change.key(), change.facts());
    return change;
  }

  private Change created() {
    String key = project + "-" + next++;
    String person = person();
    Instant created = asOf.minus(Duration.ofMinutes(1 + random.nextInt(600)));
    WorkItem item = new WorkItem(key, "Task", "Created between audits " + key, "To Do", StatusCategory.TO_DO,
        random.nextInt(3) == 0 ? null : person, person, null, created, created, null, null, List.of(), List.of(),
        null, List.of(), List.of(), null, "", false, List.of());
    ItemFacts facts = new ItemFacts(item, List.of(), List.of(), List.of(), List.of(), List.of());
    items.put(key, facts);
    keys.add(key);
    return new Change("create", key, facts);
  }

  private Change comment(ItemFacts facts) {
    WorkItem item = facts.item();
    Instant at = recent(item);
    Visibility visibility = random.nextInt(10) == 0 ? new Visibility(AccessKind.ROLE, "Steering") : null;
    List<Comment> comments = new ArrayList<>(facts.comments());
    comments.add(new Comment(item.key() + "/live-c" + next++, item.key(), person(), at, visibility, ""));
    return new Change("comment", item.key(), new ItemFacts(touched(item, item.assigneeId(), item.status(),
        item.statusCategory(), item.resolved(), at), comments, facts.worklogs(), facts.transitions(),
        facts.dependencies(), List.of()));
  }

  private Change reassign(ItemFacts facts) {
    WorkItem item = facts.item();
    Instant at = recent(item);
    String to = person();
    List<Transition> history = new ArrayList<>(facts.transitions());
    history.add(new Transition(item.key() + "/live-h" + next++, history.size(), item.key(), Transition.ASSIGNEE,
        item.assigneeId(), to, null, null, person(), at));
    return new Change("reassign", item.key(), new ItemFacts(touched(item, to, item.status(), item.statusCategory(),
        item.resolved(), at), facts.comments(), facts.worklogs(), history, facts.dependencies(), List.of()));
  }

  private Change move(ItemFacts facts) {
    WorkItem item = facts.item();
    Instant at = recent(item);
    StatusCategory to = switch (item.statusCategory()) {
      case TO_DO -> StatusCategory.IN_PROGRESS;
      case IN_PROGRESS -> StatusCategory.DONE;
      case DONE -> StatusCategory.IN_PROGRESS;
    };
    String status = switch (to) {
      case TO_DO -> "To Do";
      case IN_PROGRESS -> "In Progress";
      case DONE -> "Done";
    };
    String author = item.assigneeId() != null && random.nextInt(4) != 0 ? item.assigneeId() : person();
    List<Transition> history = new ArrayList<>(facts.transitions());
    history.add(new Transition(item.key() + "/live-h" + next++, history.size(), item.key(), Transition.STATUS,
        item.status(), status, item.statusCategory(), to, author, at));
    return new Change("move", item.key(), new ItemFacts(touched(item, item.assigneeId(), status, to,
        to == StatusCategory.DONE ? at : null, at), facts.comments(), facts.worklogs(), history,
        facts.dependencies(), List.of()));
  }

  private Change worklog(ItemFacts facts) {
    WorkItem item = facts.item();
    Instant at = recent(item);
    List<Worklog> worklogs = new ArrayList<>(facts.worklogs());
    worklogs.add(new Worklog(item.key() + "/live-w" + next++, item.key(),
        item.assigneeId() != null ? item.assigneeId() : person(), at, 900 + random.nextInt(7200), null));
    return new Change("worklog", item.key(), new ItemFacts(touched(item, item.assigneeId(), item.status(),
        item.statusCategory(), item.resolved(), at), facts.comments(), worklogs, facts.transitions(),
        facts.dependencies(), List.of()));
  }

  /** A moment after the item's creation and before the audit's instant. */
  private Instant recent(WorkItem item) {
    Instant from = item.created() == null || item.created().isBefore(asOf.minus(Duration.ofDays(2)))
        ? asOf.minus(Duration.ofDays(2)) : item.created();
    long span = Math.max(1, Duration.between(from, asOf).toSeconds());
    return from.plusSeconds(random.nextLong(span));
  }

  private static WorkItem touched(WorkItem i, String assignee, String status, StatusCategory category,
      Instant resolved, Instant at) {
    Instant updated = i.updated() == null || at.isAfter(i.updated()) ? at : i.updated();
    return new WorkItem(i.key(), i.type(), i.summary(), status, category, assignee, i.reporterId(), i.partnerId(),
        i.created(), updated, resolved, i.due(), i.labels(), i.components(), i.parentKey(), i.fixVersions(),
        i.sprints(), i.securityLevel(), i.description(), i.flagged(), i.participants());
  }

  private String person() {
    return people.get(random.nextInt(people.size()));
  }
}
