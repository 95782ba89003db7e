package org.mutuality.sandbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutuality.sandbox.site.Avatar;
import org.mutuality.sandbox.site.Board;
import org.mutuality.sandbox.site.ChangeItem;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.Component;
import org.mutuality.sandbox.site.Group;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.IssueLink;
import org.mutuality.sandbox.site.IssueType;
import org.mutuality.sandbox.site.LinkType;
import org.mutuality.sandbox.site.Priority;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.ProjectRole;
import org.mutuality.sandbox.site.Resolution;
import org.mutuality.sandbox.site.SecurityLevel;
import org.mutuality.sandbox.site.Site;
import org.mutuality.sandbox.site.Sprint;
import org.mutuality.sandbox.site.Status;
import org.mutuality.sandbox.site.StatusCategory;
import org.mutuality.sandbox.site.User;
import org.mutuality.sandbox.site.Version;
import org.mutuality.sandbox.site.Visibility;
import org.mutuality.sandbox.site.Worklog;

/**
 * The demo partnership "Café del Sur": a municipality, a growers' cooperative, a roaster, an NGO and a university
 * working in project COF (plus the municipality's own project PIT), with problems under every key and things done
 * right. A year of history: COF-1 … COF-48 and PIT-1 … PIT-4 are the last four months ({@link DemoIssues}),
 * COF-49 … COF-300 the pilot year before them ({@link DemoPilot}). Deterministic; every date is relative to
 * {@link #NOW}.
 */
public final class DemoSite {
  /** The demo's fixed "now". */
  public static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
  /** The account unrecognised credentials act as. */
  public static final String INTEGRATION = "integration";

  static final String STEERING = "Steering Committee";
  static final String CONFIDENTIAL = "10300";
  /**
   * "Steering only": the Steering Committee and the issue's reporter. The university and Fundación Raíces have
   * nobody in the committee, so it hides COF-38 (the municipal budget line that decides the university's study,
   * linked to COF-36) from them: CONF-004 on COF-38 for the university.
   */
  static final String STEERING_ONLY = "10301";

  private final Map<String, User> users = new LinkedHashMap<>();
  private final List<Sprint> sprints = new ArrayList<>();
  private int commentId = 20000;
  /** Ids of comments added after the demo's first release, so that the earlier comments keep theirs. */
  private int addedCommentId = 29000;
  private int worklogId = 30000;
  private int historyId = 40000;

  private DemoSite() {
  }

  /** @return the demo site */
  public static Site build() {
    return new DemoSite().site();
  }

  static Instant at(double daysAgo) {
    return NOW.minus(Duration.ofMinutes(Math.round(daysAgo * 24 * 60)));
  }

  private Site site() {
    people();
    List<Group> groups = groups();
    sprints();
    List<Project> projects = List.of(cof(), pit());
    List<IssueSpec> specs = new ArrayList<>(DemoIssues.cof());
    specs.addAll(DemoIssues.pit());
    DemoPilot.Pilot pilot = DemoPilot.build(10505);
    specs.addAll(pilot.issues());
    List<Issue> issues = new ArrayList<>();
    int id = 10001;
    for (IssueSpec spec : specs) {
      Project project = projects.stream().filter(p -> p.key().equals(spec.project)).findFirst().orElseThrow();
      issues.add(spec.number == DemoIssues.HEAVY ? heavy(spec, project, id++) : issue(spec, project, id++));
    }
    List<IssueLink> links = new ArrayList<>(List.of(
        new IssueLink("10500", "10000", "COF-32", "COF-33"),
        new IssueLink("10501", "10003", "COF-34", "COF-36"),
        new IssueLink("10502", "10003", "COF-15", "COF-36"),
        new IssueLink("10503", "10000", "COF-31", "COF-17"),
        new IssueLink("10504", "10002", "PIT-3", "COF-21")));
    links.addAll(pilot.links());
    // Across projects: read with COF alone, the adapter meets a link whose other end is outside the scope.
    long next = links.stream().mapToLong(l -> Long.parseLong(l.id())).max().orElseThrow() + 1;
    links.add(new IssueLink(String.valueOf(next), "10000", "PIT-3", "COF-35"));
    // The budget line (COF-38, "Steering only") relates to the university's study it may cut (COF-36): CONF-004.
    links.add(new IssueLink(String.valueOf(next + 1), "10003", "COF-38", "COF-36"));
    return new Site(NOW, "Café del Sur Jira", user(INTEGRATION).accountId(), List.copyOf(users.values()), groups,
        issueTypes(), statuses(), priorities(), resolutions(), linkTypes(), projects, boards(), sprints, issues,
        links);
  }

