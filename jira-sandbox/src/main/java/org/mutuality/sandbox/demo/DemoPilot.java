package org.mutuality.sandbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mutuality.sandbox.site.Board;
import org.mutuality.sandbox.site.IssueLink;
import org.mutuality.sandbox.site.Sprint;

/**
 * The pilot year of the demo partnership: from November 2025 to July 2026 the partners ran a direct-trade pilot
 * on their own board, and in November 2026 imported its backlog into COF with its history (created dates,
 * comments, worklogs and changelog kept; keys renumbered from COF-49 on, in creation order). It adds
 * {@value #ISSUES} issues — hand-written stories ({@link PilotStories}) and a seeded routine
 * ({@link PilotRoutine}) — monthly-ish sprints on board 3 ("COF Pilot board") and links across partners.
 *
 * <p>Everything in it happened more than 119 days before {@link DemoSite#NOW}, so the windows the demo's
 * planted problems live in (the last 30 and 90 days) are unchanged; it gives the demo a year of history with
 * what went right (balanced work, meetings most months, recorded decisions, quick answers across partners,
 * acknowledged hand-overs) and a few old problems (a rushed decision, stale backlog, a stalled cross-partner
 * blocker, months without a meeting, a sprint longer than a month).
 */
final class DemoPilot {
  /** How many issues the pilot adds (COF-49 … COF-300). */
  static final int ISSUES = 252;
  /** The first key number of the pilot. */
  static final int FIRST = 49;
  /** The pilot's scrum board. */
  static final Board BOARD = new Board(3, "COF Pilot board", "scrum", "COF");

  /** A pilot issue before it has a key: when it was created, a name others refer to it by, how to build it. */
  record Planned(double createdDaysAgo, String ref, Function<Plan, IssueSpec> make) {
  }

  /** A link between two planned issues, by their refs. */
  record PlannedLink(String typeId, String source, String destination) {
  }

  /** The numbering of the plan: refs to keys and numbers. */
  static final class Plan {
    private final Map<String, Integer> numbers = new HashMap<>();

    int number(String ref) {
      Integer n = numbers.get(ref);
      if (n == null) {
        throw new IllegalStateException("no pilot issue " + ref);
      }
      return n;
    }

    String key(String ref) {
      return "COF-" + number(ref);
    }
  }

  /** The pilot's issues and links. */
  record Pilot(List<IssueSpec> issues, List<IssueLink> links) {
  }

  private DemoPilot() {
  }

  /**
   * @param dateTime an ISO instant
   * @return how many days before the demo's now it is
   */
  static double ago(String dateTime) {
    return Duration.between(Instant.parse(dateTime), DemoSite.NOW).toMinutes() / 1440.0;
  }

  /** @return the pilot sprints (ids 8–14 on board 3): one without a goal, one empty, one longer than a month */
  static List<Sprint> sprints() {
    return List.of(
        sprint(8, "2025-12-01", "2025-12-19", "2025-12-19T16:00:00Z", "Register the first 60 member farms"),
        sprint(9, "2026-01-12", "2026-02-06", "2026-02-06T15:00:00Z", ""),
        sprint(10, "2026-02-09", "2026-03-06", "2026-03-06T15:30:00Z", "Cup the first mitaca samples together"),
        sprint(11, "2026-03-09", "2026-04-17", "2026-04-17T17:00:00Z", null),
        sprint(12, "2026-04-20", "2026-05-15", "2026-05-15T16:00:00Z", "Deliver the first 20 pilot lots"),
        sprint(13, "2026-05-18", "2026-06-12", "2026-06-12T16:00:00Z", null),
        sprint(14, "2026-06-15", "2026-07-10", "2026-07-10T18:00:00Z", "Close the pilot harvest and its report"));
  }

  private static Sprint sprint(long id, String start, String end, String complete, String goal) {
    Instant startAt = Instant.parse(start + "T14:00:00Z");
    return new Sprint(id, "COF Pilot sprint " + (id - 7), "closed", startAt, Instant.parse(end + "T14:00:00Z"),
        Instant.parse(complete), startAt.minus(Duration.ofDays(3)), BOARD.id(), goal);
  }

  /**
   * @param firstLinkId the id of the first link
   * @return the pilot's issues in key order, and its links
   */
  static Pilot build(int firstLinkId) {
    List<Planned> planned = new ArrayList<>(PilotStories.planned());
    List<PlannedLink> plannedLinks = new ArrayList<>(PilotStories.links());
    PilotRoutine routine = new PilotRoutine(ISSUES - planned.size(), sprints());
    planned.addAll(routine.planned());
    plannedLinks.addAll(routine.links());
    planned.sort(Comparator.comparingDouble(Planned::createdDaysAgo).reversed());
    Plan plan = new Plan();
    for (int i = 0; i < planned.size(); i++) {
      if (plan.numbers.put(planned.get(i).ref(), FIRST + i) != null) {
        throw new IllegalStateException("duplicate pilot ref " + planned.get(i).ref());
      }
    }
    List<IssueSpec> issues = new ArrayList<>();
    for (Planned p : planned) {
      IssueSpec spec = p.make().apply(plan);
      if (!spec.key().equals(plan.key(p.ref()))) {
        throw new IllegalStateException("pilot issue " + p.ref() + " built as " + spec.key());
      }
      issues.add(spec);
    }
    List<IssueLink> links = new ArrayList<>();
    int id = firstLinkId;
    for (PlannedLink link : plannedLinks) {
      links.add(new IssueLink(String.valueOf(id++), link.typeId(), plan.key(link.source()),
          plan.key(link.destination())));
    }
    return new Pilot(issues, links);
  }
}
