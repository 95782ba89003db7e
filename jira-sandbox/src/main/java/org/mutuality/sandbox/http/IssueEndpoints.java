package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.site.ChangeItem;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.Worklog;

/**
 * One issue and its paged parts: {@code GET /issue/{key}}, {@code /comment}, {@code /worklog}, Cloud-only
 * {@code /changelog}, Cloud's {@code POST /issue/bulkfetch} and {@code POST /changelog/bulkfetch}.
 */
final class IssueEndpoints {
  private static final Set<Flavor> CLOUD = Set.of(Flavor.CLOUD);
  private static final Router.Access AUTH = Router.Access.AUTHENTICATED;

  private IssueEndpoints() {
  }

  static void register(Router router) {
    router.get("/rest/api/{v}/issue/{issueIdOrKey}", IssueEndpoints::issue);
    router.get("/rest/api/{v}/issue/{issueIdOrKey}/comment", IssueEndpoints::comments);
    router.get("/rest/api/{v}/issue/{issueIdOrKey}/comment/{id}", IssueEndpoints::comment);
    router.get("/rest/api/{v}/issue/{issueIdOrKey}/worklog", IssueEndpoints::worklogs);
    router.add("GET", "/rest/api/{v}/issue/{issueIdOrKey}/changelog", CLOUD, AUTH, IssueEndpoints::changelog);
    router.add("POST", "/rest/api/{v}/issue/bulkfetch", CLOUD, AUTH, IssueEndpoints::bulkFetch);
    router.add("POST", "/rest/api/{v}/changelog/bulkfetch", CLOUD, AUTH, IssueEndpoints::changelogBulkFetch);
  }

  /** @return the issue, if it exists and the viewer may see it; else Jira's 404 */
  static Issue visibleIssue(Call call, String keyOrId) {
    return call.site().issue(keyOrId).filter(i -> call.site().canSee(call.viewer(), i))
        .orElseThrow(ApiError::issueNotFound);
  }

  private static Reply issue(Call call) {
    Issue issue = visibleIssue(call, call.path("issueIdOrKey"));
    FieldSelection fields = FieldSelection.parse(call.flavor(), call.listParam("fields"), "*all");
    Set<String> expand = new LinkedHashSet<>(call.listParam("expand"));
    return Reply.ok(IssueJson.issue(call, issue, fields, expand, IssueJson.Context.ISSUE));
  }