  // ---------------------------------------------------------------- people and groups

  private void people() {
    String bogota = "America/Bogota";
    person(1, "laura.restrepo", "Laura Restrepo", "pitalito.gov.co", bogota, true, true, false);
    person(2, "andres.munoz", "Andrés Muñoz", "pitalito.gov.co", bogota, true, true, false);
    person(3, "camila.ortiz", "Camila Ortiz", "pitalito.gov.co", bogota, true, true, false);
    person(4, "jorge.perdomo", "Jorge Perdomo", "coopsur.coop", bogota, true, true, false);
    person(5, "luzdary.tovar", "Luz Dary Tovar", "coopsur.coop", bogota, true, true, false);
    person(6, "wilson.cuellar", "Wilson Cuéllar", "coopsur.coop", bogota, true, true, false);
    person(7, "yamile.rojas", "Yamile Rojas", "coopsur.coop", bogota, true, true, false);
    person(8, "sebastian.vargas", "Sebastián Vargas", "tostadoresandinos.com", bogota, true, true, false);
    person(9, "natalia.gil", "Natalia Gil", "tostadoresandinos.com", "Europe/Berlin", true, true, false);
    person(10, "felipe.cano", "Felipe Cano", "tostadoresandinos.com", bogota, true, true, false);
    person(11, "daniela.mejia", "Daniela Mejía", "tostadoresandinos.com", bogota, false, true, false);
    person(12, "anamaria.losada", "Ana María Losada", "raices.org", bogota, true, true, false);
    person(13, "pedro.salas", "Pedro Salas", "raices.org", bogota, true, false, false);
    person(14, "ricardo.silva", "Ricardo Silva", "udam.edu.co", bogota, true, true, false);
    person(15, "valentina.cortes", "Valentina Cortés", "udam.edu.co", bogota, true, true, false);
    person(16, "mateo.ramirez", "Mateo Ramírez", "udam.edu.co", bogota, false, true, false);
    person(17, "diego.herrera", "Diego Herrera", "gmail.com", bogota, true, true, false);
    // Joined the university's team in October 2026; her first comment (COF-15) is answered by nobody (IDEN-008).
    person(20, "sofia.trujillo", "Sofía Trujillo", "udam.edu.co", bogota, true, true, false);
    users.put(INTEGRATION, new User(accountId(18), "JIRAUSER10118", "cafesur-integration",
        "Café del Sur Integration", "integration@cafesur-partnership.org", true, true, false, bogota));
    users.put("automation", new User("557058:f58131cb-b67d-43c7-b30d-6b58d40bd077", "JIRAUSER10119", "automation",
        "Automation for Jira", "automation@connect.atlassian.com", false, true, true, "UTC"));
  }

  private void person(int n, String login, String name, String domain, String zone, boolean emailVisible,
      boolean active, boolean app) {
    users.put(login, new User(accountId(n), "JIRAUSER" + (10100 + n), login, name, login + "@" + domain,
        emailVisible, active, app, zone));
  }

  private static String accountId(int n) {
    return String.format("63f1c0ffee%014x", 0xa11ce000L + n);
  }

  User user(String login) {
    User user = users.get(login);
    if (user == null) {
      throw new IllegalStateException("no demo user " + login);
    }
    return user;
  }

  private String id(String login) {
    return login == null ? null : user(login).accountId();
  }

