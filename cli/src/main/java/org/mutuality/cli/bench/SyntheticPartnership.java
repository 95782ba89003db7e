package org.mutuality.cli.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mutuality.model.AccessGrant;
import org.mutuality.model.AccessKind;
import org.mutuality.model.Comment;
import org.mutuality.model.Dependency;
import org.mutuality.model.DependencyType;
import org.mutuality.model.Iteration;
import org.mutuality.model.IterationState;
import org.mutuality.model.Member;
import org.mutuality.model.Milestone;
import org.mutuality.model.Partner;
import org.mutuality.model.Partnership;
import org.mutuality.model.Sector;
import org.mutuality.model.Snapshot;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;
import org.mutuality.model.Visibility;
import org.mutuality.model.WorkItem;
import org.mutuality.model.WorkPackage;
import org.mutuality.model.Worklog;

/**
 * A large, deterministic partnership for benchmarks: five partners of 200 people each (a few unmapped
 * people and bots), work items spread over a year before {@code asOf}, with comments, status and assignee
 * transitions, worklogs, restricted comments and due dates; two-week sprints with Sprint-field history,
 * milestones (some overdue), components with leads (one without), blocking links across partners, flagged
 * items and decision records, so every rule has input to work on. The same seed always gives the same
 * snapshot.
 *
 * <p>Each item's history reads as a tracker records it: assigned soon after creation (often by a person of
 * another partner), its status moved along its category (To Do, In Progress, sometimes In Review, Done at its
 * resolution) mostly by its assignee, its other entries changing a field no rule reads (priority); comments
 * (a third by the assignee) and the worklog fall in its working life (up to its resolution, or to asOf while
 * open), and its {@code updated} instant is its latest change of any kind.
 */
final class SyntheticPartnership {
  static final Instant AS_OF = Instant.parse("2026-11-20T09:00:00Z");
  /** The work item type of decision records (ACCT-007 and ACCT-008's decision marker in the bench). */
  static final String DECISION_TYPE = "Decision";
  private static final String[] PARTNERS = {"muni", "coop", "roaster", "ngo", "uni"};
  private static final Sector[] SECTORS =
      {Sector.PUBLIC, Sector.CIVIL_SOCIETY, Sector.PRIVATE, Sector.CIVIL_SOCIETY, Sector.ACADEMIC};
  private static final int PEOPLE_PER_PARTNER = 200;
  private static final int SPRINTS = 26;
  private static final int MILESTONES = 12;
  private static final String[] COMPONENTS = {
      "Census", "Roasting", "Logistics", "Training", "Certification", "Market access", "Water", "Soil",
      "Finance", "Communication"};

  private SyntheticPartnership() {}