  /** Oldest first by default; {@code orderBy=-created} reverses; anything else is a 400. */
  private static Reply comments(Call call) {
    Issue issue = visibleIssue(call, call.path("issueIdOrKey"));
    Project project = call.site().projectOf(issue);
    List<Comment> visible = new ArrayList<>(IssueJson.visibleComments(call, issue, project));
    String orderBy = call.param("orderBy");
    if (orderBy != null) {
      if (orderBy.equals("-created")) {
        visible.sort(Comparator.comparing(Comment::created).reversed());
      } else if (!orderBy.equals("created") && !orderBy.equals("+created")) {
        throw ApiError.badRequest("Invalid orderBy value: '" + orderBy + "'. Valid values are 'created', "
            + "'-created' and '+created'.");
      }
    }
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 100, 5000);
    ArrayNode comments = Json.array();
    Pages.slice(visible, startAt, max).forEach(c -> comments.add(IssueJson.comment(call, issue, project, c)));
    return Reply.ok(Pages.offsetPage(startAt, max, visible.size(), "comments", comments));
  }

  private static Reply comment(Call call) {
    Issue issue = visibleIssue(call, call.path("issueIdOrKey"));
    Project project = call.site().projectOf(issue);
    return Reply.ok(IssueJson.comment(call, issue, project, visibleComment(call, issue, project)));
  }

  /** @return the comment of the path's {@code id}, if the viewer may see it; else Jira's 404 */
  static Comment visibleComment(Call call, Issue issue, Project project) {
    return IssueJson.visibleComments(call, issue, project).stream()
        .filter(c -> c.id().equals(call.path("id"))).findFirst()
        .orElseThrow(() -> ApiError.notFound("Can not find a comment for the id: " + call.path("id") + "."));
  }

  /** {@code startedAfter}/{@code startedBefore} are epoch milliseconds. */
  private static Reply worklogs(Call call) {
    Issue issue = visibleIssue(call, call.path("issueIdOrKey"));
    Project project = call.site().projectOf(issue);
    long after = longParam(call, "startedAfter", Long.MIN_VALUE);
    long before = longParam(call, "startedBefore", Long.MAX_VALUE);
    List<Worklog> visible = IssueJson.visibleWorklogs(call, issue, project).stream()
        .filter(w -> w.started().toEpochMilli() >= after && w.started().toEpochMilli() < before)
        .collect(Collectors.toList());
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 5000, 5000);
    ArrayNode worklogs = Json.array();
    Pages.slice(visible, startAt, max).forEach(w -> worklogs.add(IssueJson.worklog(call, issue, project, w)));
    return Reply.ok(Pages.offsetPage(startAt, max, visible.size(), "worklogs", worklogs));
  }

  private static long longParam(Call call, String name, long fallback) {
    String value = call.param(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("The value '" + value + "' is not valid for the parameter '" + name + "'.");
    }
  }

  /** Cloud only, oldest first, {@code PageBeanChangelog}. */
  private static Reply changelog(Call call) {
    Issue issue = visibleIssue(call, call.path("issueIdOrKey"));
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 100, 100);
    ArrayNode values = Json.array();
    Pages.slice(issue.histories(), startAt, max).forEach(h -> values.add(IssueJson.history(call, h)));
    return Reply.ok(Pages.pageBean(call.api("/issue/" + issue.key() + "/changelog"), startAt, max,
        issue.histories().size(), values));
  }

  private static List<String> idsOrKeys(JsonNode body, int cap) {
    JsonNode ids = body.path("issueIdsOrKeys");
    if (!ids.isArray() || ids.isEmpty()) {
      throw ApiError.badRequest("No issue IDs or keys were provided.");
    }
    if (ids.size() > cap) {
      throw ApiError.badRequest("The number of issue IDs or keys requested (" + ids.size()
          + ") exceeds the maximum of " + cap + ".");
    }
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(id.asText()));
    return out;
  }

  /** Issues come back in ascending id order; missing or hidden ones as {@code issueErrors}. */
  private static Reply bulkFetch(Call call) {
    JsonNode body = call.json();
    List<String> requested = idsOrKeys(body, call.limits().bulkFetchMaxIssues());
    List<String> fieldTokens = new ArrayList<>();
    body.path("fields").forEach(f -> {
      for (String part : f.asText().split(",")) {
        if (!part.isBlank()) {
          fieldTokens.add(part.trim());
        }
      }
    });
    Set<String> expand = new LinkedHashSet<>();
    body.path("expand").forEach(e -> expand.add(e.asText().trim()));
    FieldSelection fields = FieldSelection.parse(call.flavor(), fieldTokens, "*navigable");
    Map<String, Issue> found = new LinkedHashMap<>();
    ArrayNode errors = Json.array();
    for (String idOrKey : requested) {
      Issue issue = call.site().issue(idOrKey).filter(i -> call.site().canSee(call.viewer(), i)).orElse(null);
      if (issue == null) {
        ObjectNode error = errors.addObject();
        error.put("id", idOrKey);
        error.put("errorMessage", "Issue does not exist or you do not have permission to see it.");
      } else {
        found.put(issue.id(), issue);
      }
    }
    ObjectNode node = Json.object();
    node.put("expand", "schema,names");
    ArrayNode issues = node.putArray("issues");
    found.values().stream().sorted(Comparator.comparingLong(i -> Long.parseLong(i.id())))
        .forEach(i -> issues.add(IssueJson.issue(call, i, fields, expand, IssueJson.Context.SEARCH)));
    node.set("issueErrors", errors);
    return Reply.ok(node);
  }

  private record Entry(Issue issue, History history) {
  }

  /**
   * Histories of the requested issues sorted by date then issue id, oldest first, optionally only those touching
   * {@code fieldIds}; paged by history with an opaque token; a page groups its histories per issue.
   */
  private static Reply changelogBulkFetch(Call call) {
    JsonNode body = call.json();
    List<String> requested = idsOrKeys(body, call.limits().changelogBulkFetchMaxIssues());
    Set<String> fieldIds = new LinkedHashSet<>();
    body.path("fieldIds").forEach(f -> fieldIds.add(f.asText()));
    if (fieldIds.size() > 10) {
      throw ApiError.badRequest("The number of field IDs requested (" + fieldIds.size()
          + ") exceeds the maximum of 10.");
    }
    int max = body.path("maxResults").asInt(1000);
    if (max < 1 || max > 10000) {
      throw ApiError.badRequest("The value of 'maxResults' must be between 1 and 10000.");
    }
    List<Entry> entries = new ArrayList<>();
    for (String idOrKey : new LinkedHashSet<>(requested)) {
      call.site().issue(idOrKey).filter(i -> call.site().canSee(call.viewer(), i)).ifPresent(issue -> {
        for (History history : issue.histories()) {
          if (fieldIds.isEmpty() || history.items().stream().map(ChangeItem::fieldId).anyMatch(fieldIds::contains)) {
            entries.add(new Entry(issue, history));
          }
        }
      });
    }
    entries.sort(Comparator.comparing((Entry e) -> e.history().created())
        .thenComparingLong(e -> Long.parseLong(e.issue().id()))
        .thenComparingLong(e -> Long.parseLong(e.history().id())));
    String scope = requested + "|" + fieldIds;
    int offset = body.hasNonNull("nextPageToken") ? decode(body.get("nextPageToken").asText(), scope) : 0;
    List<Entry> page = Pages.slice(entries, offset, max);
    Map<String, ArrayNode> byIssue = new LinkedHashMap<>();
    for (Entry entry : page) {
      byIssue.computeIfAbsent(entry.issue().id(), id -> Json.array()).add(IssueJson.history(call, entry.history()));
    }
    ObjectNode node = Json.object();
    ArrayNode logs = node.putArray("issueChangeLogs");
    byIssue.forEach((issueId, histories) -> {
      ObjectNode log = logs.addObject();
      log.put("issueId", issueId);
      log.set("changeHistories", histories);
    });
    if (offset + page.size() < entries.size()) {
      node.put("nextPageToken", encode(offset + page.size(), scope));
    }
    return Reply.ok(node);
  }

  private static String encode(int offset, String scope) {
    String raw = "sbxc:" + offset + ":" + Integer.toHexString(scope.hashCode());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String token, String scope) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
      if (parts.length == 3 && parts[0].equals("sbxc") && parts[2].equals(Integer.toHexString(scope.hashCode()))) {
        return Integer.parseInt(parts[1]);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw ApiError.badRequest(SearchEndpoints.BAD_TOKEN);
  }
}