  private List<Group> groups() {
    List<String> everyone = users.values().stream().filter(u -> !u.app()).map(User::accountId)
        .collect(Collectors.toList());
    return List.of(
        group(1, "alcaldia-pitalito", "laura.restrepo", "andres.munoz", "camila.ortiz"),
        group(2, "cafe-sur-admins", "laura.restrepo", INTEGRATION),
        group(3, "coopsur", "jorge.perdomo", "luzdary.tovar", "wilson.cuellar", "yamile.rojas"),
        group(4, "fundacion-raices", "anamaria.losada", "pedro.salas"),
        new Group("5e0c5a4d-0000-4000-8000-000000000005", "jira-software-users", everyone),
        group(6, "tostadores-andinos", "sebastian.vargas", "natalia.gil", "felipe.cano", "daniela.mejia"),
        group(7, "udam-investigacion", "ricardo.silva", "valentina.cortes", "mateo.ramirez", "sofia.trujillo"),
        // Administer Jira (SiteIndex.ADMIN_GROUP): the integration account may read security level members.
        group(8, "jira-admins", "laura.restrepo", INTEGRATION));
  }

  private Group group(int n, String name, String... logins) {
    List<String> ids = new ArrayList<>();
    for (String login : logins) {
      ids.add(id(login));
    }
    return new Group(String.format("5e0c5a4d-0000-4000-8000-%012d", n), name, ids);
  }

  // ---------------------------------------------------------------- projects, boards, sprints