  /**
   * Generates a partnership.
   *
   * @param items work items
   * @param commentsPerItem comments on each work item
   * @param transitionsPerItem history entries on each work item
   * @param seed the random seed
   */
  static Snapshot generate(int items, int commentsPerItem, int transitionsPerItem, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Partner> partners = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    List<AccessGrant> grants = new ArrayList<>();
    for (int p = 0; p < PARTNERS.length; p++) {
      partners.add(new Partner(PARTNERS[p], "Partner " + PARTNERS[p], SECTORS[p], List.of()));
      for (int i = 0; i < PEOPLE_PER_PARTNER; i++) {
        String id = PARTNERS[p] + "-" + i;
        members.add(new Member(id, "Person " + id, null, List.of(), PARTNERS[p], false));
        grants.add(new AccessGrant(id, AccessKind.ROLE, "Developers"));
        if (p != 1) {
          grants.add(new AccessGrant(id, AccessKind.ROLE, "Steering"));
        }
      }
    }
    for (int i = 0; i < 20; i++) {
      members.add(new Member("guest-" + i, "Guest " + i, null, List.of(), null, false));
    }
    members.add(new Member("sync-bot", "Sync bot", null, List.of(), null, true));

    int people = PARTNERS.length * PEOPLE_PER_PARTNER;
    List<Iteration> iterations = new ArrayList<>();
    Instant firstSprint = AS_OF.minus(Duration.ofDays(14L * SPRINTS)).truncatedTo(ChronoUnit.DAYS);
    for (int i = 0; i < SPRINTS; i++) {
      Instant start = firstSprint.plus(Duration.ofDays(14L * i));
      Instant end = start.plus(Duration.ofDays(14));
      boolean last = i == SPRINTS - 1;
      iterations.add(new Iteration(String.valueOf(100 + i), "Sprint " + (i + 1),
          last ? IterationState.ACTIVE : IterationState.CLOSED, start, end, last ? null : end,
          i % 3 == 0 ? "" : "Goal of sprint " + (i + 1)));
    }
    List<Milestone> milestones = new ArrayList<>();
    for (int i = 0; i < MILESTONES; i++) {
      LocalDate release = LocalDate.ofInstant(AS_OF, ZoneOffset.UTC).minusDays(330).plusDays(30L * i);
      milestones.add(new Milestone(String.valueOf(10_000 + i), "Release " + (i + 1), release, i % 4 == 0));
    }
    List<WorkPackage> workPackages = new ArrayList<>();
    for (int i = 0; i < COMPONENTS.length; i++) {
      workPackages.add(new WorkPackage(String.valueOf(20_000 + i), COMPONENTS[i],
          i == COMPONENTS.length - 1 ? null : PARTNERS[i % PARTNERS.length] + "-0"));
    }
    List<Dependency> dependencies = new ArrayList<>();
    List<WorkItem> workItems = new ArrayList<>(items);
    List<Comment> comments = new ArrayList<>(items * commentsPerItem);
    List<Transition> transitions = new ArrayList<>(items * transitionsPerItem);
    List<Worklog> worklogs = new ArrayList<>(items);
    Visibility steering = new Visibility(AccessKind.ROLE, "Steering");
    long year = Duration.ofDays(365).toSeconds();
    for (int n = 1; n <= items; n++) {
      String key = "BIG-" + n;
      // The roaster takes a larger share of the work, so COORD-001 has something to find.
      int partner = random.nextInt(10) < 4 ? 2 : random.nextInt(PARTNERS.length);
      String assignee = random.nextInt(50) == 0 ? null
          : PARTNERS[partner] + "-" + random.nextInt(PEOPLE_PER_PARTNER);
      Instant created = AS_OF.minusSeconds(random.nextLong(year));
      int stage = random.nextInt(3);
      StatusCategory category = StatusCategory.values()[stage];
      Instant resolved = category == StatusCategory.DONE
          ? created.plusSeconds(random.nextLong(Math.max(1, Duration.between(created, AS_OF).toSeconds()))) : null;
      LocalDate due = random.nextInt(3) == 0
          ? LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(random.nextInt(120)) : null;
      boolean decision = random.nextInt(100) == 0;
      List<String> components = List.of(COMPONENTS[random.nextInt(COMPONENTS.length)]);
      List<String> fixVersions = random.nextInt(2) == 0
          ? List.of(milestones.get(random.nextInt(MILESTONES)).id()) : List.of();
      // Items are planned into the sprint after the one running when they were created; the Sprint field's
      // history records it a day after creation, mostly before that sprint starts, so it is committed scope.
      int sprint = (int) (Duration.between(firstSprint, created).toDays() / 14) + 1;
      List<String> sprints = sprint >= 0 && sprint < SPRINTS && random.nextInt(3) != 0
          ? List.of(iterations.get(sprint).id()) : List.of();
      // The item's working life: up to its resolution, or up to asOf while it is open. Most activity falls in
      // it; a tenth of the comments come later (follow-ups on a resolved item).
      Instant end = resolved != null ? resolved : AS_OF;
      Instant updated = resolved != null ? resolved : created;
      if (!sprints.isEmpty()) {
        Instant planned = earliest(created.plus(Duration.ofDays(1)), AS_OF);
        transitions.add(new Transition(key + "/s", transitionsPerItem, key, Transition.SPRINT, null, sprints.get(0),
            null, null, person(random, people), planned));
        updated = latest(updated, planned);
      }
      if (n > 1 && random.nextInt(20) == 0) {
        dependencies.add(new Dependency("BIG-" + (1 + random.nextInt(n - 1)), key, DependencyType.BLOCKS));
      }
      for (int c = 0; c < commentsPerItem; c++) {
        String author = random.nextInt(40) == 0 ? "guest-" + random.nextInt(20)
            : assignee != null && random.nextInt(3) == 0 ? assignee : person(random, people);
        Instant at = between(random, created, random.nextInt(10) == 0 ? AS_OF : end);
        comments.add(new Comment(key + "/c" + c, key, author, at, random.nextInt(20) == 0 ? steering : null, ""));
        updated = latest(updated, at);
      }
      // The history, as a tracker records it: the item is assigned soon after its creation (by anyone, often a
      // person of another partner: a hand-over), its status moves along its category (To Do, then In Progress,
      // sometimes In Review, then Done at its resolution), each move mostly made by the assignee; the other
      // entries change fields no rule reads (priority). `transitionsPerItem` entries in all.
      List<Transition> history = new ArrayList<>();
      Instant assigned = between(random, created, latest(created, earliest(end, created.plus(Duration.ofDays(7)))));
      if (assignee != null && history.size() < transitionsPerItem) {
        history.add(new Transition(key + "/h" + history.size(), history.size(), key, Transition.ASSIGNEE,
            person(random, people), assignee, null, null, person(random, people), assigned));
      }
      List<String[]> moves = new ArrayList<>();
      if (category != StatusCategory.TO_DO) {
        moves.add(new String[] {"To Do", "In Progress"});
        if (random.nextInt(2) == 0) {
          moves.add(new String[] {"In Progress", "In Review"});
        }
      }
      if (category == StatusCategory.DONE) {
        moves.add(new String[] {moves.get(moves.size() - 1)[1], "Done"});
      }
      Instant moved = assigned;
      for (int m = 0; m < moves.size() && history.size() < transitionsPerItem; m++) {
        boolean last = category == StatusCategory.DONE && m == moves.size() - 1;
        moved = last ? end : between(random, moved, end);
        String author = assignee != null && random.nextInt(5) != 0 ? assignee : person(random, people);
        String from = moves.get(m)[0];
        String to = moves.get(m)[1];
        history.add(new Transition(key + "/h" + history.size(), history.size(), key, Transition.STATUS, from, to,
            category(from), category(to), author, moved));
      }
      while (history.size() < transitionsPerItem) {
        history.add(new Transition(key + "/h" + history.size(), history.size(), key, "priority", "Medium", "High",
            null, null, person(random, people), between(random, created, end)));
      }
      for (Transition t : history) {
        transitions.add(t);
        updated = latest(updated, t.at());
      }
      if (assignee != null) {
        Instant started = between(random, created, end);
        worklogs.add(new Worklog(key + "/w", key, assignee, started, 1800 + random.nextInt(4 * 3600), null));
        updated = latest(updated, started);
      }
      // Like a tracker, the item's last update is its latest change of any kind.
      workItems.add(new WorkItem(key, decision ? DECISION_TYPE : "Task", "Synthetic work item " + n, category.name(),
          category, assignee, assignee, null, created, updated, resolved, due,
          List.of(), components, null, fixVersions, sprints, null,
          decision ? description(random) : "", random.nextInt(200) == 0, List.of()));
    }
    return new Snapshot(AS_OF, "synthetic(seed=" + seed + ")", null,
        new Partnership("BIG", "Synthetic partnership", "", false, "muni-0"), partners, members, workItems, comments,
        worklogs, transitions, dependencies, milestones, iterations, workPackages, grants, List.of());
  }

  /** A decision record's description: most follow the template, a third leave out the consequences. */
  private static String description(SplittableRandom random) {
    return random.nextInt(3) == 0
        ? "Context: synthetic. Decision: synthetic."
        : "Context: synthetic. Decision: synthetic. Consequences: synthetic.";
  }

  /** An instant drawn evenly from {@code from} to {@code to} ({@code from} when they are the same). */
  private static Instant between(SplittableRandom random, Instant from, Instant to) {
    return from.plusSeconds(random.nextLong(Math.max(1, Duration.between(from, to).toSeconds())));
  }

  private static Instant latest(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
  }

  private static Instant earliest(Instant a, Instant b) {
    return b.isBefore(a) ? b : a;
  }

  private static StatusCategory category(String status) {
    return switch (status) {
      case "To Do" -> StatusCategory.TO_DO;
      case "Done" -> StatusCategory.DONE;
      default -> StatusCategory.IN_PROGRESS;
    };
  }

  private static String person(SplittableRandom random, int people) {
    int i = random.nextInt(people);
    return PARTNERS[i / PEOPLE_PER_PARTNER] + "-" + (i % PEOPLE_PER_PARTNER);
  }
}
