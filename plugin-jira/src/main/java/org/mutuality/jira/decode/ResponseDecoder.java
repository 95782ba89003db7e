package org.mutuality.jira.decode;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutuality.jira.api.IssueJson;
import org.mutuality.jira.api.ProjectJson;
import org.mutuality.jira.api.RoleActors;
import org.mutuality.jira.api.ServerJson;
import org.mutuality.jira.api.UserJson;
import org.mutuality.jira.mapping.IssueMapper;
import org.mutuality.jira.mapping.JiraTimes;
import org.mutuality.jira.mapping.People;
import org.mutuality.jira.mapping.RichText;
import org.mutuality.jira.mapping.StatusCategories;
import org.mutuality.jira.webhook.WebhookEvent;
import org.mutuality.model.Comment;
import org.mutuality.model.Dependency;
import org.mutuality.model.Member;
import org.mutuality.model.Transition;
import org.mutuality.model.Visibility;
import org.mutuality.model.WorkItem;
import org.mutuality.model.Worklog;

/**
 * Decodes one saved Jira response with the adapter's own read types and mapping, and describes the model it maps
 * to as readable text. Tolerant the way the adapter is: unknown fields are ignored, paging fields may be missing
 * (then it is the last page), a role may have no actors. It fails only when the body is not of the kind or lacks
 * what the kind requires, naming the JSON path. Open comment text is shown (the file is the user's own); restricted
 * comments show whom they are restricted to and their length only.
 */
public final class ResponseDecoder {
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
  private final People people = new People();
  private final StatusCategories statuses = new StatusCategories();
  private final IssueMapper issues = new IssueMapper(mapper, new IssueMapper.CustomFields(null, null, null), statuses,
      people, Map.of());
  private final StringBuilder out = new StringBuilder();

  private ResponseDecoder() {}

  /**
   * Describes {@code body} read as {@code kind}.
   *
   * @throws DecodeException naming the JSON path when the body is not of that kind
   */
  public static String decode(Kind kind, String body) throws DecodeException {
    JsonNode tree;
    try {
      tree = new ObjectMapper().readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new DecodeException("$", "not JSON" + at + ": " + e.getOriginalMessage());
    }
    if (tree == null || tree.isMissingNode()) {
      throw new DecodeException("$", "empty body");
    }
    ResponseDecoder decoder = new ResponseDecoder();
    decoder.run(kind, tree);
    return decoder.out.toString();
  }

  private void run(Kind kind, JsonNode tree) throws DecodeException {
    switch (kind) {
      case ISSUE -> issue(object(tree, "$", "an issue"), "$", true);
      case SEARCH -> search(object(tree, "$", "a search page"));
      case COMMENTS -> comments(object(tree, "$", "a comment page"));
      case WORKLOGS -> worklogs(object(tree, "$", "a worklog page"));
      case CHANGELOG -> changelog(object(tree, "$", "a changelog"));
      case PROJECT -> project(object(tree, "$", "a project"));
      case AVATARS -> avatars(object(tree, "$", "a project's avatars"));
      case ROLE -> role(object(tree, "$", "a project role"));
      case GROUP_MEMBERS -> groupMembers(object(tree, "$", "a page of group members"));
      case SECURITY_LEVEL_MEMBERS -> levelMembers(object(tree, "$", "a page of security level members"));
      case VERSIONS -> versions(tree);
      case COMPONENTS -> components(tree);
      case SPRINTS -> sprints(object(tree, "$", "a page of sprints"));
      case USER -> user(object(tree, "$", "a user"));
      case SERVERINFO -> serverInfo(object(tree, "$", "serverInfo"));
      case WEBHOOK -> webhook(tree);
      default -> throw new IllegalStateException("kind " + kind);
    }
    List<Member> members = people.members();
    if (!members.isEmpty()) {
      line("people (" + members.size() + ")");
      members.forEach(m -> line("  " + m.id() + " " + quoted(m.displayName()) + (m.email() == null ? ""
          : " <" + m.email() + ">") + (m.bot() ? " bot" : "")));
    }
  }

