package org.mutuality.jira;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutuality.jira.api.Flavor;
import org.mutuality.jira.api.IssueJson;
import org.mutuality.jira.api.JiraApi;
import org.mutuality.jira.api.ServerJson;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.JiraTransport;
import org.mutuality.jira.http.RetryingTransport;
import org.mutuality.jira.mapping.IssueMapper;
import org.mutuality.jira.mapping.JiraTimes;
import org.mutuality.jira.mapping.People;
import org.mutuality.jira.mapping.StatusCategories;
import org.mutuality.model.Comment;
import org.mutuality.model.DataArea;
import org.mutuality.model.Dependency;
import org.mutuality.model.DependencyType;
import org.mutuality.model.Partnership;
import org.mutuality.model.Snapshot;
import org.mutuality.model.Transition;
import org.mutuality.model.Visibility;
import org.mutuality.model.AccessKind;
import org.mutuality.model.WorkItem;
import org.mutuality.model.Worklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One read of a site, start to snapshot. */
final class SiteReader {
  private static final Logger LOG = LoggerFactory.getLogger(SiteReader.class);
  private static final String SPRINT_TYPE = "com.pyxis.greenhopper.jira:gh-sprint";
  private static final String FLAGGED_NAME = "Flagged";
  /** The standard fields the rules need; the Sprint, Flagged and partner fields are added per site. */
  static final List<String> FIELDS = List.of("summary", "description", "issuetype", "project", "status", "assignee",
      "reporter", "created", "updated", "resolutiondate", "duedate", "labels", "components", "fixVersions", "parent",
      "security", "issuelinks", "comment", "worklog");

  private final JiraSettings settings;
  private final JiraClient client;
  private final Clock clock;
  private final ReadProgress progress;
  private final JiraTransport transport;
  private final Gaps gaps = new Gaps();
  private final People people = new People();
  private final StatusCategories statuses = new StatusCategories();
  private SiteKnowledge learnt;

  SiteReader(JiraSettings settings, JiraClient client, Clock clock, ReadProgress progress, JiraTransport transport) {
    this.settings = settings;
    this.client = client;
    this.clock = clock;
    this.progress = progress;
    this.transport = transport;
  }

