package org.mutuality.sandbox.generated;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.mutuality.sandbox.demo.DemoSite;
import org.mutuality.sandbox.site.Avatar;
import org.mutuality.sandbox.site.Board;
import org.mutuality.sandbox.site.Component;
import org.mutuality.sandbox.site.Group;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.IssueLink;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.ProjectRole;
import org.mutuality.sandbox.site.SecurityLevel;
import org.mutuality.sandbox.site.Site;
import org.mutuality.sandbox.site.Sprint;
import org.mutuality.sandbox.site.User;
import org.mutuality.sandbox.site.Version;

/**
 * A large, seeded site for benchmarks: project GEN of five partners (six people each, one inactive), an
 * integration user and a bot, N issues created evenly over the year before {@link #NOW} (GEN-1 the oldest),
 * two-week sprints (most with a goal, an active one and a future one), quarterly versions (one overdue), a system
 * avatar, a Steering Committee role the university and the NGO are not in, a confidential security level, links
 * between about one issue in forty.
 *
 * <p>Issue {@code i} depends only on {@code (seed, i)} and the issue count: the same arguments give the same
 * site, byte for byte. Issue fields are kept in memory (a few hundred bytes per issue); comments, worklogs and
 * changelog are rebuilt when read ({@link IssueGenerator}).
 */
public final class GeneratedSite {
  /** The generated site's "now", the demo's. */
  public static final Instant NOW = DemoSite.NOW;
  static final String STEERING = "Steering Committee";
  static final String CONFIDENTIAL = "20300";
  static final String INTEGRATION_ID = "70a1ffff-9e4e-4c1e-8000-000000009999";
  static final String BOT_ID = "557058:0ab0ab0a-b0a0-4b0a-8b0a-0ab0ab0ab0ab";
  static final List<String> DESCRIPTIONS = List.of(
      "Requested by the municipality for the rural districts; see the steering minutes.",
      "Part of the cooperative's harvest plan; growers are informed through the collection centres.",
      "For the roaster's buyers; cup scores and roast curves go to the shared folder.",
      "Community work run by the foundation with the families of the partnership.",
      "Research question agreed with all partners; data stay in the shared data set.");
  private static final Instant SPRINT_BASE = Instant.parse("2025-11-24T14:00:00Z");
  private static final int SPRINTS = 26;

  private final long seed;
  private final int count;
  private final List<User> users = new ArrayList<>();
  private final Map<String, String> names = new HashMap<>();
  private final List<Sprint> sprints = new ArrayList<>();
  private final List<List<Long>> singleSprints = new ArrayList<>();
  private final List<List<Long>> carriedSprints = new ArrayList<>();
  private final List<List<List<String>>> labels = new ArrayList<>();
  private final List<Version> versions = new ArrayList<>();

  private GeneratedSite(int count, long seed) {
    this.count = count;
    this.seed = seed;
  }

  /**
   * @param issues how many issues (1 or more)
   * @param seed the seed
   * @return the site
   */
  public static Site build(int issues, long seed) {
    if (issues < 1) {
      throw new IllegalArgumentException("a generated site needs at least 1 issue, got " + issues);
    }
    return new GeneratedSite(issues, seed).site();
  }