  private void issue(JsonNode node, String path, boolean detailed) throws DecodeException {
    IssueJson.Issue issue = convert(node, IssueJson.Issue.class, path, "an issue");
    if (issue.key() == null || issue.key().isBlank()) {
      throw new DecodeException(path + ".key", "an issue needs a key");
    }
    if (issue.id() == null || issue.id().isBlank()) {
      throw new DecodeException(path + ".id", "an issue needs an id");
    }
    IssueJson.Issue withFields = issue.fields() == null || !issue.fields().isObject()
        ? new IssueJson.Issue(issue.id(), issue.key(), mapper.createObjectNode(), issue.changelog()) : issue;
    IssueJson.Fields f = convert(withFields.fields(), IssueJson.Fields.class, path + ".fields", "issue fields");
    List<IssueJson.Comment> comments = f.comment() == null || f.comment().comments() == null ? List.of()
        : f.comment().comments();
    List<IssueJson.Worklog> worklogs = f.worklog() == null || f.worklog().worklogs() == null ? List.of()
        : f.worklog().worklogs();
    List<IssueJson.History> histories = issue.changelog() == null || issue.changelog().histories() == null
        ? List.of() : issue.changelog().histories();
    for (int i = 0; i < comments.size(); i++) {
      requireId(comments.get(i).id(), path + ".fields.comment.comments[" + i + "].id", "a comment");
    }
    String flaggedId = flaggedField(node);
    IssueMapper mapping = flaggedId == null ? issues : new IssueMapper(mapper, new IssueMapper.CustomFields(null,
        flaggedId, null), statuses, people, Map.of());
    IssueMapper.Mapped mapped = mapping.map(withFields, f, comments, worklogs, histories);
    WorkItem w = mapped.item();
    if (!detailed) {
      line("  " + w.key() + "  " + or(w.type()) + "  " + or(w.status()) + " (" + category(w) + ")  assignee "
          + or(w.assigneeId()) + "  comments " + preview(comments.size(), f.comment() == null ? null
          : f.comment().total()) + "  worklogs " + preview(worklogs.size(), f.worklog() == null ? null
          : f.worklog().total()) + "  histories " + preview(histories.size(), issue.changelog() == null ? null
          : issue.changelog().total()));
      return;
    }
    line("issue " + w.key() + " (id " + issue.id() + ")");
    line("work item");
    field("key", w.key());
    field("type", w.type());
    field("summary", w.summary());
    field("status", or(w.status()) + " (" + category(w) + ")");
    field("assignee", w.assigneeId());
    field("reporter", w.reporterId());
    field("created", w.created());
    field("updated", w.updated());
    field("resolved", w.resolved());
    field("due", w.due());
    field("labels", w.labels());
    field("components", w.components());
    field("parent", w.parentKey());
    field("fix versions", w.fixVersions());
    field("sprints", w.sprints());
    field("restricted", w.restricted() ? "yes (a security level)" : "no");
    field("flagged", flaggedId == null ? "not known (no names in the issue, ?expand=names; the adapter finds the "
        + "Flagged field in /field)" : (w.flagged() ? "yes" : "no") + " (" + flaggedId + ")");
    field("description", w.description().isEmpty() ? "-" : indented(w.description()));
    line("comments: " + mapped.comments().size() + previewNote(comments.size(), f.comment() == null ? null
        : f.comment().total(), "/comment"));
    mapped.comments().forEach(this::comment);
    line("worklogs: " + mapped.worklogs().size() + previewNote(worklogs.size(), f.worklog() == null ? null
        : f.worklog().total(), "/worklog"));
    mapped.worklogs().forEach(this::worklog);
    line("transitions: " + mapped.transitions().size() + " (from " + histories.size() + " histories"
        + previewNote(histories.size(), issue.changelog() == null ? null : issue.changelog().total(), "the changelog")
        + ")");
    mapped.transitions().forEach(this::transition);
    line("links: " + mapped.links().size());
    mapped.links().forEach(this::link);
  }

