package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutuality.sandbox.site.ChangeItem;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.Component;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.IssueLink;
import org.mutuality.sandbox.site.IssueType;
import org.mutuality.sandbox.site.LinkType;
import org.mutuality.sandbox.site.Priority;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.Resolution;
import org.mutuality.sandbox.site.SecurityLevel;
import org.mutuality.sandbox.site.Sprint;
import org.mutuality.sandbox.site.Status;
import org.mutuality.sandbox.site.Version;
import org.mutuality.sandbox.site.Visibility;
import org.mutuality.sandbox.site.Worklog;

/** Issue beans and the objects inside them, per flavour and REST version. */
final class IssueJson {
  static final String EXPAND = "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations";

  /** Where an issue is rendered, which decides how much changelog is embedded. */
  enum Context {
    /** {@code GET /issue/{key}}. */
    ISSUE,
    /** Search, bulk fetch and sprint issues. */
    SEARCH
  }

  private IssueJson() {
  }

  /** @return the compact bean Cloud's {@code /search/jql} answers when only ids are asked for */
  static ObjectNode idOnly(Issue issue) {
    ObjectNode node = Json.object();
    node.put("id", issue.id());
    return node;
  }

  /** @return the issue bean with the selected fields and expansions */
  static ObjectNode issue(Call call, Issue issue, FieldSelection fields, Set<String> expand, Context context) {
    ObjectNode node = Json.object();
    node.put("expand", EXPAND);
    node.put("id", issue.id());
    node.put("self", call.api("/issue/" + issue.id()));
    node.put("key", issue.key());
    if (expand.contains("changelog")) {
      node.set("changelog", changelogPreview(call, issue, context));
    }
    node.set("fields", fields(call, issue, fields));
    if (expand.contains("names")) {
      ObjectNode names = node.putObject("names");
      for (String id : fields.ids()) {
        FieldCatalog.byId(call.flavor(), id).ifPresent(f -> names.put(f.id(), f.name()));
      }
    }
    return node;
  }

  static ObjectNode fields(Call call, Issue issue, FieldSelection selection) {
    ObjectNode fields = Json.object();
    Project project = call.site().projectOf(issue);
    for (String id : selection.ids()) {
      JsonNode value = field(call, issue, project, id);
      if (value != null) {
        fields.set(id, value);
      }
    }
    return fields;
  }

  private static JsonNode field(Call call, Issue issue, Project project, String id) {
    switch (id) {
      case "summary":
        return Json.object().textNode(issue.summary());
      case "issuetype":
        return issueType(call, call.site().issueType(issue.typeId()));
      case "project":
        return ProjectJson.ref(call, project);
      case "status":
        return status(call, call.site().status(issue.statusId()));
      case "priority":
        return priority(call, call.site().priority(issue.priorityId()));
      case "resolution":
        return issue.resolutionId() == null ? NullNode.instance
            : resolution(call, call.site().resolution(issue.resolutionId()));
      case "resolutiondate":
        return text(Formats.time(issue.resolved()));
      case "assignee":
        return UserJson.ref(call, issue.assigneeId());
      case "reporter":
      case "creator":
        return UserJson.ref(call, issue.reporterId());
      case "created":
        return text(Formats.time(issue.created()));
      case "updated":
        return text(Formats.time(issue.updated()));
      case "duedate":
        return text(Formats.date(issue.due()));
      case "labels":
        ArrayNode labels = Json.array();
        issue.labels().forEach(labels::add);
        return labels;
      case "components":
        ArrayNode components = Json.array();
        for (String componentId : issue.componentIds()) {
          project.components().stream().filter(c -> c.id().equals(componentId)).findFirst()
              .ifPresent(c -> components.add(componentRef(call, c)));
        }
        return components;
      case "fixVersions":
        ArrayNode versions = Json.array();
        for (String versionId : issue.fixVersionIds()) {
          project.versions().stream().filter(v -> v.id().equals(versionId)).findFirst()
              .ifPresent(v -> versions.add(versionRef(call, v)));
        }
        return versions;
      case "description":
        return call.richText(issue.description());
      case "comment":
        return commentPreview(call, issue, project);
      case "worklog":
        return worklogPreview(call, issue, project);
      case "issuelinks":
        return links(call, issue);
      case "security":
        return issue.securityLevelId() == null ? NullNode.instance
            : securityLevel(call, call.site().securityLevel(project, issue.securityLevelId()));
      case "parent":
        return issue.parentKey() == null ? null
            : call.site().issue(issue.parentKey()).<JsonNode>map(p -> linkedIssue(call, p)).orElse(null);
      default:
        if (id.equals(FieldCatalog.sprintField(call.flavor()))) {
          return sprints(call, issue);
        }
        if (id.equals(FieldCatalog.flaggedField(call.flavor()))) {
          return flagged(call, issue);
        }
        if (id.equals(FieldCatalog.PARTICIPANTS)) {
          if (issue.participantIds().isEmpty()) {
            return NullNode.instance;
          }
          ArrayNode users = Json.array();
          issue.participantIds().forEach(p -> users.add(UserJson.ref(call, p)));
          return users;
        }
        if (id.equals(FieldCatalog.PARTNER)) {
          return issue.partnerOptionId() == null ? NullNode.instance
              : option(call, FieldCatalog.partnerOption(issue.partnerOptionId()).orElseThrow());
        }
        return null;
    }
  }