  private Site site() {
    people();
    sprintsAndPools();
    IssueGenerator generator = new IssueGenerator(this, seed, count);
    List<Issue> issues = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      issues.add(generator.issue(i));
    }
    return new Site(NOW, "Generated partnership Jira (seed " + seed + ")", INTEGRATION_ID, users, groups(),
        DemoSite.issueTypes(), DemoSite.statuses(), DemoSite.priorities(), DemoSite.resolutions(),
        DemoSite.linkTypes(), List.of(project()), List.of(new Board(1, "GEN Scrum board", "scrum", "GEN"),
            new Board(2, "GEN Support kanban", "kanban", "GEN")), sprints, issues, links());
  }

  // ---------------------------------------------------------------- people

  private void people() {
    for (GeneratedPartners p : GeneratedPartners.values()) {
      for (int n = 0; n < GeneratedPartners.PEOPLE; n++) {
        String name = p.names.get(n);
        String login = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT).replace(' ', '.');
        boolean active = !(p == GeneratedPartners.NGO && n == 5);
        String zone = p == GeneratedPartners.ROASTER && n == 1 ? "Europe/Berlin" : "America/Bogota";
        add(new User(p.accountId(n), "JIRAUSER2" + (p.ordinal() * 100 + n), login, name, login + "@" + p.domain,
            n % 5 != 4, active, false, zone));
      }
    }
    add(new User(INTEGRATION_ID, "JIRAUSER29999", "gen-integration", "Generated Integration",
        "integration@generated.example", true, true, false, "America/Bogota"));
    add(new User(BOT_ID, "JIRAUSER29998", "automation", "Automation for Jira", "automation@connect.atlassian.com",
        false, true, true, "UTC"));
  }

  private void add(User user) {
    users.add(user);
    names.put(user.accountId(), user.displayName());
  }

  private List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    int n = 1;
    for (GeneratedPartners p : GeneratedPartners.values()) {
      List<String> members = new ArrayList<>();
      for (int k = 0; k < GeneratedPartners.PEOPLE; k++) {
        members.add(p.accountId(k));
      }
      groups.add(new Group(groupId(n++), p.group, members));
    }
    groups.add(new Group(groupId(n++), "partnership-admins",
        List.of(GeneratedPartners.MUNICIPALITY.accountId(0), INTEGRATION_ID)));
    groups.add(new Group(groupId(n), "jira-software-users",
        users.stream().filter(u -> !u.app()).map(User::accountId).toList()));
    return groups;
  }

  private static String groupId(int n) {
    return String.format("6e0c5a4d-0000-4000-8000-%012d", n);
  }

  /** @return the account id of person {@code n} (0 … 29, partner by partner) */
  String personId(int n) {
    return GeneratedPartners.values()[n / GeneratedPartners.PEOPLE].accountId(n % GeneratedPartners.PEOPLE);
  }

  /** @return the display name of an account */
  String displayName(String accountId) {
    return names.get(accountId);
  }

  // ---------------------------------------------------------------- project

  private Project project() {
    List<Component> components = new ArrayList<>();
    for (GeneratedPartners p : GeneratedPartners.values()) {
      components.add(new Component(String.valueOf(20100 + p.ordinal()), p.component, "Work of the " + p.group,
          p == GeneratedPartners.NGO ? null : p.accountId(0)));
    }
    List<String> partnerGroups = new ArrayList<>();
    List<String> steeringGroups = new ArrayList<>();
    for (GeneratedPartners p : GeneratedPartners.values()) {
      partnerGroups.add(p.group);
      if (p.steering) {
        steeringGroups.add(p.group);
      }
    }
    List<ProjectRole> roles = List.of(
        new ProjectRole(10002, "Administrators", "Project administrators", List.of(), List.of("partnership-admins")),
        new ProjectRole(10100, "Members", "Partners working in the project", List.of(), partnerGroups),
        new ProjectRole(10101, STEERING, "Steering committee", List.of(INTEGRATION_ID), steeringGroups),
        new ProjectRole(10102, "Viewers", "Read-only access", List.of(), List.of("jira-software-users")));
    List<SecurityLevel> levels = List.of(new SecurityLevel(CONFIDENTIAL, "Commercial confidential",
        "Prices and contracts", List.of("Administrators"), List.of("cooperativa", "tostadora")));
    return new Project("20000", "GEN", "Generated partnership (" + count + " issues, seed " + seed + ")",
        "A generated cross-sector partnership of a municipality, a growers' cooperative, a roaster, a foundation "
            + "and a university, for benchmarks.",
        GeneratedPartners.MUNICIPALITY.accountId(0),
        List.of("10000", "10001", "10002", "10003", "10004", "10005", "10006"), components, versions, roles,
        List.of(new Avatar("10400", true, "rocket.svg")), "10400", levels);
  }

  /** @return component ids of a partner (a shared list) */
  List<String> componentIds(int partner) {
    return COMPONENTS.get(partner);
  }

  private static final List<List<String>> COMPONENTS = List.of(List.of("20100"), List.of("20101"),
      List.of("20102"), List.of("20103"), List.of("20104"));

  /** @return the labels for a partner and a draw 0 … 15 (shared lists) */
  List<String> labels(int partner, int draw) {
    return labels.get(partner).get(draw);
  }

  /** @return the quarter's version when {@code use}, else none (shared lists) */
  List<String> versionsAt(Instant created, boolean use) {
    if (!use) {
      return List.of();
    }
    LocalDate day = created.atZone(ZoneOffset.UTC).toLocalDate();
    for (Version v : versions) {
      if (v.releaseDate() != null && !day.isAfter(v.releaseDate())) {
        return VERSION_IDS.get(versions.indexOf(v));
      }
    }
    return VERSION_IDS.get(versions.size() - 1);
  }

  private static final List<List<String>> VERSION_IDS = List.of(List.of("20200"), List.of("20201"),
      List.of("20202"), List.of("20203"), List.of("20204"), List.of("20205"));

  private void sprintsAndPools() {
    versions.add(new Version("20200", "2025 Q4", "", true, true, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
    versions.add(new Version("20201", "2026 Q1", "", false, true, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    versions.add(new Version("20202", "2026 Q2", "", false, true, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
    versions.add(new Version("20203", "2026 Q3", "Overdue: not released", false, false, LocalDate.of(2026, 7, 1),
        LocalDate.of(2026, 9, 30)));
    versions.add(new Version("20204", "2026 Q4", "", false, false, LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 12, 31)));
    versions.add(new Version("20205", "2027", "", false, false, null, null));
    for (int k = 1; k <= SPRINTS; k++) {
      Instant start = SPRINT_BASE.plus(Duration.ofDays(14L * (k - 1)));
      Instant end = start.plus(Duration.ofDays(14));
      boolean active = !end.isBefore(NOW);
      String goal = k % 3 == 0 ? null : k % 7 == 0 ? "" : "Sprint " + k + ": deliver what the partners agreed";
      sprints.add(new Sprint(k, "GEN Sprint " + k, active ? "active" : "closed", start, end,
          active ? null : end.plus(Duration.ofHours(2)), start.minus(Duration.ofDays(3)), 1, goal));
    }
    sprints.add(new Sprint(SPRINTS + 1, "GEN Sprint " + (SPRINTS + 1), "future", null, null, null,
        NOW.minus(Duration.ofDays(2)), 1, null));
    for (int k = 0; k <= SPRINTS + 1; k++) {
      singleSprints.add(List.of((long) k));
      carriedSprints.add(List.of((long) k, (long) k + 1));
    }
    for (GeneratedPartners p : GeneratedPartners.values()) {
      List<List<String>> pool = new ArrayList<>();
      for (int d = 0; d < 16; d++) {
        String own = p.labels.get(d % p.labels.size());
        pool.add(d < 8 ? List.of(own) : List.of(own, GeneratedPartners.SHARED_LABELS.get(d % 3)));
      }
      labels.add(pool);
    }
  }

  /** @return the closed or active sprint running at that instant, if any */
  Sprint sprintAt(Instant at) {
    long days = Duration.between(SPRINT_BASE, at).toDays();
    if (days < 0 || !at.isBefore(NOW)) {
      return null;
    }
    int k = (int) (days / 14) + 1;
    return k <= SPRINTS ? sprints.get(k - 1) : null;
  }

  /** @return the closed or active sprint after this one, or null */
  Sprint sprintAfter(Sprint sprint) {
    return sprint.id() < SPRINTS ? sprints.get((int) sprint.id()) : null;
  }

  /** @return the sprint with that id */
  Sprint sprint(long id) {
    return sprints.get((int) id - 1);
  }

  /** @return the sprint ids of an issue (shared lists) */
  List<Long> sprintIds(Long first, boolean carried) {
    if (first == null) {
      return List.of();
    }
    return carried ? carriedSprints.get(first.intValue()) : singleSprints.get(first.intValue());
  }

  private List<IssueLink> links() {
    List<IssueLink> links = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      SplittableRandom r = IssueGenerator.random(seed, i, 3);
      if (r.nextInt(40) == 0) {
        int j = i - 1 - r.nextInt(Math.min(i, 50));
        links.add(new IssueLink(String.valueOf(30000 + links.size()), r.nextDouble() < 0.6 ? "10000" : "10003",
            "GEN-" + (j + 1), "GEN-" + (i + 1)));
      }
    }
    return links;
  }
}
