package org.mutuality.sandbox.generated;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mutuality.sandbox.site.ChangeItem;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.DeferredList;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Sprint;
import org.mutuality.sandbox.site.Visibility;
import org.mutuality.sandbox.site.Worklog;

/**
 * Builds issue {@code index} of a generated site from {@code (seed, index)} alone. The issue's fields are built
 * once and kept; its comments, worklogs and changelog are {@link DeferredList}s rebuilt on demand (the last
 * {@value #CACHED} issues' details are cached), so memory does not grow with what was read.
 */
final class IssueGenerator {
  static final int CACHED = 512;
  static final String PROJECT = "GEN";
  static final long SPAN_MINUTES = 360L * 24 * 60;
  private static final String[] STATUS_IDS = {"10000", "3", "10002"};
  private static final String[] STATUS_NAMES = {"To Do", "In Progress", "Done"};

  /** What {@code (seed, index)} decides about one issue; everything else follows from it. */
  record Plan(int index, int partner, int assignee, int reporter, String typeId, Instant created,
      Instant started, Instant resolved, Instant updated, int status, Long sprintId, boolean carried,
      long detailSeed) {
  }

  /** An issue's comments, worklogs and changelog. */
  record Details(List<Comment> comments, List<Worklog> worklogs, List<History> histories) {
  }

