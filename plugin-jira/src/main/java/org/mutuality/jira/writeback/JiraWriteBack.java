package org.mutuality.jira.writeback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.engine.SubjectType;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.api.Flavor;
import org.mutuality.jira.api.IssueJson;
import org.mutuality.jira.api.JiraApi;
import org.mutuality.jira.api.SecurityJson;
import org.mutuality.jira.api.UserJson;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.JiraTransport;
import org.mutuality.jira.http.RetryingTransport;
import org.mutuality.jira.http.Site;
import org.mutuality.jira.http.Sleeper;
import org.mutuality.jira.mapping.JiraTimes;
import org.mutuality.jira.mapping.RichText;
import org.mutuality.model.Comment;
import org.mutuality.model.ItemFacts;
import org.mutuality.model.Snapshot;
import org.mutuality.model.WorkItem;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Write-back into a Jira site: plans from an audit's report and the site's current state ({@link Planner}), and
 * applies a plan through the {@link JiraClient}.
 *
 * <p>Applying goes issue by issue. A write Jira refuses (409 conflict, 429 or 503, any other error) or leaves
 * unanswered makes the applier wait ({@code Retry-After}, else a doubling backoff), read the issue again and
 * re-plan it, then go on with the new plan, at most {@link #MAX_ATTEMPTS} times per issue. Nothing is sent twice
 * blindly: a comment's or an issue's creation that got no answer is found again by reading (the marker and author,
 * or the summary label) before anything is created again, so there is never a duplicate; and the state that makes
 * a run resumable is kept in Jira itself (the labels, the managed comment, the findings property with the comment's
 * id). An issue left unfinished is reported, and the next run finishes it.
 */
public final class JiraWriteBack {
  /** How many times one issue is re-read and re-planned before it is reported unfinished. */
  public static final int MAX_ATTEMPTS = 6;

  private static final Logger LOG = LoggerFactory.getLogger(JiraWriteBack.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Duration FIRST_DELAY = Duration.ofMillis(500);
  private static final Duration MAX_DELAY = Duration.ofSeconds(30);

  /** Hears how applying goes. */
  @FunctionalInterface
  public interface Progress {
    /** No progress shown. */
    Progress NONE = (stage, done, total) -> { };

    /** After each issue: the stage ({@code planning}, {@code writing}), issues done and how many there are. */
    void step(String stage, int done, int total);
  }

  private final JiraClient client;
  private final JiraApi api;
  private final Flavor flavor;
  private final WriteBackSettings settings;
  private final Marks marks;
  private final Planner planner;
  private final Sleeper sleeper;
  private String me;

  private JiraWriteBack(JiraClient client, Flavor flavor, WriteBackSettings settings, Sleeper sleeper) {
    this.client = client;
    this.flavor = flavor;
    this.api = JiraApi.of(client, flavor);
    this.settings = settings;
    this.marks = new Marks(settings);
    this.planner = new Planner(marks);
    this.sleeper = sleeper;
  }

  /** Write-back over the JDK HTTP client with the settings' credentials, timeouts and read retries. */
  public static JiraWriteBack connect(JiraSettings jira, WriteBackSettings settings) throws JiraException {
    JdkTransport http = new JdkTransport(jira.credentials(), jira.connectTimeout(), jira.requestTimeout());
    return over(jira.site(), RetryingTransport.of(http, jira.retry()), settings, Sleeper.REAL);
  }

  /**
   * Write-back over a transport; asks the site's flavour ({@code serverInfo}).
   *
   * @param sleeper how the applier waits between attempts (tests pass one that does not sleep)
   */
  public static JiraWriteBack over(Site site, JiraTransport transport, WriteBackSettings settings, Sleeper sleeper)
      throws JiraException {
    JiraClient client = new JiraClient(site, transport);
    return new JiraWriteBack(client, Flavor.of(JiraApi.serverInfo(client)), Objects.requireNonNull(settings),
        Objects.requireNonNull(sleeper));
  }

  /** How Mutuality's writes are marked. */
  public Marks marks() {
    return marks;
  }

  /**
   * What a read holds of Mutuality's, and the snapshot the rules must judge: reads the findings property of every
   * issue that carries a label or a managed comment of ours (and the summary issues' property), then leaves out
   * Mutuality's own labels, comments and summary issues, and gives those issues back the {@code updated} people
   * left ({@link Marks#strip(Snapshot, Map)}).
   *
   * @param raw the snapshot as read
   * @param progress hears the reading
   */
  public Observed observe(Snapshot raw, Progress progress) throws JiraException {
    Map<String, List<String>> ownComments = ownComments(raw);
    List<WorkItem> marked = raw.workItems().stream().filter(i -> !isSummary(i))
        .filter(i -> i.labels().stream().anyMatch(marks::isOwnLabel) || ownComments.containsKey(i.key())).toList();
    List<WorkItem> summaries = raw.workItems().stream().filter(this::isSummary).toList();
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    Map<String, JsonNode> summaryProperties = new LinkedHashMap<>();
    int done = 0;
    int total = marked.size() + summaries.size();
    for (WorkItem item : marked) {
      properties.put(item.key(), property(item.key(), Marks.FINDINGS_PROPERTY));
      progress.step("reading marks", ++done, total);
    }
    for (WorkItem item : summaries) {
      summaryProperties.put(item.key(), property(item.key(), Marks.SUMMARY_PROPERTY));
      progress.step("reading marks", ++done, total);
    }
    Map<String, JsonNode> present = new LinkedHashMap<>();
    properties.forEach((k, v) -> {
      if (v != null) {
        present.put(k, v);
      }
    });
    return new Observed(raw, marks.strip(raw, present), properties, summaryProperties);
  }

  /**
   * What {@link #observe} found: the raw read, the snapshot to audit, and the properties read.
   *
   * @param raw the snapshot as read
   * @param stripped the snapshot the rules must see
   * @param properties the findings property of each issue carrying a mark of ours, by key ({@code null}: none)
   * @param summaryProperties the summary property of each summary issue, by key ({@code null}: none)
   */
  public record Observed(Snapshot raw, Snapshot stripped, Map<String, JsonNode> properties,
      Map<String, JsonNode> summaryProperties) {
    public Observed {
      properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
      summaryProperties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summaryProperties));
    }
  }

  /**
   * What one issue read again holds of Mutuality's, and its facts as the rules must see them, as
   * {@link #observe(Snapshot, Progress)} does for a whole read: reads the findings property only when the issue
   * carries a label or a managed comment of ours, then leaves out Mutuality's own labels, comments and label edits,
   * and gives the issue back the {@code updated} people left ({@link Marks#strip(ItemFacts, JsonNode, String)}).
   * A summary issue of Mutuality's has no facts for the rules.
   *
   * @param raw the issue as read ({@code JiraLiveSource.readIssue})
   * @param readerId the integration account's person id ({@code JiraLiveSource.readerId}); {@code null} when not
   *     known, and then a marked comment of any author counts as ours, as in a snapshot
   */
  public ObservedIssue observe(ItemFacts raw, String readerId) throws JiraException {
    WorkItem item = raw.item();
    List<String> own = ownComments(raw.comments(), readerId).getOrDefault(item.key(), List.of());
    if (isSummary(item)) {
      return new ObservedIssue(raw, Optional.empty(), new IssueState(item.key(), item.labels(), own, null,
          item.updated()));
    }
    boolean marked = !own.isEmpty() || item.labels().stream().anyMatch(marks::isOwnLabel);
    JsonNode property = marked ? property(item.key(), Marks.FINDINGS_PROPERTY) : null;
    return new ObservedIssue(raw, Optional.of(marks.strip(raw, property, readerId)),
        new IssueState(item.key(), item.labels(), own, property, item.updated()));
  }

  /**
   * The plan for exactly these issues (the few whose findings a live session saw change), with the guarantees of
   * {@link #plan}: from {@link Planner#plan} over their findings and states, so shadow changes are shown as in a
   * full plan. No summary issue is planned (a reconcile's full plan keeps it). Apply it with {@link #apply}.
   *
   * @param findings the audit's findings; only those about these issues count
   * @param known what some of the issues hold now, by key ({@link ObservedIssue#state()}); the others are read
   *     ({@link #readState})
   * @param keys the issues to plan; one Jira answers 404 for (gone) is left out, as is a summary issue
   */
  public Plan planIssues(List<ReportFinding> findings, Map<String, IssueState> known, Collection<String> keys)
      throws JiraException {
    Set<String> ordered = new java.util.TreeSet<>(IssueKeys.ORDER);
    ordered.addAll(keys);
    Map<String, IssueState> states = new LinkedHashMap<>();
    for (String key : ordered) {
      IssueState state = known.get(key) != null ? known.get(key) : stateIfPresent(key);
      if (state == null) {
        LOG.info("{} is gone: nothing to write on it", key);
      } else if (!state.labels().contains(marks.summaryLabel())) {
        states.put(key, state);
      }
    }
    List<ReportFinding> ofIssues = findings.stream()
        .filter(f -> f.subject().type() == SubjectType.ISSUE && states.containsKey(f.subject().id())).toList();
    return new Plan(planner.plan(ofIssues, states), Planner.targets(ofIssues, Planner.WRITTEN), Map.of(), false);
  }

  /** {@link #readState}, or {@code null} when Jira answers 404: the issue is gone. */
  private IssueState stateIfPresent(String key) throws JiraException {
    try {
      return readState(key);
    } catch (JiraException e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
  }

  /**
   * The plan that brings the site in line with an audit.
   *
   * @param report the audit of {@link Observed#stripped()}
   * @param observed what {@link #observe} found
   * @param projects the projects whose summary issue is kept (when {@code writeBack.summaryIssue} is on); empty:
   *     the projects of the issues read
   * @param progress hears the planning
   */
  public Plan plan(Report report, Observed observed, List<String> projects, Progress progress) throws JiraException {
    Snapshot raw = observed.raw();
    Map<String, IssueTarget> written = Planner.targets(report.findings(), Planner.WRITTEN);
    Set<String> candidates = new java.util.TreeSet<>(IssueKeys.ORDER);
    candidates.addAll(Planner.targets(report.findings(), Planner.WRITTEN.or(Planner.SHADOW)).keySet());
    candidates.addAll(observed.properties().keySet());
    Map<String, WorkItem> items = new LinkedHashMap<>();
    raw.workItems().forEach(i -> items.put(i.key(), i));
    Map<String, List<String>> ownComments = ownComments(raw);
    Map<String, IssueState> states = new LinkedHashMap<>();
    int done = 0;
    for (String key : candidates) {
      WorkItem item = items.get(key);
      JsonNode property = observed.properties().containsKey(key) ? observed.properties().get(key)
          : property(key, Marks.FINDINGS_PROPERTY);
      states.put(key, new IssueState(key, item == null ? List.of() : item.labels(),
          ownComments.getOrDefault(key, List.of()), property, item == null ? null : item.updated()));
      progress.step("planning", ++done, candidates.size());
    }
    List<Change> changes = new ArrayList<>(planner.plan(report.findings(), states));
    Map<String, String> summaries = new TreeMap<>();
    if (settings.summaryIssue()) {
      List<String> keys = projects.isEmpty() ? raw.workItems().stream().map(i -> IssueKeys.project(i.key()))
          .distinct().sorted().toList() : projects;
      for (String project : keys) {
        String text = Texts.summary(report, project);
        summaries.put(project, text);
        Map<String, JsonNode> existing = new LinkedHashMap<>();
        observed.summaryProperties().forEach((key, value) -> {
          if (IssueKeys.project(key).equals(project)) {
            existing.put(key, value);
          }
        });
        changes.addAll(planner.planSummary(project, text, existing));
      }
    }
    return new Plan(changes, written, summaries, false);
  }

  /**
   * The plan that removes everything Mutuality wrote on the issues of {@code raw}: labels with the prefix, managed
   * comments, Mutuality's properties (every issue's property keys are read), and the summary issues.
   */
  public Plan planPurge(Snapshot raw, Progress progress) throws JiraException {
    Map<String, List<String>> ownComments = ownComments(raw);
    List<Change> changes = new ArrayList<>();
    int done = 0;
    List<WorkItem> items = raw.workItems().stream().sorted(Comparator.comparing(WorkItem::key, IssueKeys.ORDER))
        .toList();
    for (WorkItem item : items) {
      changes.addAll(purgeOf(item.key(), item.labels(), ownComments.getOrDefault(item.key(), List.of()),
          isSummary(item)));
      progress.step("planning", ++done, items.size());
    }
    return new Plan(changes, Map.of(), Map.of(), true);
  }

  private List<Change> purgeOf(String key, List<String> labels, List<String> comments, boolean summary)
      throws JiraException {
    if (summary) {
      return planner.planPurge(IssueState.clean(key), List.of(), true);
    }
    List<String> own = propertyKeys(key).stream().filter(k -> k.startsWith(Marks.PROPERTY_PREFIX)).toList();
    JsonNode findings = own.contains(Marks.FINDINGS_PROPERTY) ? NODES.objectNode() : null;
    List<String> others = own.stream().filter(k -> !k.equals(Marks.FINDINGS_PROPERTY)).toList();
    return planner.planPurge(new IssueState(key, labels, comments, findings, null), others, false);
  }

  /** Applies the plan's changes (never the shadow ones), re-planning an issue from a fresh read when a write fails. */
  public ApplyResult apply(Plan plan, Progress progress) throws InterruptedException {
    Map<String, List<Change>> byIssue = new LinkedHashMap<>();
    plan.writes().forEach(c -> byIssue.computeIfAbsent(c.issue(), k -> new ArrayList<>()).add(c));
    List<Change> applied = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    int retries = 0;
    int done = 0;
    for (Map.Entry<String, List<Change>> group : byIssue.entrySet()) {
      List<Change> todo = group.getValue();
      boolean summary = isSummaryAction(todo.get(0).action());
      for (int attempt = 0; ; attempt++) {
        try {
          if (attempt > 0) {
            todo = summary ? replanSummary(plan, todo.get(0)) : replanIssue(plan, group.getKey());
          }
          String created = null;
          for (Change change : todo) {
            created = execute(change, created);
            applied.add(change);
          }
          break;
        } catch (JiraException e) {
          if (attempt + 1 >= MAX_ATTEMPTS) {
            failed.add(group.getKey() + ": " + e.getMessage());
            LOG.warn("gave up on {} after {} attempts: {}", group.getKey(), MAX_ATTEMPTS, e.getMessage());
            break;
          }
          retries++;
          Duration wait = e.retryAfter().orElse(backoff(attempt));
          LOG.info("{} failed ({}); re-reading {} and re-planning in {} ms", describe(e), e.status(),
              group.getKey(), wait.toMillis());
          sleeper.sleep(wait);
        }
      }
      progress.step("writing", ++done, byIssue.size());
    }
    return new ApplyResult(applied, failed, retries);
  }

  private static String describe(JiraException e) {
    return e.method() + " " + e.url();
  }

  private static Duration backoff(int attempt) {
    Duration wait = FIRST_DELAY.multipliedBy(1L << Math.min(attempt, 10));
    return wait.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : wait;
  }

  private static boolean isSummaryAction(Change.Action action) {
    return action == Change.Action.CREATE_SUMMARY || action == Change.Action.UPDATE_SUMMARY
        || action == Change.Action.DELETE_SUMMARY;
  }

  private List<Change> replanIssue(Plan plan, String key) throws JiraException {
    IssueState state = readState(key);
    if (plan.purge()) {
      List<String> others = propertyKeys(key).stream()
          .filter(k -> k.startsWith(Marks.PROPERTY_PREFIX) && !k.equals(Marks.FINDINGS_PROPERTY)).toList();
      return planner.planPurge(state, others, false);
    }
    return planner.planIssue(plan.targets().getOrDefault(key, new IssueTarget(key, List.of())), state);
  }

  private List<Change> replanSummary(Plan plan, Change first) throws JiraException {
    if (plan.purge() || first.action() == Change.Action.DELETE_SUMMARY && !plan.summaries().containsKey(
        IssueKeys.project(first.issue()))) {
      return exists(first.issue()) ? List.of(first) : List.of();
    }
    String project = first.action() == Change.Action.CREATE_SUMMARY ? first.issue() : IssueKeys.project(first.issue());
    Map<String, JsonNode> existing = new LinkedHashMap<>();
    for (String key : summaryIssues(project)) {
      existing.put(key, property(key, Marks.SUMMARY_PROPERTY));
    }
    return planner.planSummary(project, plan.summaries().get(project), existing);
  }

  private static java.time.Instant updatedOf(JsonNode issue) {
    JsonNode updated = issue.path("fields").path("updated");
    return updated.isMissingNode() || updated.isNull() ? null : JiraTimes.instant(updated.asText());
  }

  /** Reads what an issue holds of Mutuality's now, through the API (labels, own comments, findings property). */
  public IssueState readState(String key) throws JiraException {
    JsonNode issue = client.get(issuePath(key), Map.of("fields", "labels,updated"), JsonNode.class);
    List<String> labels = new ArrayList<>();
    issue.path("fields").path("labels").forEach(l -> labels.add(l.asText()));
    String self = me();
    List<String> comments = api.issues().comments(key).stream()
        .filter(c -> self.equals(idOf(c.author())) && Marks.isMarked(RichText.toPlain(c.body())))
        .map(IssueJson.Comment::id).sorted(Comparator.comparingLong(JiraWriteBack::number)).toList();
    return new IssueState(key, labels, comments, property(key, Marks.FINDINGS_PROPERTY), updatedOf(issue));
  }

  /** The keys of a project's summary issues, oldest first. */
  public List<String> summaryIssues(String project) throws JiraException {
    String jql = "project = " + project + " AND labels = " + marks.summaryLabel() + " ORDER BY key ASC";
    return api.search().search(jql, List.of("labels"), (read, total) -> { }).stream()
        .map(IssueJson.SearchIssue::key).toList();
  }

  private String execute(Change c, String created) throws JiraException {
    String key = c.issue();
    switch (c.action()) {
      case BEGIN_PROPERTY -> client.write("PUT", issuePath(key) + "/properties/" + encode(c.target()), null,
          c.value(), Void.class);
      case DELETE_PROPERTY -> ignoreMissing("DELETE", issuePath(key) + "/properties/" + encode(c.target()), null);
      case CREATE_COMMENT -> {
        ObjectNode body = NODES.objectNode();
        body.set("body", rich(c.text()));
        JsonNode answer = client.write("POST", issuePath(key) + "/comment", null, body, JsonNode.class);
        String id = answer == null ? null : answer.path("id").asText(null);
        if (id == null) {
          throw new IllegalStateException("Jira created a comment on " + key + " without answering its id");
        }
        return id;
      }
      case UPDATE_COMMENT -> {
        ObjectNode body = NODES.objectNode();
        body.set("body", rich(c.text()));
        client.write("PUT", issuePath(key) + "/comment/" + encode(c.target()), null, body, JsonNode.class);
      }
      case DELETE_COMMENT -> ignoreMissing("DELETE", issuePath(key) + "/comment/" + encode(c.target()), null);
      case SET_PROPERTY -> {
        ObjectNode value = ((ObjectNode) c.value()).deepCopy();
        if (!value.has("commentId")) {
          if (created == null) {
            throw new IllegalStateException("the findings property of " + key + " needs its comment's id");
          }
          value = Texts.withComment(value, created);
        }
        java.time.Instant updated = updatedOf(client.get(issuePath(key), Map.of("fields", "updated"),
            JsonNode.class));
        value.put("issueUpdated", updated == null ? null : updated.toString());
        client.write("PUT", issuePath(key) + "/properties/" + encode(c.target()), null, value, Void.class);
      }
      case ADD_LABELS, REMOVE_LABELS -> {
        String verb = c.action() == Change.Action.ADD_LABELS ? "add" : "remove";
        ObjectNode body = NODES.objectNode();
        ArrayNode ops = body.putObject("update").putArray("labels");
        c.labels().forEach(l -> ops.addObject().put(verb, l));
        client.write("PUT", issuePath(key), null, body, Void.class);
      }
      case CREATE_SUMMARY -> {
        ObjectNode body = NODES.objectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", key);
        fields.putObject("issuetype").put("name", settings.summaryIssueType());
        fields.put("summary", c.target());
        fields.set("description", rich(c.text()));
        ArrayNode labels = fields.putArray("labels");
        c.labels().forEach(labels::add);
        ArrayNode properties = body.putArray("properties");
        properties.addObject().put("key", Marks.SUMMARY_PROPERTY).set("value", c.value());
        client.write("POST", flavor.api() + "/issue", null, body, JsonNode.class);
      }
      case UPDATE_SUMMARY -> {
        ObjectNode body = NODES.objectNode();
        body.putObject("fields").set("description", rich(c.text()));
        client.write("PUT", issuePath(key), null, body, Void.class);
        client.write("PUT", issuePath(key) + "/properties/" + encode(Marks.SUMMARY_PROPERTY), null, c.value(),
            Void.class);
      }
      case DELETE_SUMMARY -> ignoreMissing("DELETE", issuePath(key), null);
      default -> throw new IllegalStateException("unknown action " + c.action());
    }
    return created;
  }

  private void ignoreMissing(String method, String path, Object body) throws JiraException {
    try {
      client.write(method, path, null, body, Void.class);
    } catch (JiraException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
  }

  private boolean exists(String key) throws JiraException {
    try {
      client.get(issuePath(key), Map.of("fields", "labels"), JsonNode.class);
      return true;
    } catch (JiraException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  private JsonNode rich(String text) {
    return flavor == Flavor.CLOUD ? Texts.adf(text) : NODES.textNode(Texts.wiki(text));
  }

  private JsonNode property(String key, String property) throws JiraException {
    try {
      JsonNode answer = client.get(issuePath(key) + "/properties/" + encode(property), null, JsonNode.class);
      return answer == null || !answer.has("value") ? null : answer.get("value");
    } catch (JiraException e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
  }

  private List<String> propertyKeys(String key) throws JiraException {
    JsonNode answer = client.get(issuePath(key) + "/properties", null, JsonNode.class);
    List<String> keys = new ArrayList<>();
    answer.path("keys").forEach(k -> keys.add(k.path("key").asText()));
    return keys;
  }

  private Map<String, List<String>> ownComments(Snapshot raw) {
    return ownComments(raw.comments(), raw.readerId());
  }

  /** The ids of the comments of ours among {@code comments}, oldest first, by issue key. */
  private static Map<String, List<String>> ownComments(List<Comment> comments, String reader) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    comments.stream().filter(c -> Marks.isOwnComment(c, reader))
        .sorted(Comparator.comparingLong((Comment c) -> number(c.id())))
        .forEach(c -> out.computeIfAbsent(c.itemKey(), k -> new ArrayList<>()).add(c.id()));
    return out;
  }

  private boolean isSummary(WorkItem item) {
    return marks.isSummary(item);
  }

  private String me() throws JiraException {
    if (me == null) {
      SecurityJson.Myself myself = api.users().myself();
      me = idOf(myself.user());
    }
    return me;
  }

  private static String idOf(UserJson user) {
    if (user == null) {
      return "";
    }
    return user.accountId() != null ? user.accountId() : user.key() != null ? user.key()
        : Objects.requireNonNullElse(user.name(), "");
  }

  private String issuePath(String key) {
    return flavor.api() + "/issue/" + encode(key);
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
