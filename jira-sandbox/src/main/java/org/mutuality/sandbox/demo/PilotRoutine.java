package org.mutuality.sandbox.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mutuality.sandbox.site.Sprint;
import org.mutuality.sandbox.site.Visibility;

/**
 * The routine work of the pilot year, from a seeded pattern: tasks of all five partners spread evenly from 360
 * to 125 days ago, mostly done within a sprint, with worklogs, quick comments from other partners (some in the
 * partnership's "we"), a few restricted comments, carried-over sprint work, bot edits and a small stale backlog.
 * The same seed always gives the same issues.
 */
final class PilotRoutine {
  static final long SEED = 20_261_120L;
  private static final double OLDEST = 360;
  private static final double NEWEST = 125;
  private static final double[] WEIGHTS = {0.17, 0.24, 0.22, 0.17, 0.20};

  private final List<DemoPilot.Planned> planned = new ArrayList<>();
  private final List<DemoPilot.PlannedLink> links = new ArrayList<>();
  private final List<Sprint> sprints;
  private final SplittableRandom random = new SplittableRandom(SEED);

  PilotRoutine(int count, List<Sprint> sprints) {
    this.sprints = sprints;
    PilotPartners previous = null;
    for (int k = 0; k < count; k++) {
      double created = OLDEST - k * (OLDEST - NEWEST) / count - random.nextDouble() * 0.5;
      PilotPartners partner = partner();
      String ref = "routine-" + k;
      DemoPilot.Planned p = plan(ref, created, partner);
      planned.add(p);
      if (k % 14 == 7 && previous != null && previous != partner) {
        links.add(new DemoPilot.PlannedLink("10000", "routine-" + (k - 1), ref));
      } else if (k % 23 == 11) {
        links.add(new DemoPilot.PlannedLink("10003", ref, "routine-" + (k - 3)));
      }
      previous = partner;
    }
  }

  List<DemoPilot.Planned> planned() {
    return planned;
  }

  List<DemoPilot.PlannedLink> links() {
    return links;
  }

  private PilotPartners partner() {
    double r = random.nextDouble();
    PilotPartners[] all = PilotPartners.values();
    for (int i = 0; i < all.length; i++) {
      r -= WEIGHTS[i];
      if (r < 0) {
        return all[i];
      }
    }
    return all[all.length - 1];
  }

  private String person(PilotPartners partner, double daysAgo) {
    List<String> present = partner.people.stream().filter(p -> PilotPartners.present(p, daysAgo)).toList();
    return present.get(random.nextInt(present.size()));
  }

  private PilotPartners other(PilotPartners partner) {
    PilotPartners[] all = PilotPartners.values();
    return all[(partner.ordinal() + 1 + random.nextInt(all.length - 1)) % all.length];
  }

  private static double round(double daysAgo) {
    return Math.round(daysAgo * 96) / 96.0;
  }