  Snapshot read() throws JiraException, InterruptedException {
    ServerJson.ServerInfo info = JiraApi.serverInfo(client);
    Flavor flavor = Flavor.of(info);
    JiraApi api = JiraApi.of(client, flavor);
    Instant capturedAt = JiraTimes.instant(info.serverTime());
    if (capturedAt == null) {
      capturedAt = clock.instant();
      LOG.info("{} does not say its time: capturedAt is this machine's clock", settings.site());
    }
    LOG.info("reading {} ({}, {}) for {}", settings.site(), info.deploymentType(), info.version(),
        settings.scopeJql());

    IssueMapper.CustomFields custom = customFields(api);
    List<String> fields = new ArrayList<>(FIELDS);
    for (String id : new String[] {custom.sprint(), custom.flagged(), custom.partner(), custom.participants()}) {
      if (id != null) {
        fields.add(id);
      }
    }
    learnStatuses(api);

    int estimate = estimate(api);
    report("issues", 0, estimate);
    List<IssueJson.SearchIssue> issues = api.search().search(settings.scopeJql(), fields,
        (soFar, total) -> report("issues", soFar, total != null ? total : estimate < 0 ? -1 : Math.max(estimate,
            soFar)));
    IssueMapper mapper = new IssueMapper(client.mapper(), custom, statuses, people, settings.partnerByValue());
    List<IssueDetails.Entry> entries = new ArrayList<>(issues.size());
    for (IssueJson.SearchIssue issue : issues) {
      IssueDetails.Entry entry = new IssueDetails.Entry(issue);
      statuses.learn(entry.fields.status());
      entries.add(entry);
    }
    report("comments, worklogs and changelogs", issues.size(), issues.size());
    new IssueDetails(api, gaps, settings.retry().maxInFlight()).fetch(entries);
    if (!entries.isEmpty() && entries.stream().allMatch(e -> e.fields.worklog() == null)) {
      gaps.add(DataArea.WORKLOGS, "no issue returned the worklog field (time tracking is off, or hidden from this "
          + "account)");
    }

    // Issues first: their people (with Data Center login names) let role actors be matched without lookups.
    List<org.mutuality.jira.api.ProjectJson.Sprint> fieldSprints = new ArrayList<>();
    List<WorkItem> items = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    List<Worklog> worklogs = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    Set<Dependency> links = new LinkedHashSet<>();
    for (IssueDetails.Entry e : entries) {
      IssueMapper.Mapped mapped = mapper.map(e.issue.key(), e.issue.custom(), e.fields, e.comments, e.worklogs,
          e.histories);
      items.add(mapped.item());
      comments.addAll(mapped.comments());
      worklogs.addAll(mapped.worklogs());
      transitions.addAll(mapped.transitions());
      links.addAll(mapped.links());
      fieldSprints.addAll(mapped.sprints());
    }
    Map<String, Integer> unmatched = mapper.unmatchedPartnerValues();
    if (!unmatched.isEmpty()) {
      LOG.warn("{} work item(s) name no partner of mutuality.yml in {}, so the field does not own them: {}",
          unmatched.values().stream().mapToInt(Integer::intValue).sum(), settings.partnerField(), unmatched);
    }
    SecurityLevels security = new SecurityLevels(api, gaps, people);
    entries.stream().map(e -> e.fields.security()).filter(l -> l != null).forEach(l -> security.used(l.id(),
        l.name()));
    List<String> projects = projectKeys(entries);
    ProjectReader projectReader = new ProjectReader(api, gaps, people);
    report("projects", issues.size(), issues.size());
    Partnership partnership = projects.isEmpty()
        ? new Partnership("JQL", "Issues matching " + settings.jql(), "", false, null)
        : projectReader.read(projects);

    fieldSprints.forEach(projectReader::addSprint);
    Set<String> keys = new HashSet<>();
    items.forEach(i -> keys.add(i.key()));
    List<Dependency> dependencies = inScope(links, keys, gaps);

    report("security levels", issues.size(), issues.size());
    security.read(projectReader);
    restrictionGroups(comments, worklogs).forEach(projectReader::needGroup);
    settings.groups().forEach(projectReader::needGroup);
    report("groups", issues.size(), issues.size());
    projectReader.resolveGroups();
    String readerId = reader(api, projectReader);
    List<org.mutuality.model.AccessGrant> grants = new ArrayList<>(projectReader.grants);
    grants.addAll(security.grants(projectReader, items));

    learnt = new SiteKnowledge(api, fields, mapper, people, readerId, settings.retry().maxInFlight());
    Snapshot snapshot = new Snapshot(capturedAt, settings.site().toString(), readerId, partnership, List.of(),
        people.members(), items, comments, worklogs, transitions, dependencies, projectReader.milestones,
        List.copyOf(projectReader.iterations.values()), projectReader.workPackages, List.copyOf(grants),
        gaps.list());
    report("done", issues.size(), issues.size());
    LOG.info("read {} issues, {} comments, {} worklogs, {} transitions, {} people, {} gaps from {}", items.size(),
        comments.size(), worklogs.size(), transitions.size(), snapshot.members().size(), snapshot.gaps().size(),
        settings.site());
    return snapshot;
  }

  /**
   * What the read learnt about the site, for reading single issues again.
   *
   * @throws IllegalStateException before {@link #read()} returned
   */
  SiteKnowledge learnt() {
    if (learnt == null) {
      throw new IllegalStateException("the site has not been read yet");
    }
    return learnt;
  }

  /**
   * The account the read is made as ({@code /myself?expand=groups}: Cloud's account id, Data Center's key), recorded
   * among the people with its groups as {@code GROUP} grants (its role grants come from the roles' actors, like
   * everyone's); {@code null} with a {@code USERS} gap when Jira refuses to say.
   */
  private String reader(JiraApi api, ProjectReader projectReader) throws JiraException {
    var myself = gaps.tolerate(DataArea.USERS, () -> api.users().myself(), null);
    String id = myself == null ? null : people.see(myself.user());
    if (id == null) {
      if (myself != null) {
        gaps.add(DataArea.USERS, "/myself names no account id or key: the reading account is not known");
      }
      return null;
    }
    for (String group : myself.groupNames()) {
      people.inGroup(id, group);
      projectReader.grants.add(new org.mutuality.model.AccessGrant(id, AccessKind.GROUP, group));
    }
    LOG.info("read as {} ({}), in {} group(s)", myself.displayName(), id, myself.groupNames().size());
    return id;
  }

