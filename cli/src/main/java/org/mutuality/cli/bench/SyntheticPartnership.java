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
 */
final class SyntheticPartnership {
  static final Instant AS_OF = Instant.parse("2026-11-20T09:00:00Z");
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
      workItems.add(new WorkItem(key, decision ? "Decision" : "Task", "Synthetic work item " + n, category.name(),
          category, assignee, assignee, null, created, resolved != null ? resolved : created, resolved, due,
          List.of(), components, null, fixVersions, sprints, null,
          decision ? "Context: synthetic. Decision: synthetic." : "", random.nextInt(200) == 0, List.of()));
      if (!sprints.isEmpty()) {
        transitions.add(new Transition(key + "/s", transitionsPerItem, key, Transition.SPRINT, null, sprints.get(0),
            null, null, person(random, people), created.plus(Duration.ofDays(1))));
      }
      if (n > 1 && random.nextInt(20) == 0) {
        dependencies.add(new Dependency("BIG-" + (1 + random.nextInt(n - 1)), key, DependencyType.BLOCKS));
      }
      for (int c = 0; c < commentsPerItem; c++) {
        String author = random.nextInt(40) == 0 ? "guest-" + random.nextInt(20) : person(random, people);
        Instant at = created.plusSeconds(random.nextLong(Math.max(1, Duration.between(created, AS_OF).toSeconds())));
        comments.add(new Comment(key + "/c" + c, key, author, at, random.nextInt(20) == 0 ? steering : null, ""));
      }
      for (int t = 0; t < transitionsPerItem; t++) {
        Instant at = created.plusSeconds(random.nextLong(Math.max(1, Duration.between(created, AS_OF).toSeconds())));
        if (t % 4 == 3) {
          transitions.add(new Transition(key + "/h" + t, t, key, Transition.ASSIGNEE, person(random, people),
              assignee, null, null, person(random, people), at));
        } else {
          transitions.add(new Transition(key + "/h" + t, t, key, Transition.STATUS, "To Do", "In Progress",
              StatusCategory.TO_DO, StatusCategory.IN_PROGRESS, person(random, people), at));
        }
      }
      if (assignee != null) {
        worklogs.add(new Worklog(key + "/w", key, assignee, created, 1800 + random.nextInt(4 * 3600), null));
      }
    }
    return new Snapshot(AS_OF, "synthetic(seed=" + seed + ")", null,
        new Partnership("BIG", "Synthetic partnership", "", false, "muni-0"), partners, members, workItems, comments,
        worklogs, transitions, dependencies, milestones, iterations, workPackages, grants, List.of());
  }

  private static String person(SplittableRandom random, int people) {
    int i = random.nextInt(people);
    return PARTNERS[i / PEOPLE_PER_PARTNER] + "-" + (i % PEOPLE_PER_PARTNER);
  }
}