  /** Draws everything about one issue now (so the plan is the same whatever the order of building). */
  private DemoPilot.Planned plan(String ref, double createdAt, PilotPartners partner) {
    double created = round(createdAt);
    boolean freelancer = partner == PilotPartners.MUNICIPALITY && random.nextDouble() < 0.15;
    String assignee = freelancer ? "diego.herrera" : person(partner, created);
    double who = random.nextDouble();
    String reporter = who < 0.4 ? "laura.restrepo" : who < 0.7 ? partner.lead() : person(other(partner), created);
    String vereda = PilotPartners.VEREDAS.get(random.nextInt(PilotPartners.VEREDAS.size()));
    String template = partner.summaries.get(random.nextInt(partner.summaries.size()));
    String place = template.contains("lot") ? String.format("P-%03d", 1 + random.nextInt(140)) : vereda;
    String summary = String.format(template, place);
    boolean open = random.nextDouble() < 0.05;
    double started = round(created - 0.2 - random.nextDouble() * 4);
    double resolved = round(started - 1 - random.nextDouble() * 17);
    Sprint sprint = open ? null : sprintAt(started);
    boolean inSprint = sprint != null && random.nextDouble() < 0.75;
    boolean carried = inSprint && random.nextDouble() < 0.1 && sprint.id() < 14;
    if (inSprint) {
      double end = daysAgo(sprint, carried ? 1 : 0);
      resolved = Math.min(started - 0.05, Math.max(resolved, end + 0.1 + random.nextDouble() * 2));
    }
    resolved = round(Math.max(resolved, 120.5));
    if (resolved >= started) {
      resolved = round(started - 0.05);
    }
    String label = partner.labels.get(random.nextInt(partner.labels.size()));
    String shared = random.nextDouble() < 0.3 ? "pilot" : null;
    String priority = random.nextDouble() < 0.1 ? "High" : random.nextDouble() < 0.06 ? "Low" : "Medium";
    boolean hasDue = random.nextDouble() < 0.6;
    int due = -(int) Math.floor(resolved - 1 - random.nextDouble() * 8);
    String parent = partner == PilotPartners.COOPERATIVE && template.startsWith("Register") ? "farm-registry"
        : random.nextDouble() < 0.5 ? "pilot-epic" : null;
    boolean inVersion = (partner == PilotPartners.COOPERATIVE || partner == PilotPartners.ROASTER)
        && created < DemoPilot.ago("2026-06-01T00:00:00Z") && random.nextDouble() < 0.5;
    double hours = 0.5 * (2 + random.nextInt(22));
    boolean logged = !open && random.nextDouble() < 0.75;
    boolean helper = logged && random.nextDouble() < 0.2;
    String helperLogin = helper ? person(other(partner), started) : null;
    double helperHours = 0.5 * (1 + random.nextInt(6));
    List<IssueSpec.CommentSpec> comments = comments(partner, assignee, reporter, created, open ? created - 20
        : resolved);
    boolean botLabel = random.nextDouble() < 0.08;
    boolean bumped = random.nextDouble() < 0.05;
    double kind = random.nextDouble();
    String type = kind < 0.06 && !open ? "Bug" : kind < 0.2 ? "Story" : "Task";
    long sprintId = sprint == null ? 0 : sprint.id();
    boolean useSprint = inSprint;
    double finalResolved = resolved;
    return new DemoPilot.Planned(created, ref, plan -> {
      IssueSpec spec = new IssueSpec("COF", plan.number(ref), type, summary).people(assignee, reporter)
          .created(created).component(freelancer ? "Policy & Permits" : partner.component).labels(label)
          .priority(priority);
      if (shared != null && !shared.equals(label)) {
        spec.labels(shared);
      }
      if (open) {
        spec.comment("automation", round(created - 30), "This issue has had no update for 30 days.");
      } else {
        spec.done(started, finalResolved);
        if (hasDue) {
          spec.due(due);
        }
      }
      if (useSprint) {
        spec.sprints(carried ? new long[] {sprintId, sprintId + 1} : new long[] {sprintId});
      }
      if (parent != null) {
        spec.parent(plan.key(parent));
      }
      if (inVersion) {
        spec.version("Pilot harvest");
      }
      if (logged) {
        spec.logged(hours);
      }
      if (helperLogin != null) {
        spec.worklog(helperLogin, round(started - 0.3), helperHours, "Helped on site");
      }
      comments.forEach(spec.comments::add);
      if (botLabel) {
        spec.change("automation", round(created - 0.01), "labels", label, label + " pilot");
      }
      if (bumped) {
        spec.change(reporter, round(created - 0.1), "priority", "Medium", "High");
      }
      return spec;
    });
  }

  private List<IssueSpec.CommentSpec> comments(PilotPartners partner, String assignee, String reporter,
      double created, double until) {
    List<IssueSpec.CommentSpec> comments = new ArrayList<>();
    int count = random.nextInt(4);
    double when = created;
    for (int c = 0; c < count; c++) {
      when = round(Math.max(until + 0.02, when - 0.05 - random.nextDouble() * 1.5));
      boolean fromOther = c % 2 == 0;
      PilotPartners author = fromOther ? other(partner) : partner;
      String login = fromOther ? person(author, when) : assignee;
      String text = author.phrases.get(random.nextInt(author.phrases.size()));
      Visibility visibility = null;
      if (random.nextDouble() < 0.04 && partner != PilotPartners.UNIVERSITY) {
        login = PilotPartners.STEERING_AUTHORS.get(random.nextInt(PilotPartners.STEERING_AUTHORS.size()));
        text = "Steering only: the budget figure for this line is not final yet.";
        visibility = Visibility.role(DemoSite.STEERING);
      }
      comments.add(new IssueSpec.CommentSpec(login, when, text, visibility));
    }
    return comments;
  }

  private Sprint sprintAt(double daysAgo) {
    for (Sprint s : sprints) {
      if (daysAgo <= daysAgo(s, -1) && daysAgo >= daysAgo(s, 0)) {
        return s;
      }
    }
    return null;
  }

  /** @return days ago of a sprint's end (offset 0), the next sprint's end (1), or its start (-1) */
  private double daysAgo(Sprint sprint, int which) {
    if (which < 0) {
      return Duration.between(sprint.start(), DemoSite.NOW).toMinutes() / 1440.0;
    }
    Sprint s = which == 0 ? sprint : sprints.stream().filter(x -> x.id() == sprint.id() + 1).findFirst()
        .orElse(sprint);
    return Duration.between(s.end(), DemoSite.NOW).toMinutes() / 1440.0;
  }
}