  private Project cof() {
    List<Component> components = List.of(
        new Component("10100", "Harvest & Quality", "Farm data, drying, cupping.", id("jorge.perdomo")),
        new Component("10101", "Roasting & Sales", "Roast profiles, packaging, buyers.", id("sebastian.vargas")),
        new Component("10102", "Research", "Studies run with the university.", id("ricardo.silva")),
        new Component("10103", "Community Outreach", "Workshops, radio, newsletters.", null),
        new Component("10104", "Policy & Permits", "", id("diego.herrera")));
    List<Version> versions = List.of(
        new Version("10204", "Pilot 2025", "First pilot lots", true, true, LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 11, 30)),
        new Version("10200", "Pilot harvest", "Mitaca harvest pilot", false, true, LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 7, 31)),
        new Version("10201", "Harvest 2026", "Main harvest lots", false, true, LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 9, 30)),
        new Version("10202", "Export fair Q4", "Samples and paperwork for the Hamburg fair", false, false,
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)),
        new Version("10203", "Roadmap 2027", "", false, false, null, null));
    List<ProjectRole> roles = List.of(
        new ProjectRole(10002, "Administrators", "Project administrators",
            List.of(id("laura.restrepo")), List.of("cafe-sur-admins")),
        // Fundación Raíces is in no role (IDEN-004): its people work in COF through the permission scheme's
        // "any logged-in user" grants, and its group is an actor of no role. The integration account is in every
        // role, so nothing restricted to a role is hidden from the audit (DATA-002 passes).
        new ProjectRole(10100, "Members", "Partners working in the project",
            List.of(id("diego.herrera"), id(INTEGRATION)),
            List.of("alcaldia-pitalito", "coopsur", "tostadores-andinos", "udam-investigacion")),
        new ProjectRole(10101, STEERING, "Steering committee of the partnership",
            List.of(id(INTEGRATION)),
            List.of("alcaldia-pitalito", "coopsur", "tostadores-andinos")),
        new ProjectRole(10102, "Viewers", "Read-only access", List.of(id(INTEGRATION)), List.of()));
    List<Avatar> avatars = List.of(new Avatar("10400", true, "rocket.svg"), new Avatar("10401", true, "cloud.svg"));
    List<SecurityLevel> levels = List.of(new SecurityLevel(CONFIDENTIAL, "Commercial confidential",
        "Prices and contracts: cooperative, roaster and administrators only", List.of("Administrators"),
        List.of("coopsur", "tostadores-andinos")),
        new SecurityLevel(STEERING_ONLY, "Steering only", "Budget matters before the steering committee decides",
            List.of(STEERING), List.of(), List.of(), true, false));
    return new Project("10000", "COF", "Café del Sur Partnership",
        "Café del Sur links growers of the Cooperativa Cafetera del Sur with Tostadores Andinos and the Alcaldía "
            + "de Pitalito to sell specialty coffee directly.",
        id("laura.restrepo"), List.of("10000", "10001", "10002", "10003", "10004", "10005", "10006"), components,
        versions, roles, avatars, "10400", levels);
  }

  private Project pit() {
    List<ProjectRole> roles = List.of(
        new ProjectRole(10002, "Administrators", "Project administrators", List.of(id("andres.munoz")),
            List.of("cafe-sur-admins")),
        new ProjectRole(10100, "Members", "Municipal staff", List.of(), List.of("alcaldia-pitalito")));
    List<Avatar> avatars = List.of(new Avatar("10400", true, "rocket.svg"), new Avatar("10401", true, "cloud.svg"),
        new Avatar("10510", false, null));
    return new Project("10001", "PIT", "Pitalito Municipal Programmes",
        "Programmes the Alcaldía de Pitalito runs for its rural districts: permits for drying centres, road "
            + "maintenance to the coffee farms, water use monitoring with the Universidad del Alto Magdalena, and "
            + "the municipal budget lines that co-fund the Café del Sur partnership with the cooperative, the "
            + "roaster and Fundación Raíces.",
        id("andres.munoz"), List.of("10001", "10005"), List.of(), List.of(), roles, avatars, "10510", List.of());
  }

  private List<Board> boards() {
    return List.of(new Board(1, "COF Scrum board", "scrum", "COF"),
        new Board(2, "COF Outreach kanban", "kanban", "COF"), DemoPilot.BOARD);
  }

  private void sprints() {
    sprint(1, "closed", "2026-08-03", "2026-08-17", "2026-08-17T16:00:00Z",
        "Map every member farm's altitude and variety");
    sprint(2, "closed", "2026-08-17", "2026-08-31", "2026-08-31T17:30:00Z", "");
    sprint(3, "closed", "2026-08-31", "2026-09-14", "2026-09-15T13:00:00Z", null);
    // IDEN-005: of the sprints in the 90 days before NOW, only sprint 6 has a goal (3 to 6 start in W: 3 of 4
    // without a goal, 75%; with sprint 2, which ends in W, 4 of 5, 80%). CONF-009: sprint 3 ends on 2026-09-14
    // (completed the 15th) and sprint 4 starts on 2026-10-05, a gap of 21 days (20 after its completion) > 14.
    sprint(4, "closed", "2026-10-05", "2026-10-19", "2026-10-19T15:00:00Z", null);
    sprint(5, "closed", "2026-10-19", "2026-11-02", "2026-11-03T14:00:00Z", null);
    sprint(6, "active", "2026-11-09", "2026-11-23", null, "Agree the 2027 price formula with the cooperative");
    sprints.add(new Sprint(7, "COF Sprint 7", "future", null, null, null, Instant.parse("2026-11-15T14:00:00Z"), 1,
        null));
    sprints.addAll(DemoPilot.sprints());
  }

  private void sprint(long id, String state, String start, String end, String complete, String goal) {
    Instant startAt = Instant.parse(start + "T14:00:00Z");
    Sprint sprint = new Sprint(id, "COF Sprint " + id, state, startAt, Instant.parse(end + "T14:00:00Z"),
        complete == null ? null : Instant.parse(complete), startAt.minus(Duration.ofDays(3)), 1, goal);
    sprints.add(sprint);
  }

  private Sprint sprintById(long id) {
    return sprints.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- catalogues

  /** @return the issue types of the demo (also used by generated sites) */
  public static List<IssueType> issueTypes() {
    return List.of(
        new IssueType("10000", "Epic", "A big piece of work.", false, 1),
        new IssueType("10001", "Task", "A small piece of work.", false, 0),
        new IssueType("10002", "Story", "A user-facing piece of work.", false, 0),
        new IssueType("10003", "Sub-task", "A part of a task.", true, -1),
        new IssueType("10004", "Bug", "A problem.", false, 0),
        new IssueType("10005", "Meeting", "A meeting record with minutes.", false, 0),
        new IssueType("10006", "Decision", "A decision with its context and consequences.", false, 0));
  }

  /** @return the workflow statuses of the demo */
  public static List<Status> statuses() {
    return List.of(new Status("10000", "To Do", StatusCategory.NEW),
        new Status("3", "In Progress", StatusCategory.INDETERMINATE),
        new Status("10001", "In Review", StatusCategory.INDETERMINATE),
        new Status("10002", "Done", StatusCategory.DONE));
  }

  /** @return the priorities of the demo */
  public static List<Priority> priorities() {
    return List.of(new Priority("1", "Highest"), new Priority("2", "High"), new Priority("3", "Medium"),
        new Priority("4", "Low"));
  }

  /** @return the resolutions of the demo */
  public static List<Resolution> resolutions() {
    return List.of(new Resolution("10000", "Done", "Work has been done."),
        new Resolution("10001", "Won't Do", "This will not be done."));
  }

  /** @return the issue link types of the demo */
  public static List<LinkType> linkTypes() {
    return List.of(new LinkType("10000", "Blocks", "is blocked by", "blocks"),
        new LinkType("10001", "Cloners", "is cloned by", "clones"),
        new LinkType("10002", "Duplicate", "is duplicated by", "duplicates"),
        new LinkType("10003", "Relates", "relates to", "relates to"));
  }

  private static String statusId(String name) {
    return statuses().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
  }

  private static String typeId(String name) {
    return issueTypes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
  }

  private static String priorityId(String name) {
    return priorities().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
  }

  // ---------------------------------------------------------------- issues

  private record Event(Instant at, String author, List<ChangeItem> items) {
  }

  private static ChangeItem status(String from, String to) {
    return new ChangeItem("status", "jira", "status", statusId(from), from, statusId(to), to);
  }

  private Issue issue(IssueSpec spec, Project project, int id) {
    List<Event> events = new ArrayList<>();
    String actor = spec.assignee != null ? spec.assignee : spec.reporter;
    Instant created = at(spec.createdDaysAgo);
    String previousSprints = null;
    String previousNames = null;
    for (long sprintId : spec.sprints) {
      Sprint sprint = sprintById(sprintId);
      Instant when = sprint.start() == null || spec.sprints.indexOf(sprintId) == 0
          ? created.plus(Duration.ofHours(1)) : sprint.start().minus(Duration.ofHours(1));
      String ids = previousSprints == null ? String.valueOf(sprintId) : previousSprints + ", " + sprintId;
      String names = previousNames == null ? sprint.name() : previousNames + ", " + sprint.name();
      events.add(new Event(when, spec.reporter, List.of(new ChangeItem("Sprint", "custom", "customfield_10020",
          previousSprints, previousNames, ids, names))));
      previousSprints = ids;
      previousNames = names;
    }
    if (spec.startedDaysAgo >= 0) {
      events.add(new Event(at(spec.startedDaysAgo), actor, List.of(status("To Do", "In Progress"))));
    }
    if (spec.status.equals("In Review")) {
      events.add(new Event(at(spec.startedDaysAgo / 2), actor, List.of(status("In Progress", "In Review"))));
    }
    if (spec.flagged) {
      events.add(new Event(at(spec.startedDaysAgo - 1), actor, List.of(new ChangeItem("Flagged", "custom",
          "customfield_10021", null, null, "[10019]", "Impediment"))));
    }
    for (IssueSpec.Reassign r : spec.reassignments) {
      events.add(new Event(at(r.daysAgo()), r.by(), List.of(new ChangeItem("assignee", "jira", "assignee",
          id(r.from()), user(r.from()).displayName(), id(r.to()), user(r.to()).displayName()))));
    }
    String resolver = spec.resolver != null ? spec.resolver : actor;
    if (spec.resolvedDaysAgo >= 0) {
      if (spec.reopenedBy != null) {
        events.add(new Event(at(spec.resolvedDaysAgo + 2), resolver, resolve()));
        events.add(new Event(at(spec.resolvedDaysAgo + 1), spec.reopenedBy, List.of(status("Done", "In Progress"),
            new ChangeItem("resolution", "jira", "resolution", "10000", "Done", null, null))));
      }
      events.add(new Event(at(spec.resolvedDaysAgo), resolver, resolve()));
    }
    List<Comment> comments = new ArrayList<>();
    for (IssueSpec.CommentSpec c : spec.comments) {
      Instant when = at(c.daysAgo());
      String commentKey = String.valueOf(c.added() ? ++addedCommentId : commentId++);
      comments.add(new Comment(commentKey, id(c.author()), c.text(), when, when, id(c.author()), c.visibility()));
    }
    comments.sort(Comparator.comparing(Comment::created));
    List<Worklog> worklogs = new ArrayList<>();
    if (spec.worklogHours > 0) {
      long total = Math.round(spec.worklogHours * 3600);
      long first = spec.resolvedDaysAgo >= 0 ? total / 2 / 1800 * 1800 : total;
      Instant start = at(spec.startedDaysAgo - 0.1);
      worklogs.add(new Worklog(String.valueOf(worklogId++), id(actor), "", start, first,
          start.plusSeconds(first), null));
      if (first < total) {
        Instant second = at(spec.resolvedDaysAgo + 0.2);
        worklogs.add(new Worklog(String.valueOf(worklogId++), id(actor), "Finished and checked", second,
            total - first, second.plusSeconds(total - first), null));
      }
    }
    for (IssueSpec.WorklogSpec w : spec.worklogs) {
      Instant started = at(w.daysAgo());
      long seconds = Math.round(w.hours() * 3600);
      worklogs.add(new Worklog(String.valueOf(worklogId++), id(w.author()), w.comment(), started, seconds,
          started.plusSeconds(seconds), null));
    }
    for (IssueSpec.Change c : spec.changes) {
      events.add(new Event(at(c.daysAgo()), c.by(), List.of(change(c))));
    }
    return assemble(spec, project, id, events, comments, worklogs);
  }

  private static ChangeItem change(IssueSpec.Change c) {
    if (c.field().equals("priority")) {
      return new ChangeItem("priority", "jira", "priority", priorityId(c.from()), c.from(), priorityId(c.to()),
          c.to());
    }
    return new ChangeItem(c.field(), "jira", c.field(), c.from(), c.from(), c.to(), c.to());
  }

  private static List<ChangeItem> resolve() {
    return List.of(status("In Progress", "Done"),
        new ChangeItem("resolution", "jira", "resolution", null, null, "10000", "Done"));
  }

  private Issue assemble(IssueSpec spec, Project project, int id, List<Event> events, List<Comment> comments,
      List<Worklog> worklogs) {
    events.sort(Comparator.comparing(Event::at));
    List<History> histories = new ArrayList<>();
    for (Event event : events) {
      histories.add(new History(String.valueOf(historyId++), id(event.author()), event.at(), event.items()));
    }
    Instant created = at(spec.createdDaysAgo);
    Instant updated = created;
    for (History h : histories) {
      updated = h.created().isAfter(updated) ? h.created() : updated;
    }
    for (Comment c : comments) {
      updated = c.updated().isAfter(updated) ? c.updated() : updated;
    }
    for (Worklog w : worklogs) {
      updated = w.created().isAfter(updated) ? w.created() : updated;
    }
    LocalDate today = NOW.atZone(ZoneOffset.UTC).toLocalDate();
    List<String> componentIds = spec.components.stream()
        .map(n -> project.components().stream().filter(c -> c.name().equals(n)).findFirst().orElseThrow().id())
        .collect(Collectors.toList());
    List<String> versionIds = spec.versions.stream()
        .map(n -> project.versions().stream().filter(v -> v.name().equals(n)).findFirst().orElseThrow().id())
        .collect(Collectors.toList());
    boolean done = spec.status.equals("Done");
    return new Issue(String.valueOf(id), spec.key(), spec.project, typeId(spec.type), spec.summary, spec.description,
        statusId(spec.status), priorityId(spec.priority), done ? "10000" : null, id(spec.assignee), id(spec.reporter),
        created, updated, done ? at(spec.resolvedDaysAgo) : null,
        spec.dueInDays == null ? null : today.plusDays(spec.dueInDays), spec.labels, componentIds, versionIds,
        spec.sprints, spec.flagged, spec.securityLevel, spec.parent, comments, worklogs, histories, null,
        spec.participants.stream().map(this::id).collect(Collectors.toList()));
  }

  /**
   * COF-5, the issue whose lists exceed every preview: 35 comments (3 restricted to the Steering Committee, which
   * the university lacks; 1 to the roaster's group, which the integration user lacks), 25 worklogs (1 restricted
   * to the roaster's group), 45 changelog histories.
   */
  private Issue heavy(IssueSpec spec, Project project, int id) {
    Instant created = at(spec.createdDaysAgo);
    String[] authors = {"felipe.cano", "jorge.perdomo", "sebastian.vargas", "ricardo.silva", "natalia.gil",
        "laura.restrepo", "luzdary.tovar", "valentina.cortes", "anamaria.losada"};
    String[] notes = {
        "Round %d: we cupped six micro-lots; two scored above 86.",
        "Ronda %d: nosotros llevamos las muestras al laboratorio de la cooperativa.",
        "Round %d: moisture between 10.5 and 11.5%% on all lots, good for export.",
        "Round %d: our partnership should agree on one roast level before scoring.",
        "Round %d: the university will repeat the test with a blind panel.",
        "Round %d: scores uploaded to the shared sheet."};
    List<Comment> comments = new ArrayList<>();
    for (int k = 1; k <= 35; k++) {
      String author = authors[k % authors.length];
      Visibility visibility = null;
      String text = String.format(notes[k % notes.length], k);
      if (k == 7 || k == 19 || k == 28) {
        author = k == 7 ? "laura.restrepo" : k == 19 ? "jorge.perdomo" : "sebastian.vargas";
        visibility = Visibility.role(STEERING);
        text = "Round " + k + " (steering only): price expectations per lot, not for circulation yet.";
      } else if (k == 23) {
        author = "natalia.gil";
        visibility = Visibility.group("tostadores-andinos");
        text = "Round 23 (roaster only): our internal margin on these lots.";
      }
      Instant when = created.plus(Duration.ofHours(72L * k));
      comments.add(new Comment(String.valueOf(commentId++), id(author), text, when, when, id(author), visibility));
    }
    List<Worklog> worklogs = new ArrayList<>();
    for (int k = 1; k <= 25; k++) {
      String author = k % 3 == 0 ? "natalia.gil" : "felipe.cano";
      Instant started = created.plus(Duration.ofHours(96L * k));
      long seconds = 3600L * (1 + k % 4);
      worklogs.add(new Worklog(String.valueOf(worklogId++), id(author), k % 5 == 0 ? "Cupping session " + k : "",
          started, seconds, started.plusSeconds(seconds),
          k == 10 ? Visibility.group("tostadores-andinos") : null));
    }
    List<Event> events = new ArrayList<>();
    String current = "To Do";
    String priority = "Medium";
    for (int k = 0; k < 45; k++) {
      Instant when = created.plus(Duration.ofMinutes(Math.round((k + 1) * 2.3 * 24 * 60)));
      String author = k % 4 == 3 ? "automation" : k % 2 == 0 ? "felipe.cano" : "natalia.gil";
      ChangeItem item;
      switch (k % 3) {
        case 0:
          String next = current.equals("In Progress") ? "In Review" : "In Progress";
          item = status(current, next);
          current = next;
          break;
        case 1:
          String nextPriority = priority.equals("Medium") ? "High" : "Medium";
          item = new ChangeItem("priority", "jira", "priority", priorityId(priority), priority,
              priorityId(nextPriority), nextPriority);
          priority = nextPriority;
          break;
        default:
          item = new ChangeItem("labels", "jira", "labels", "cupping", "cupping", "cupping quality",
              "cupping quality");
      }
      events.add(new Event(when, author, List.of(item)));
    }
    IssueSpec finalSpec = spec.priority(priority);
    finalSpec.status = current;
    return assemble(finalSpec, project, id, events, comments, worklogs);
  }
}
