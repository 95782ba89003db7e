package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutuality.sandbox.site.Board;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.Sprint;

/** The Jira Software agile API: boards, sprints of a scrum board (a kanban board answers 400), sprint issues. */
final class AgileEndpoints {
  private static final Map<String, Integer> STATE_ORDER = Map.of("closed", 0, "active", 1, "future", 2);

  private AgileEndpoints() {
  }

  static void register(Router router) {
    router.get("/rest/agile/1.0/board", AgileEndpoints::boards);
    router.get("/rest/agile/1.0/board/{boardId}", call -> Reply.ok(board(call, board(call))));
    router.get("/rest/agile/1.0/board/{boardId}/sprint", AgileEndpoints::sprints);
    router.get("/rest/agile/1.0/board/{boardId}/sprint/{sprintId}/issue", AgileEndpoints::sprintIssues);
    router.get("/rest/agile/1.0/sprint/{sprintId}", call -> Reply.ok(sprint(call, sprint(call))));
    router.get("/rest/agile/1.0/sprint/{sprintId}/issue", AgileEndpoints::sprintIssues);
  }

  private static Board board(Call call) {
    long id = longPath(call, "boardId");
    return call.site().board(id).orElseThrow(() -> ApiError.notFound(
        "Board does not exist or you do not have permission to see it."));
  }

  private static Sprint sprint(Call call) {
    long id = longPath(call, "sprintId");
    return call.site().sprint(id).orElseThrow(() -> ApiError.notFound(
        "Sprint with id " + id + " does not exist or you do not have permission to see it."));
  }

  private static long longPath(Call call, String name) {
    try {
      return Long.parseLong(call.path(name));
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("The value '" + call.path(name) + "' is not a valid id.");
    }
  }

  private static Reply boards(Call call) {
    String projectKeyOrId = call.param("projectKeyOrId");
    String type = call.param("type");
    List<Board> matches = call.site().site().boards().stream()
        .filter(b -> projectKeyOrId == null || call.site().project(projectKeyOrId)
            .map(p -> p.key().equals(b.projectKey())).orElse(false))
        .filter(b -> type == null || List.of(type.split(",")).contains(b.type()))
        .sorted(Comparator.comparingLong(Board::id))
        .collect(Collectors.toList());
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 50, 50);
    List<Board> page = Pages.slice(matches, startAt, max);
    ArrayNode values = Json.array();
    page.forEach(b -> values.add(board(call, b)));
    return Reply.ok(agilePage(startAt, max, matches.size(), values));
  }

  private static ObjectNode agilePage(int startAt, int max, int total, ArrayNode values) {
    ObjectNode node = Json.object();
    node.put("maxResults", max);
    node.put("startAt", startAt);
    node.put("total", total);
    node.put("isLast", startAt + values.size() >= total);
    node.set("values", values);
    return node;
  }

  private static ObjectNode board(Call call, Board board) {
    ObjectNode node = Json.object();
    node.put("id", board.id());
    node.put("self", call.agile("/board/" + board.id()));
    node.put("name", board.name());
    node.put("type", board.type());
    Project project = call.site().project(board.projectKey()).orElseThrow();
    ObjectNode location = node.putObject("location");
    location.put("projectId", Long.parseLong(project.id()));
    location.put("displayName", project.name() + " (" + project.key() + ")");
    location.put("projectName", project.name());
    location.put("projectKey", project.key());
    location.put("projectTypeKey", "software");
    location.put("avatarURI", ProjectJson.avatarUrls(call, project, project.selectedAvatarId()).get("48x48").asText());
    location.put("name", project.name() + " (" + project.key() + ")");
    return node;
  }

  /** Closed, then active, then future sprints; a kanban board has none and answers 400, as Jira does. */
  private static Reply sprints(Call call) {
    Board board = board(call);
    if (!board.scrum()) {
      throw ApiError.badRequest("The board does not support sprints");
    }
    Set<String> states = new LinkedHashSet<>(call.listParam("state"));
    List<Sprint> matches = call.site().site().sprints().stream()
        .filter(s -> s.boardId() == board.id())
        .filter(s -> states.isEmpty() || states.contains(s.state()))
        .sorted(Comparator.comparing((Sprint s) -> STATE_ORDER.get(s.state())).thenComparingLong(Sprint::id))
        .collect(Collectors.toList());
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 50, 50);
    ArrayNode values = Json.array();
    Pages.slice(matches, startAt, max).forEach(s -> values.add(sprint(call, s)));
    return Reply.ok(agilePage(startAt, max, matches.size(), values));
  }

  /** Dates in the agile form; no dates on a future sprint without them; no {@code goal} when none was set. */
  static ObjectNode sprint(Call call, Sprint sprint) {
    ObjectNode node = Json.object();
    node.put("id", sprint.id());
    node.put("self", call.agile("/sprint/" + sprint.id()));
    node.put("state", sprint.state());
    node.put("name", sprint.name());
    if (sprint.start() != null) {
      node.put("startDate", Formats.agileTime(sprint.start()));
      node.put("endDate", Formats.agileTime(sprint.end()));
    }
    if (sprint.complete() != null) {
      node.put("completeDate", Formats.agileTime(sprint.complete()));
    }
    if (call.cloud()) {
      node.put("createdDate", Formats.agileTime(sprint.created()));
    }
    node.put("originBoardId", sprint.boardId());
    if (sprint.goal() != null) {
      node.put("goal", sprint.goal());
    }
    return node;
  }

  /** The issues whose sprints include this one, with the agile extras {@code sprint}, {@code closedSprints}, {@code flagged}. */
  private static Reply sprintIssues(Call call) {
    Sprint sprint = sprint(call);
    List<Issue> matches = call.site().site().issues().stream()
        .filter(i -> i.sprintIds().contains(sprint.id()))
        .filter(i -> call.site().canSee(call.viewer(), i))
        .sorted(Comparator.comparingLong(i -> Long.parseLong(i.id())))
        .collect(Collectors.toList());
    FieldSelection fields = FieldSelection.parse(call.flavor(), call.listParam("fields"), "*navigable");
    Set<String> expand = new LinkedHashSet<>(call.listParam("expand"));
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 50, 50);
    ArrayNode issues = Json.array();
    for (Issue issue : Pages.slice(matches, startAt, max)) {
      ObjectNode bean = IssueJson.issue(call, issue, fields, expand, IssueJson.Context.SEARCH);
      bean.put("self", call.agile("/issue/" + issue.id()));
      ObjectNode f = (ObjectNode) bean.get("fields");
      List<Sprint> sprints = issue.sprintIds().stream().map(id -> call.site().sprint(id).orElseThrow())
          .collect(Collectors.toList());
      Sprint current = sprints.stream().filter(s -> !s.state().equals("closed")).reduce((a, b) -> b).orElse(null);
      f.set("sprint", current == null ? NullNode.instance : sprint(call, current));
      ArrayNode closed = f.putArray("closedSprints");
      sprints.stream().filter(s -> s.state().equals("closed")).forEach(s -> closed.add(sprint(call, s)));
      f.put("flagged", issue.flagged());
      issues.add(bean);
    }
    return Reply.ok(Pages.issuePage(startAt, max, matches.size(), issues));
  }
}