  /** @return a select list's option as issues show it: self, value, id */
  private static ObjectNode option(Call call, FieldCatalog.Option option) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/customFieldOption/" + option.id()));
    node.put("value", option.value());
    node.put("id", option.id());
    return node;
  }

  private static JsonNode text(String value) {
    return value == null ? NullNode.instance : Json.object().textNode(value);
  }

  static ObjectNode issueType(Call call, IssueType type) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/issuetype/" + type.id()));
    node.put("id", type.id());
    node.put("description", type.description());
    node.put("iconUrl", call.base() + "/secure/viewavatar?size=medium&avatarId=10318&avatarType=issuetype");
    node.put("name", type.name());
    node.put("subtask", type.subtask());
    node.put("avatarId", 10318);
    if (call.cloud()) {
      node.put("hierarchyLevel", type.hierarchyLevel());
    }
    return node;
  }

  static ObjectNode status(Call call, Status status) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/status/" + status.id()));
    node.put("description", "");
    node.put("iconUrl", call.base() + "/images/icons/statuses/generic.png");
    node.put("name", status.name());
    node.put("id", status.id());
    ObjectNode category = node.putObject("statusCategory");
    category.put("self", call.api("/statuscategory/" + status.category().id()));
    category.put("id", status.category().id());
    category.put("key", status.category().key());
    category.put("colorName", status.category().colorName());
    category.put("name", status.category().displayName());
    return node;
  }

  private static ObjectNode priority(Call call, Priority priority) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/priority/" + priority.id()));
    node.put("iconUrl", call.base() + "/images/icons/priorities/" + priority.name().toLowerCase() + ".svg");
    node.put("name", priority.name());
    node.put("id", priority.id());
    return node;
  }

  private static ObjectNode resolution(Call call, Resolution resolution) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/resolution/" + resolution.id()));
    node.put("id", resolution.id());
    node.put("description", resolution.description());
    node.put("name", resolution.name());
    return node;
  }

  private static ObjectNode componentRef(Call call, Component component) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/component/" + component.id()));
    node.put("id", component.id());
    node.put("name", component.name());
    if (!component.description().isEmpty()) {
      node.put("description", component.description());
    }
    return node;
  }

  /** @return what every version object starts with: {@code self, id, description, name, archived, released} */
  static ObjectNode versionBase(Call call, Version version) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/version/" + version.id()));
    node.put("id", version.id());
    node.put("description", version.description());
    node.put("name", version.name());
    node.put("archived", version.archived());
    node.put("released", version.released());
    return node;
  }

  private static ObjectNode versionRef(Call call, Version version) {
    ObjectNode node = versionBase(call, version);
    if (version.releaseDate() != null) {
      node.put("releaseDate", Formats.date(version.releaseDate()));
    }
    return node;
  }

  private static ObjectNode securityLevel(Call call, SecurityLevel level) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/securitylevel/" + level.id()));
    node.put("id", level.id());
    node.put("description", level.description());
    node.put("name", level.name());
    return node;
  }

  /** @return the comments the viewer may see, oldest first */
  static List<Comment> visibleComments(Call call, Issue issue, Project project) {
    return issue.comments().stream().filter(c -> call.site().canSee(call.viewer(), project, c.visibility()))
        .collect(Collectors.toList());
  }

  /** @return the worklogs the viewer may see, oldest first */
  static List<Worklog> visibleWorklogs(Call call, Issue issue, Project project) {
    return issue.worklogs().stream().filter(w -> call.site().canSee(call.viewer(), project, w.visibility()))
        .collect(Collectors.toList());
  }

  private static ObjectNode commentPreview(Call call, Issue issue, Project project) {
    List<Comment> visible = visibleComments(call, issue, project);
    int shown = Math.min(visible.size(), call.limits().commentPreview());
    ObjectNode page = Json.object();
    ArrayNode comments = page.putArray("comments");
    visible.subList(0, shown).forEach(c -> comments.add(comment(call, issue, project, c)));
    if (call.cloud()) {
      page.put("self", call.api("/issue/" + issue.id() + "/comment"));
    }
    page.put("maxResults", shown);
    page.put("total", visible.size());
    page.put("startAt", 0);
    return page;
  }

  private static ObjectNode worklogPreview(Call call, Issue issue, Project project) {
    List<Worklog> visible = visibleWorklogs(call, issue, project);
    int shown = Math.min(visible.size(), call.limits().worklogPreview());
    ObjectNode page = Json.object();
    page.put("startAt", 0);
    page.put("maxResults", call.limits().worklogPreview());
    page.put("total", visible.size());
    ArrayNode worklogs = page.putArray("worklogs");
    visible.subList(0, shown).forEach(w -> worklogs.add(worklog(call, issue, project, w)));
    return page;
  }

  static ObjectNode comment(Call call, Issue issue, Project project, Comment comment) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/issue/" + issue.id() + "/comment/" + comment.id()));
    node.put("id", comment.id());
    node.set("author", UserJson.ref(call, comment.authorId()));
    node.set("body", call.richText(comment.body()));
    node.set("updateAuthor", UserJson.ref(call, comment.updateAuthorId()));
    node.put("created", Formats.time(comment.created()));
    node.put("updated", Formats.time(comment.updated()));
    if (comment.visibility() != null) {
      node.set("visibility", visibility(call, comment.visibility()));
    }
    if (call.cloud()) {
      node.put("jsdPublic", true);
    }
    return node;
  }

  static ObjectNode worklog(Call call, Issue issue, Project project, Worklog worklog) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/issue/" + issue.id() + "/worklog/" + worklog.id()));
    node.set("author", UserJson.ref(call, worklog.authorId()));
    node.set("updateAuthor", UserJson.ref(call, worklog.authorId()));
    if (!worklog.comment().isEmpty()) {
      node.set("comment", call.richText(worklog.comment()));
    }
    node.put("created", Formats.time(worklog.created()));
    node.put("updated", Formats.time(worklog.created()));
    node.put("started", Formats.time(worklog.started()));
    node.put("timeSpent", Formats.duration(worklog.timeSpentSeconds()));
    node.put("timeSpentSeconds", worklog.timeSpentSeconds());
    node.put("id", worklog.id());
    node.put("issueId", issue.id());
    if (worklog.visibility() != null) {
      node.set("visibility", visibility(call, worklog.visibility()));
    }
    return node;
  }

  /** Cloud adds {@code identifier} (the group id, or the role name); Data Center sends only type and value. */
  static ObjectNode visibility(Call call, Visibility visibility) {
    ObjectNode node = Json.object();
    node.put("type", visibility.type());
    node.put("value", visibility.value());
    if (call.cloud()) {
      String identifier = "group".equals(visibility.type())
          ? call.site().groupByName(visibility.value()).map(g -> g.groupId()).orElse(visibility.value())
          : visibility.value();
      node.put("identifier", identifier);
    }
    return node;
  }

  /**
   * The embedded changelog. Cloud: most recent first, capped (40 in search and bulk fetch, 100 on GET issue);
   * Data Center: every history, oldest first (it has no changelog paging endpoint).
   */
  private static ObjectNode changelogPreview(Call call, Issue issue, Context context) {
    List<History> histories = new ArrayList<>(issue.histories());
    int cap = histories.size();
    if (call.cloud()) {
      histories.sort(Comparator.comparing(History::created).thenComparing(h -> Long.parseLong(h.id())).reversed());
      cap = context == Context.SEARCH ? call.limits().cloudSearchChangelogPreview()
          : call.limits().cloudIssueChangelogPreview();
    }
    int shown = Math.min(cap, histories.size());
    ObjectNode page = Json.object();
    page.put("startAt", 0);
    page.put("maxResults", shown);
    page.put("total", histories.size());
    ArrayNode out = page.putArray("histories");
    histories.subList(0, shown).forEach(h -> out.add(history(call, h)));
    return page;
  }

  static ObjectNode history(Call call, History history) {
    ObjectNode node = Json.object();
    node.put("id", history.id());
    node.set("author", UserJson.ref(call, history.authorId()));
    node.put("created", Formats.time(history.created()));
    ArrayNode items = node.putArray("items");
    for (ChangeItem item : history.items()) {
      ObjectNode i = items.addObject();
      i.put("field", item.field());
      i.put("fieldtype", item.fieldtype());
      if (call.cloud() && item.fieldId() != null) {
        i.put("fieldId", item.fieldId());
      }
      boolean userField = item.field().equals("assignee") || item.field().equals("reporter");
      i.put("from", userField ? userValue(call, item.from()) : item.from());
      i.put("fromString", item.fromText());
      i.put("to", userField ? userValue(call, item.to()) : item.to());
      i.put("toString", item.toText());
    }
    return node;
  }

  /** Changelog user values: the account id on Cloud, the user key on Data Center. */
  private static String userValue(Call call, String accountId) {
    if (accountId == null || call.cloud()) {
      return accountId;
    }
    return call.site().user(accountId).map(u -> u.key()).orElse(accountId);
  }

  private static ArrayNode links(Call call, Issue issue) {
    ArrayNode out = Json.array();
    for (IssueLink link : call.site().linksOf(issue)) {
      boolean outward = link.sourceKey().equals(issue.key());
      String otherKey = outward ? link.destinationKey() : link.sourceKey();
      Issue other = call.site().issue(otherKey).orElse(null);
      if (other == null || !call.site().canSee(call.viewer(), other)) {
        continue;
      }
      LinkType type = call.site().linkType(link.typeId());
      ObjectNode node = out.addObject();
      node.put("id", link.id());
      node.put("self", call.api("/issueLink/" + link.id()));
      node.set("type", linkType(call, type));
      node.set(outward ? "outwardIssue" : "inwardIssue", linkedIssue(call, other));
    }
    return out;
  }

  static ObjectNode linkType(Call call, LinkType type) {
    ObjectNode node = Json.object();
    node.put("id", type.id());
    node.put("name", type.name());
    node.put("inward", type.inward());
    node.put("outward", type.outward());
    node.put("self", call.api("/issueLinkType/" + type.id()));
    return node;
  }

  private static ObjectNode linkedIssue(Call call, Issue other) {
    ObjectNode node = Json.object();
    node.put("id", other.id());
    node.put("key", other.key());
    node.put("self", call.api("/issue/" + other.id()));
    ObjectNode fields = node.putObject("fields");
    fields.put("summary", other.summary());
    fields.set("status", status(call, call.site().status(other.statusId())));
    fields.set("priority", priority(call, call.site().priority(other.priorityId())));
    fields.set("issuetype", issueType(call, call.site().issueType(other.typeId())));
    return node;
  }

  /** Cloud: JSON sprint objects; Data Center: the legacy {@code toString} strings Jira Server still sends. */
  private static JsonNode sprints(Call call, Issue issue) {
    if (issue.sprintIds().isEmpty()) {
      return NullNode.instance;
    }
    ArrayNode out = Json.array();
    for (long id : issue.sprintIds()) {
      Sprint sprint = call.site().sprint(id).orElseThrow();
      if (call.cloud()) {
        ObjectNode node = out.addObject();
        node.put("id", sprint.id());
        node.put("name", sprint.name());
        node.put("state", sprint.state());
        node.put("boardId", sprint.boardId());
        node.put("goal", sprint.goal() == null ? "" : sprint.goal());
        if (sprint.start() != null) {
          node.put("startDate", Formats.agileTime(sprint.start()));
          node.put("endDate", Formats.agileTime(sprint.end()));
        }
        if (sprint.complete() != null) {
          node.put("completeDate", Formats.agileTime(sprint.complete()));
        }
      } else {
        out.add(String.format("com.atlassian.greenhopper.service.sprint.Sprint@%08x[id=%d,rapidViewId=%d,state=%s,"
                + "name=%s,startDate=%s,endDate=%s,completeDate=%s,sequence=%d,goal=%s]",
            0x5a17c0de ^ sprint.id(), sprint.id(), sprint.boardId(), sprint.state().toUpperCase(), sprint.name(),
            orNull(Formats.agileTime(sprint.start())), orNull(Formats.agileTime(sprint.end())),
            orNull(Formats.agileTime(sprint.complete())), sprint.id(), orNull(sprint.goal())));
      }
    }
    return out;
  }

  private static String orNull(String value) {
    return value == null ? "<null>" : value;
  }

  private static JsonNode flagged(Call call, Issue issue) {
    if (!issue.flagged()) {
      return NullNode.instance;
    }
    ArrayNode out = Json.array();
    ObjectNode option = out.addObject();
    String optionId = call.cloud() ? "10019" : "10000";
    option.put("self", call.api("/customFieldOption/" + optionId));
    option.put("value", "Impediment");
    option.put("id", optionId);
    return out;
  }
}