  /**
   * How many issues the scope holds, for the progress line: Cloud's approximate count (its search says no total),
   * -1 on Data Center (its first page says the total) or when the count fails, which never fails the read.
   */
  private int estimate(JiraApi api) throws InterruptedException {
    if (api.flavor() != Flavor.CLOUD) {
      return -1;
    }
    try {
      Integer count = api.search().approximateCount(withoutOrder(settings.scopeJql()));
      return count == null || count < 0 ? -1 : count;
    } catch (JiraException e) {
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while counting the issues");
      }
      LOG.info("no estimate of the issues to read, so the progress shows no total: {}", e.getMessage());
      return -1;
    }
  }

  /** The JQL without its {@code ORDER BY} clause: a count needs no order, and Jira asks only for a bounded query. */
  static String withoutOrder(String jql) {
    int at = jql.toLowerCase(Locale.ROOT).lastIndexOf("order by");
    return at < 0 ? jql : jql.substring(0, at).trim();
  }

  /**
   * The links whose two ends are both in the scope. A link to an issue outside it is left out (its other end is not
   * read, so it has no partner, no status, nothing a rule could weigh) and counted in a gap on {@code LINKS}, with
   * an example, so a reader knows the dependencies are incomplete.
   */
  static List<Dependency> inScope(Collection<Dependency> links, Set<String> keys, Gaps gaps) {
    List<Dependency> kept = new ArrayList<>(links.size());
    Map<DependencyType, Integer> outside = new EnumMap<>(DependencyType.class);
    Dependency example = null;
    for (Dependency d : links) {
      if (keys.contains(d.fromKey()) && keys.contains(d.toKey())) {
        kept.add(d);
      } else {
        outside.merge(d.type(), 1, Integer::sum);
        example = example == null ? d : example;
      }
    }
    if (example != null) {
      int count = outside.values().stream().mapToInt(Integer::intValue).sum();
      String kinds = outside.entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", "));
      String outsideKey = keys.contains(example.fromKey()) ? example.toKey() : example.fromKey();
      gaps.add(DataArea.OUTSIDE_SCOPE, count + (count == 1 ? " link points" : " links point") + " to an issue outside the "
          + "scope (" + kinds + "), e.g. " + example.fromKey() + " " + example.type().name().toLowerCase(Locale.ROOT)
          + " " + example.toKey() + ": left out, as " + outsideKey + " is not read and has no partner");
    }
    return kept;
  }

  private IssueMapper.CustomFields customFields(JiraApi api) throws JiraException {
    List<ServerJson.Field> all = gaps.tolerate(DataArea.SPRINTS, () -> api.server().fields(), List.of());
    String sprint = null;
    String flagged = null;
    for (ServerJson.Field f : all) {
      if (f.schema() != null && SPRINT_TYPE.equals(f.schema().custom()) && sprint == null) {
        sprint = f.id();
      }
      if (Boolean.TRUE.equals(f.custom()) && FLAGGED_NAME.equalsIgnoreCase(f.name()) && flagged == null) {
        flagged = f.id();
      }
    }
    return new IssueMapper.CustomFields(sprint, flagged, partnerField(all), participantsField(all));
  }

  /**
   * The configured participants field's id: an id as given, a name resolved among the site's custom fields (without
   * case); a name that names no field or several, or a field that does not hold users, is a gap and nothing is read.
   */
  private String participantsField(List<ServerJson.Field> all) {
    String configured = settings.participantsField();
    if (configured == null) {
      return null;
    }
    boolean byId = configured.toLowerCase(Locale.ROOT).matches("customfield_\\d+");
    List<ServerJson.Field> matches = all.stream().filter(f -> byId ? configured.equalsIgnoreCase(f.id())
        : Boolean.TRUE.equals(f.custom()) && configured.equalsIgnoreCase(f.name())).toList();
    if (matches.size() != 1) {
      if (byId && all.isEmpty()) {
        return configured.toLowerCase(Locale.ROOT);
      }
      gaps.add(DataArea.WORK_ITEMS, (matches.isEmpty() ? "no custom field is " + (byId ? "" : "named ") + "'"
          + configured + "'" : "several custom fields are named '" + configured + "' ("
          + String.join(", ", matches.stream().map(ServerJson.Field::id).toList()) + ")")
          + ": participants are not read" + (byId ? "" : "; give the field's id (customfield_…) instead"));
      return null;
    }
    ServerJson.Field field = matches.get(0);
    ServerJson.Schema schema = field.schema();
    boolean users = schema != null && ("user".equals(schema.type()) || "user".equals(schema.items()));
    if (!users) {
      gaps.add(DataArea.WORK_ITEMS, "custom field " + field.id() + " ('" + field.name() + "') holds "
          + (schema == null ? "values of no stated type" : schema.type() + (schema.items() == null ? ""
          : " of " + schema.items())) + ", not users: participants are not read");
      return null;
    }
    LOG.info("participants field {} is {}", configured, field.id());
    return field.id();
  }

  /**
   * The configured partner field's id: an id ({@code customfield_…}) as given, a name resolved among the site's
   * custom fields (without case); a name that names no field, or several, is a gap and no field is read.
   */
  private String partnerField(List<ServerJson.Field> all) {
    String configured = settings.partnerField();
    if (configured == null || configured.toLowerCase(Locale.ROOT).matches("customfield_\\d+")) {
      return configured == null ? null : configured.toLowerCase(Locale.ROOT);
    }
    List<String> ids = all.stream()
        .filter(f -> Boolean.TRUE.equals(f.custom()) && configured.equalsIgnoreCase(f.name()))
        .map(ServerJson.Field::id).toList();
    if (ids.size() == 1) {
      LOG.info("partner field {} is {}", configured, ids.get(0));
      return ids.get(0);
    }
    gaps.add(DataArea.WORK_ITEMS, (ids.isEmpty() ? "no custom field is named '" + configured + "'"
        : "several custom fields are named '" + configured + "' (" + String.join(", ", ids) + ")")
        + ": work items are not owned by the partner field; give its id (customfield_…) instead");
    return null;
  }

  /** The site's statuses with their categories, when it lists them; issues' own statuses teach the rest. */
  private void learnStatuses(JiraApi api) throws JiraException {
    try {
      api.server().statuses().forEach(statuses::learn);
    } catch (JiraException e) {
      if (e.status() != 403 && e.status() != 404) {
        throw e;
      }
      LOG.debug("no status list ({}); categories come from the issues", e.getMessage());
    }
  }

  private List<String> projectKeys(List<IssueDetails.Entry> entries) {
    if (!settings.projects().isEmpty()) {
      return settings.projects();
    }
    Set<String> keys = new LinkedHashSet<>();
    for (IssueDetails.Entry e : entries) {
      if (e.fields.project() != null && e.fields.project().key() != null) {
        keys.add(e.fields.project().key().toUpperCase(Locale.ROOT));
      } else {
        keys.add(e.issue.key().substring(0, e.issue.key().lastIndexOf('-')));
      }
    }
    if (keys.isEmpty()) {
      gaps.add(DataArea.PROJECT, "the JQL filter matched no issue, so no project was read: " + settings.jql());
      return List.of();
    }
    return List.copyOf(keys);
  }

  private static Set<String> restrictionGroups(List<Comment> comments, List<Worklog> worklogs) {
    Set<String> groups = new LinkedHashSet<>();
    comments.stream().map(Comment::visibility).filter(v -> v != null && v.kind() == AccessKind.GROUP)
        .map(Visibility::name).forEach(groups::add);
    worklogs.stream().map(Worklog::visibility).filter(v -> v != null && v.kind() == AccessKind.GROUP)
        .map(Visibility::name).forEach(groups::add);
    return groups;
  }

  private void report(String stage, int read, int expected) {
    long requests = transport instanceof RetryingTransport r ? r.requests() : -1;
    long retries = transport instanceof RetryingTransport r ? r.retries() : 0;
    progress.update(stage, read, expected, requests, retries);
  }
}