  /** The id of the Flagged field, when the issue names its fields ({@code expand=names}); else {@code null}. */
  private static String flaggedField(JsonNode issue) {
    var names = issue.path("names").fields();
    while (names.hasNext()) {
      var name = names.next();
      if ("Flagged".equalsIgnoreCase(name.getValue().asText())) {
        return name.getKey();
      }
    }
    return null;
  }

  private void search(JsonNode node) throws DecodeException {
    JsonNode issuesNode = node.get("issues");
    if (issuesNode == null || !issuesNode.isArray()) {
      throw new DecodeException("$.issues", "a search page needs an issues array");
    }
    String paging;
    if (node.has("nextPageToken") || node.has("isLast")) {
      String token = node.path("nextPageToken").isTextual() ? node.get("nextPageToken").asText() : null;
      boolean last = node.path("isLast").asBoolean(false) || token == null || token.isBlank();
      paging = "token paging (Cloud): " + (last ? "the last page" : "next page token " + token);
    } else if (node.has("total") || node.has("startAt")) {
      int startAt = node.path("startAt").asInt(0);
      Integer total = node.path("total").isNumber() ? node.get("total").asInt() : null;
      boolean last = total == null || startAt + issuesNode.size() >= total;
      paging = "offset paging (Data Center): startAt " + startAt + (total == null ? "" : ", total " + total) + ", "
          + (last ? "the last page" : "more from startAt " + (startAt + issuesNode.size()));
    } else {
      paging = "no paging fields: the last page";
    }
    line("search page: " + issuesNode.size() + " issues, " + paging);
    for (int i = 0; i < issuesNode.size(); i++) {
      issue(object(issuesNode.get(i), "$.issues[" + i + "]", "an issue"), "$.issues[" + i + "]", false);
    }
  }

  private void comments(JsonNode node) throws DecodeException {
    JsonNode list = array(node, "comments", "a comment page");
    IssueJson.CommentPage page = convert(node, IssueJson.CommentPage.class, "$", "a comment page");
    for (int i = 0; i < list.size(); i++) {
      requireId(page.comments().get(i) == null ? null : page.comments().get(i).id(), "$.comments[" + i + "].id",
          "a comment");
    }
    line("comment page: " + list.size() + " comments, " + offsetPaging(page.startAt(), page.total(), list.size()));
    IssueJson.Issue holder = new IssueJson.Issue("0", "(issue)", mapper.createObjectNode(), null);
    issues.map(holder, issues.fields(holder), page.comments(), List.of(), List.of()).comments()
        .forEach(this::comment);
    skipped(list.size(), page.comments().stream().filter(c -> JiraTimes.instant(c.created()) == null).count(),
        "comment");
  }

  private void worklogs(JsonNode node) throws DecodeException {
    JsonNode list = array(node, "worklogs", "a worklog page");
    IssueJson.WorklogPage page = convert(node, IssueJson.WorklogPage.class, "$", "a worklog page");
    for (int i = 0; i < list.size(); i++) {
      requireId(page.worklogs().get(i) == null ? null : page.worklogs().get(i).id(), "$.worklogs[" + i + "].id",
          "a worklog");
    }
    line("worklog page: " + list.size() + " worklogs, " + offsetPaging(page.startAt(), page.total(), list.size()));
    IssueJson.Issue holder = new IssueJson.Issue("0", "(issue)", mapper.createObjectNode(), null);
    issues.map(holder, issues.fields(holder), List.of(), page.worklogs(), List.of()).worklogs()
        .forEach(this::worklog);
  }