  private final GeneratedSite site;
  private final long seed;
  private final int count;
  private final Map<Integer, Details> cache = Collections.synchronizedMap(
      new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Details> eldest) {
          return size() > CACHED;
        }
      });

  IssueGenerator(GeneratedSite site, long seed, int count) {
    this.site = site;
    this.seed = seed;
    this.count = count;
  }

  static SplittableRandom random(long seed, long index, long salt) {
    long mixed = seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + salt * 0x165667B19E3779F9L;
    return new SplittableRandom(mixed);
  }

  Plan plan(int index) {
    SplittableRandom r = random(seed, index, 1);
    Instant now = GeneratedSite.NOW;
    long offset = SPAN_MINUTES * index / Math.max(1, count);
    Instant created = now.minus(Duration.ofDays(365)).plus(Duration.ofMinutes(offset + r.nextInt(60 * 12)));
    int partner = pickPartner(r.nextDouble());
    int assignee = r.nextDouble() < 0.04 ? -1 : r.nextInt(GeneratedPartners.PEOPLE);
    int reporter = r.nextInt(GeneratedPartners.values().length * GeneratedPartners.PEOPLE);
    double t = r.nextDouble();
    String typeId = t < 0.03 ? "10005" : t < 0.04 ? "10006" : t < 0.12 ? "10004" : t < 0.32 ? "10002" : "10001";
    long ageMinutes = Duration.between(created, now).toMinutes();
    double doneChance = ageMinutes > 60L * 24 * 60 ? 0.85 : 0.45;
    Instant started = created.plus(Duration.ofMinutes(r.nextLong(5L * 24 * 60)));
    Instant resolved = started.plus(Duration.ofMinutes(720 + r.nextLong(20L * 24 * 60)));
    int status;
    double s = r.nextDouble();
    if (s < doneChance && resolved.isBefore(now)) {
      status = 2;
    } else if (s < doneChance + (1 - doneChance) * 0.5 && started.isBefore(now)) {
      status = 1;
      resolved = null;
    } else {
      status = 0;
      started = null;
      resolved = null;
    }
    Instant updated;
    if (status == 2) {
      updated = r.nextDouble() < 0.1 ? min(resolved.plus(Duration.ofMinutes(r.nextLong(10L * 24 * 60))), now)
          : resolved;
    } else {
      Instant from = status == 1 ? started : created;
      long room = Math.max(1, Math.min(Duration.between(from, now).toMinutes(), 45L * 24 * 60));
      updated = from.plus(Duration.ofMinutes(r.nextLong(room)));
    }
    Sprint sprint = started == null || !typeId.equals("10001") && !typeId.equals("10002") || r.nextDouble() < 0.4
        ? null : site.sprintAt(started);
    boolean carried = sprint != null && status == 2 && resolved.isAfter(sprint.end())
        && site.sprintAfter(sprint) != null;
    return new Plan(index, partner, assignee, reporter, typeId, created, started, resolved, updated, status,
        sprint == null ? null : sprint.id(), carried, r.nextLong());
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static int pickPartner(double r) {
    double[] weights = {0.16, 0.24, 0.26, 0.14, 0.20};
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** @return issue {@code index} with its details deferred */
  Issue issue(int index) {
    Plan p = plan(index);
    SplittableRandom r = random(seed, index, 2);
    GeneratedPartners partner = GeneratedPartners.values()[p.partner()];
    String summary = partner.summaries.get(r.nextInt(partner.summaries.size()))
        .replace("%d", Integer.toString(1 + r.nextInt(9000)));
    String description = r.nextDouble() < 0.3 ? GeneratedSite.DESCRIPTIONS.get(p.partner()) : null;
    String priority = r.nextDouble() < 0.1 ? "2" : r.nextDouble() < 0.05 ? "4" : "3";
    LocalDate due = null;
    if (r.nextDouble() < 0.5) {
      Instant base = p.resolved() != null ? p.resolved() : p.created().plus(Duration.ofDays(30));
      due = base.atZone(ZoneOffset.UTC).toLocalDate().plusDays(r.nextInt(10) - 2);
    }
    List<String> labels = site.labels(p.partner(), r.nextInt(16));
    List<String> versions = site.versionsAt(p.created(), r.nextDouble() < 0.3);
    List<Long> sprints = site.sprintIds(p.sprintId(), p.carried());
    String security = r.nextDouble() < 0.01 ? GeneratedSite.CONFIDENTIAL : null;
    return new Issue(String.valueOf(10001 + index), PROJECT + "-" + (index + 1), PROJECT, p.typeId(), summary,
        description, STATUS_IDS[p.status()], priority, p.status() == 2 ? "10000" : null,
        p.assignee() < 0 ? null : partner.accountId(p.assignee()), site.personId(p.reporter()), p.created(),
        p.updated(), p.resolved(), due, labels, site.componentIds(p.partner()), versions, sprints, false, security,
        null, DeferredList.of(() -> details(index).comments()), DeferredList.of(() -> details(index).worklogs()),
        DeferredList.of(() -> details(index).histories()));
  }

  /** @return the details of issue {@code index}, from the cache or rebuilt */
  Details details(int index) {
    Details cached = cache.get(index);
    if (cached == null) {
      cached = build(plan(index));
      cache.put(index, cached);
    }
    return cached;
  }

  private Details build(Plan p) {
    SplittableRandom r = new SplittableRandom(p.detailSeed());
    GeneratedPartners partner = GeneratedPartners.values()[p.partner()];
    String assignee = p.assignee() < 0 ? null : partner.accountId(p.assignee());
    String actor = assignee != null ? assignee : site.personId(p.reporter());
    Instant last = p.updated();
    long idBase = 10_000_000L + p.index() * 20L;
    List<Comment> comments = new ArrayList<>();
    int commentCount = r.nextDouble() < 0.25 ? 0 : 1 + r.nextInt(r.nextDouble() < 0.8 ? 4 : 8);
    long window = Math.max(1, Duration.between(p.created(), last).toMinutes());
    for (int k = 0; k < commentCount; k++) {
      Instant at = k == commentCount - 1 ? last : p.created().plus(Duration.ofMinutes(window * (k + 1)
          / (commentCount + 1)));
      int author = r.nextDouble() < 0.45 && assignee != null ? p.partner() * GeneratedPartners.PEOPLE
          + p.assignee() : r.nextInt(GeneratedPartners.values().length * GeneratedPartners.PEOPLE);
      GeneratedPartners from = GeneratedPartners.values()[author / GeneratedPartners.PEOPLE];
      String body = from.phrases.get(r.nextInt(from.phrases.size()));
      Visibility visibility = null;
      double v = r.nextDouble();
      if (v < 0.04 && from.steering) {
        visibility = Visibility.role(GeneratedSite.STEERING);
        body = "Steering only: figures not final yet.";
      } else if (v < 0.055) {
        visibility = Visibility.group(from.group);
        body = "Internal to " + from.group + ": our own numbers.";
      }
      String id = site.personId(author);
      comments.add(new Comment(String.valueOf(idBase + k), id, body, at, at, id, visibility));
    }
    List<Worklog> worklogs = new ArrayList<>();
    if (p.started() != null && r.nextDouble() < 0.7) {
      int n = 1 + r.nextInt(4);
      long span = Math.max(1, Duration.between(p.started(), last).toMinutes());
      for (int k = 0; k < n; k++) {
        Instant started = p.started().plus(Duration.ofMinutes(span * k / n));
        long seconds = 1800L * (1 + r.nextInt(12));
        String author = k == 0 || r.nextDouble() < 0.7 ? actor : site.personId(r.nextInt(30));
        worklogs.add(new Worklog(String.valueOf(idBase + k), author, "", started, seconds,
            started.plusSeconds(seconds), null));
      }
    }
    return new Details(List.copyOf(comments), List.copyOf(worklogs), histories(p, r, actor, idBase));
  }

  /** A change before it has an id: ids follow time, as Jira's do. */
  private record Change(Instant at, String author, List<ChangeItem> items) {
  }

  private List<History> histories(Plan p, SplittableRandom r, String actor, long idBase) {
    List<Change> changes = new ArrayList<>();
    if (p.sprintId() != null) {
      Sprint first = site.sprint(p.sprintId());
      String name = first.name();
      changes.add(new Change(p.created().plus(Duration.ofHours(1)), actor, List.of(new ChangeItem("Sprint",
          "custom", "customfield_10020", null, null, String.valueOf(first.id()), name))));
      if (p.carried()) {
        Sprint next = site.sprintAfter(first);
        changes.add(new Change(first.end(), actor, List.of(new ChangeItem("Sprint", "custom", "customfield_10020",
            String.valueOf(first.id()), name, first.id() + ", " + next.id(), name + ", " + next.name()))));
      }
    }
    if (p.started() != null) {
      changes.add(new Change(p.started(), actor, List.of(status(0, 1))));
      if (r.nextDouble() < 0.1) {
        String to = site.personId(r.nextInt(30));
        changes.add(new Change(p.started().plus(Duration.ofHours(2)), actor, List.of(new ChangeItem("assignee",
            "jira", "assignee", actor, site.displayName(actor), to, site.displayName(to)))));
      }
    }
    if (p.resolved() != null) {
      changes.add(new Change(p.resolved(), actor, List.of(status(1, 2),
          new ChangeItem("resolution", "jira", "resolution", null, null, "10000", "Done"))));
    }
    if (r.nextDouble() < 0.05) {
      changes.add(new Change(p.created().plus(Duration.ofMinutes(5)), GeneratedSite.BOT_ID,
          List.of(new ChangeItem("labels", "jira", "labels", null, null, "triaged", "triaged"))));
    }
    changes.sort((a, b) -> a.at().compareTo(b.at()));
    List<History> histories = new ArrayList<>();
    for (Change c : changes) {
      histories.add(new History(String.valueOf(idBase + histories.size()), c.author(), c.at(), c.items()));
    }
    return List.copyOf(histories);
  }

  private static ChangeItem status(int from, int to) {
    return new ChangeItem("status", "jira", "status", STATUS_IDS[from], STATUS_NAMES[from], STATUS_IDS[to],
        STATUS_NAMES[to]);
  }
}