  private void changelog(JsonNode node) throws DecodeException {
    List<IssueJson.History> histories = new ArrayList<>();
    String what;
    if (node.has("values")) {
      IssueJson.ChangelogBean page = convert(node, IssueJson.ChangelogBean.class, "$", "a changelog page");
      histories.addAll(page.values() == null ? List.of() : page.values());
      what = "changelog page: " + histories.size() + " histories, " + offsetPaging(page.startAt(), page.total(),
          histories.size());
    } else if (node.has("histories")) {
      IssueJson.ChangelogPage page = convert(node, IssueJson.ChangelogPage.class, "$", "a changelog");
      histories.addAll(page.histories() == null ? List.of() : page.histories());
      what = "embedded changelog: " + histories.size() + " histories" + previewNote(histories.size(), page.total(),
          "the changelog");
    } else if (node.has("issueChangeLogs")) {
      IssueJson.BulkChangelogPage page = convert(node, IssueJson.BulkChangelogPage.class, "$", "a bulk changelog");
      int issueCount = page.issueChangeLogs() == null ? 0 : page.issueChangeLogs().size();
      if (page.issueChangeLogs() != null) {
        page.issueChangeLogs().stream().filter(l -> l.changeHistories() != null)
            .forEach(l -> histories.addAll(l.changeHistories()));
      }
      what = "bulk changelog page: " + issueCount + " issues, " + histories.size() + " histories, "
          + (page.nextPageToken() == null || page.nextPageToken().isBlank() ? "the last page"
          : "next page token " + page.nextPageToken());
    } else {
      throw new DecodeException("$.values", "a changelog needs values (a page), histories (embedded) or "
          + "issueChangeLogs (bulk)");
    }
    line(what);
    IssueJson.Issue holder = new IssueJson.Issue("0", "(issue)", mapper.createObjectNode(), null);
    issues.map(holder, issues.fields(holder), List.of(), List.of(), histories).transitions()
        .forEach(this::transition);
  }

  private void project(JsonNode node) throws DecodeException {
    ProjectJson.Project p = convert(node, ProjectJson.Project.class, "$", "a project");
    if (p.key() == null || p.key().isBlank()) {
      throw new DecodeException("$.key", "a project needs a key");
    }
    line("project " + p.key() + " (id " + or(p.id()) + ")");
    field("name", p.name());
    field("description", RichText.fromWiki(p.description() == null ? "" : p.description()));
    field("lead", people.see(p.lead()));
    if (p.components() != null && !p.components().isEmpty()) {
      workPackageLines(p.components(), "the adapter reads them from /components");
    }
    versionLines(p.versions() == null ? List.of() : p.versions());
  }

  private void avatars(JsonNode node) throws DecodeException {
    if (!node.has("system") && !node.has("custom")) {
      throw new DecodeException("$.system", "a project's avatars need system or custom avatars");
    }
    ProjectJson.Avatars a = convert(node, ProjectJson.Avatars.class, "$", "avatars");
    boolean custom = a.custom() != null && a.custom().stream().anyMatch(x -> Boolean.TRUE.equals(x.isSelected()));
    boolean system = a.system() != null && a.system().stream().anyMatch(x -> Boolean.TRUE.equals(x.isSelected()));
    line("avatars: " + (a.system() == null ? 0 : a.system().size()) + " system, "
        + (a.custom() == null ? 0 : a.custom().size()) + " custom");
    field("selected", custom ? "a custom avatar (a logo: customLogo true)" : system
        ? "a system avatar (customLogo false)" : "none marked selected (the adapter records a data gap)");
  }

  private void role(JsonNode node) throws DecodeException {
    if (!node.has("name") && !node.has("id")) {
      throw new DecodeException("$.name", "a project role needs a name or an id");
    }
    ProjectJson.Role role = convert(node, ProjectJson.Role.class, "$", "a project role");
    List<RoleActors.Actor> actors = RoleActors.of(role);
    line("role " + or(role.name()) + " (id " + or(role.id()) + "): " + actors.size() + " actors");
    for (RoleActors.Actor actor : actors) {
      if (actor instanceof RoleActors.GroupActor group) {
        line("  group " + or(group.name()) + (group.groupId() == null ? "" : " (id " + group.groupId() + ")")
            + ": its members hold the role");
      } else if (actor instanceof RoleActors.UserActor user) {
        line("  user " + or(people.seeId(user.id(), user.displayName())) + " " + quoted(user.displayName()));
      }
    }
  }

  private void components(JsonNode tree) throws DecodeException {
    JsonNode list = tree.isArray() ? tree : tree.isObject() && tree.path("values").isArray() ? tree.get("values")
        : null;
    if (list == null) {
      throw new DecodeException(tree.isObject() ? "$.values" : "$", "components are an array, or a page with values");
    }
    List<ProjectJson.Component> components = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = (tree.isArray() ? "$" : "$.values") + "[" + i + "]";
      ProjectJson.Component c = convert(object(list.get(i), at, "a component"), ProjectJson.Component.class, at,
          "a component");
      if (c.name() == null || c.name().isBlank()) {
        throw new DecodeException(at + ".name", "a component needs a name");
      }
      components.add(c);
    }
    workPackageLines(components, null);
  }

  private void workPackageLines(List<ProjectJson.Component> components, String note) {
    line("work packages (components): " + components.size() + (note == null ? "" : " (" + note + ")"));
    for (ProjectJson.Component c : components) {
      String lead = people.see(c.lead());
      line("  " + or(c.id()) + " " + quoted(c.name()) + ", " + (lead == null ? "no lead" : "lead " + lead));
    }
  }

  private void groupMembers(JsonNode node) throws DecodeException {
    JsonNode list = array(node, "values", "a page of group members");
    ProjectJson.ValuesPage<UserJson> page = convert(node, mapper.getTypeFactory()
        .constructParametricType(ProjectJson.ValuesPage.class, UserJson.class), "$", "a page of group members");
    line("group members: " + list.size() + ", " + valuesPaging(page));
    page.values().forEach(people::see);
  }

  /** A page of security level members: each holder by type, and what it names (user, group, role id). */
  private void levelMembers(JsonNode node) throws DecodeException {
    JsonNode list = array(node, "values", "a page of security level members");
    ProjectJson.ValuesPage<org.mutuality.jira.api.SecurityJson.LevelMember> page = convert(node,
        mapper.getTypeFactory().constructParametricType(ProjectJson.ValuesPage.class,
            org.mutuality.jira.api.SecurityJson.LevelMember.class), "$", "a page of security level members");
    line("security level members: " + list.size() + ", " + valuesPaging(page));
    for (int i = 0; i < page.values().size(); i++) {
      var m = page.values().get(i);
      if (m.holder() == null || m.holder().type() == null) {
        throw new DecodeException("$.values[" + i + "].holder.type", "a security level member needs a holder type");
      }
      var h = m.holder();
      String what = switch (h.type()) {
        case "user" -> "user " + or(h.user() != null ? people.see(h.user()) : h.value());
        case "group" -> "group " + quoted(h.group() != null && h.group().name() != null ? h.group().name()
            : h.parameter());
        case "projectRole" -> "role " + (h.projectRole() != null && h.projectRole().name() != null
            ? quoted(h.projectRole().name()) : "id " + or(h.value()));
        default -> h.type() + (h.parameter() == null ? "" : " " + h.parameter());
      };
      line("  level " + or(m.issueSecurityLevelId()) + ": " + what);
    }
  }

  private void versions(JsonNode tree) throws DecodeException {
    JsonNode list = tree.isArray() ? tree : tree.isObject() && tree.path("values").isArray() ? tree.get("values")
        : null;
    if (list == null) {
      throw new DecodeException(tree.isObject() ? "$.values" : "$", "versions are an array, or a page with values");
    }
    List<ProjectJson.Version> versions = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      ProjectJson.Version v = convert(list.get(i), ProjectJson.Version.class, "$[" + i + "]", "a version");
      if (v.id() == null) {
        throw new DecodeException((tree.isArray() ? "$" : "$.values") + "[" + i + "].id", "a version needs an id");
      }
      versions.add(v);
    }
    versionLines(versions);
  }

  private void versionLines(List<ProjectJson.Version> versions) {
    line("milestones (versions): " + versions.size());
    for (ProjectJson.Version v : versions) {
      line("  " + v.id() + " " + quoted(v.name()) + ", release date " + or(JiraTimes.date(v.releaseDate())) + ", "
          + (Boolean.TRUE.equals(v.released()) ? "released" : "not released")
          + (Boolean.TRUE.equals(v.archived()) ? ", archived" : ""));
    }
  }

  private void sprints(JsonNode node) throws DecodeException {
    JsonNode list = array(node, "values", "a page of sprints");
    ProjectJson.ValuesPage<ProjectJson.Sprint> page = convert(node, mapper.getTypeFactory()
        .constructParametricType(ProjectJson.ValuesPage.class, ProjectJson.Sprint.class), "$", "a page of sprints");
    line("sprints (iterations): " + list.size() + ", " + valuesPaging(page));
    for (ProjectJson.Sprint s : page.values()) {
      line("  " + or(s.id()) + " " + quoted(s.name()) + ", " + or(s.state()) + ", " + or(JiraTimes.instant(
          s.startDate())) + " to " + or(JiraTimes.instant(s.endDate())) + (s.completeDate() == null ? ""
          : ", completed " + JiraTimes.instant(s.completeDate())) + (s.goal() == null || s.goal().isBlank()
          ? ", no goal" : ", goal " + quoted(s.goal())));
    }
  }

  private void user(JsonNode node) throws DecodeException {
    UserJson user = convert(node, UserJson.class, "$", "a user");
    if (People.idOf(user) == null) {
      throw new DecodeException("$.accountId", "a user needs an accountId (Cloud), a key or a name (Data Center)");
    }
    line("user " + people.see(user) + (Boolean.FALSE.equals(user.active()) ? " (inactive)" : ""));
  }

  private void serverInfo(JsonNode node) throws DecodeException {
    if (!node.has("deploymentType") && !node.has("version")) {
      throw new DecodeException("$.deploymentType", "serverInfo needs a deploymentType or a version");
    }
    ServerJson.ServerInfo info = convert(node, ServerJson.ServerInfo.class, "$", "serverInfo");
    org.mutuality.jira.api.Flavor flavor = org.mutuality.jira.api.Flavor.of(info);
    line("server " + or(info.baseUrl()));
    field("flavour", (flavor == org.mutuality.jira.api.Flavor.CLOUD ? "Cloud" : "Data Center") + " ("
        + or(info.deploymentType()) + ", version " + or(info.version()) + "): REST " + flavor.api() + ", "
        + (flavor == org.mutuality.jira.api.Flavor.CLOUD ? "/search/jql with token paging"
        : "/search with offset paging"));
    field("captured at", JiraTimes.instant(info.serverTime()) == null
        ? "not said (the adapter uses this machine's clock)" : JiraTimes.instant(info.serverTime()).toString());
  }

  private void webhook(JsonNode tree) throws DecodeException {
    WebhookEvent e = WebhookEvent.parse(tree, mapper, people);
    line("webhook " + (e.event() == null ? "(no webhookEvent: a bare issue payload)" : e.event())
        + (e.timestamp() == null ? "" : " at " + e.timestamp()));
    if (!e.handled()) {
      line("note: Mutuality does not handle " + e.event() + " events; it would ignore this one");
    }
    field("issue", e.issueKey() == null ? "-" : e.issueKey() + " (id " + e.issueId() + ")");
    field("event type", e.issueEventType());
    field("by", e.userId());
    if (e.item() != null) {
      field("status", or(e.item().status()) + " (" + category(e.item()) + ")");
      field("assignee", e.item().assigneeId());
    }
    if (e.comment() != null) {
      line("comment");
      comment(e.comment());
    }
    line("transitions: " + e.transitions().size());
    e.transitions().forEach(this::transition);
  }

  private void comment(Comment c) {
    Visibility v = c.visibility();
    String text = v == null ? "open: " + c.body().replace("\n", "\n      ")
        : "restricted to " + v.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + v.name() + " ("
        + c.body().codePointCount(0, c.body().length()) + " characters)";
    line("  " + c.id() + " by " + or(c.authorId()) + " at " + c.created() + ", " + text);
  }

  private void worklog(Worklog w) {
    Visibility v = w.visibility();
    line("  " + w.id() + " by " + or(w.authorId()) + " started " + w.started() + ", " + hours(w.seconds()) + " h, "
        + (v == null ? "open" : "restricted to " + v.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
        + v.name()));
  }

  private void transition(Transition t) {
    line("  " + t.at() + " by " + or(t.authorId()) + ": " + t.field() + " " + or(t.oldValue()) + " -> "
        + or(t.newValue()) + (t.newCategory() == null ? "" : " (" + lower(t.newCategory()) + ")"));
  }

  private void link(Dependency d) {
    line("  " + d.fromKey() + " " + lower(d.type()) + " " + d.toKey());
  }

  private static String hours(long seconds) {
    return java.math.BigDecimal.valueOf(seconds).divide(java.math.BigDecimal.valueOf(3600), 2,
        java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String category(WorkItem w) {
    return lower(w.statusCategory());
  }

  private static String preview(int embedded, Integer total) {
    return total == null ? String.valueOf(embedded) : embedded + "/" + total;
  }

  private static String previewNote(int embedded, Integer total, String endpoint) {
    return total != null && total > embedded ? " (" + embedded + " of " + total + " embedded: the adapter pages the "
        + "rest from " + endpoint + ")" : "";
  }

  private static String offsetPaging(Integer startAt, Integer total, int size) {
    int from = startAt == null ? 0 : startAt;
    if (total == null) {
      return "no total: the last page";
    }
    return "startAt " + from + ", total " + total + ", " + (from + size >= total || size == 0 ? "the last page"
        : "more from startAt " + (from + size));
  }

  private static String valuesPaging(ProjectJson.ValuesPage<?> page) {
    if (page.isLast() == null && page.total() == null) {
      return "no paging fields: the last page";
    }
    int from = page.startAt() == null ? 0 : page.startAt();
    boolean last = Boolean.TRUE.equals(page.isLast()) || page.total() != null
        && from + page.values().size() >= page.total();
    return "startAt " + from + (page.total() == null ? "" : ", total " + page.total()) + ", "
        + (last ? "the last page" : "more from startAt " + (from + page.values().size()));
  }

  private void skipped(int all, long withoutTime, String what) {
    if (withoutTime > 0) {
      line("note: " + withoutTime + " of " + all + " " + what + "s have no readable time and are left out, as the "
          + "adapter does");
    }
  }

  private static JsonNode object(JsonNode node, String path, String what) throws DecodeException {
    if (node == null || !node.isObject()) {
      throw new DecodeException(path, what + " is a JSON object, not " + describe(node));
    }
    return node;
  }

  private static JsonNode array(JsonNode node, String name, String what) throws DecodeException {
    JsonNode list = node.get(name);
    if (list == null || !list.isArray()) {
      throw new DecodeException("$." + name, what + " needs a " + name + " array");
    }
    return list;
  }

  private static void requireId(String id, String path, String what) throws DecodeException {
    if (id == null || id.isBlank()) {
      throw new DecodeException(path, what + " needs an id");
    }
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    return node.isArray() ? "an array" : node.isTextual() ? "a string" : node.isNumber() ? "a number" : "a value";
  }

  private <T> T convert(JsonNode node, Class<T> type, String path, String what) throws DecodeException {
    return convert(node, mapper.constructType(type), path, what);
  }

  private <T> T convert(JsonNode node, com.fasterxml.jackson.databind.JavaType type, String path, String what)
      throws DecodeException {
    try {
      return mapper.convertValue(node, type);
    } catch (IllegalArgumentException e) {
      String at = path;
      String message = e.getMessage();
      if (e.getCause() instanceof JsonMappingException m) {
        at = path + m.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
            : "[" + r.getIndex() + "]").collect(Collectors.joining());
        message = m.getOriginalMessage();
      }
      throw new DecodeException(at, "not " + what + ": " + message.lines().findFirst().orElse(""));
    }
  }

  /** Text whose lines after the first line up under a field's value; blank lines stay empty. */
  private static String indented(String text) {
    return text.lines().map(l -> l.isBlank() ? "" : l).collect(Collectors.joining("\n")).replaceAll("\n(?=.)",
        "\n" + " ".repeat(15));
  }

  private void field(String name, Object value) {
    String text = value == null ? "-" : value instanceof List<?> l && l.isEmpty() ? "[]" : value.toString();
    line("  " + String.format("%-13s", name) + text);
  }

  private static String or(Object value) {
    return value == null ? "-" : value.toString();
  }

  private static String quoted(String text) {
    return text == null ? "-" : "\"" + text + "\"";
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
