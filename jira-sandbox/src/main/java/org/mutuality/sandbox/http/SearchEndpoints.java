package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.jql.JqlException;
import org.mutuality.sandbox.jql.JqlFilter;
import org.mutuality.sandbox.jql.JqlParser;
import org.mutuality.sandbox.jql.JqlQuery;
import org.mutuality.sandbox.site.Issue;

/**
 * Search: Cloud's enhanced {@code /search/jql} (token paging, no total, ids only by default) and
 * {@code approximate-count}, Cloud's removed {@code /search} (410), Data Center's {@code /search} (offset paging,
 * total, {@code maxResults} cut to 1000).
 */
final class SearchEndpoints {
  static final String REMOVED = "The requested API has been removed. Please migrate to the /rest/api/3/search/jql "
      + "API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";
  static final String UNBOUNDED = "Unbounded JQL queries are not allowed here. Please add a search restriction to "
      + "your query.";
  static final String BAD_TOKEN = "The provided next page token is invalid or expired.";
  private static final Set<Flavor> CLOUD = Set.of(Flavor.CLOUD);
  private static final Set<Flavor> DC = Set.of(Flavor.DC);
  private static final Router.Access AUTH = Router.Access.AUTHENTICATED;

  private SearchEndpoints() {
  }

  static void register(Router router) {
    router.add("GET", "/rest/api/{v}/search/jql", CLOUD, AUTH, call -> enhanced(call, Request.fromQuery(call)));
    router.add("POST", "/rest/api/{v}/search/jql", CLOUD, AUTH, call -> enhanced(call, Request.fromBody(call)));
    router.add("POST", "/rest/api/{v}/search/approximate-count", CLOUD, AUTH, SearchEndpoints::count);
    router.add("GET", "/rest/api/{v}/search", CLOUD, AUTH, SearchEndpoints::removed);
    router.add("POST", "/rest/api/{v}/search", CLOUD, AUTH, SearchEndpoints::removed);
    router.add("GET", "/rest/api/{v}/search", DC, AUTH, call -> offset(call, Request.fromQuery(call)));
    router.add("POST", "/rest/api/{v}/search", DC, AUTH, call -> offset(call, Request.fromBody(call)));
  }

  /** The parameters of a search, from the query string (GET) or the body (POST). */
  private record Request(String jql, String nextPageToken, Integer startAt, Integer maxResults, List<String> fields,
      Set<String> expand) {

    static Request fromQuery(Call call) {
      Integer startAt = call.has("startAt") ? Pages.startAt(call) : null;
      Integer max = call.has("maxResults") ? call.intParam("maxResults", 50) : null;
      return new Request(call.param("jql"), call.param("nextPageToken"), startAt, max, call.listParam("fields"),
          new LinkedHashSet<>(call.listParam("expand")));
    }

    static Request fromBody(Call call) {
      JsonNode body = call.json();
      List<String> fields = new ArrayList<>();
      body.path("fields").forEach(f -> {
        for (String part : f.asText().split(",")) {
          if (!part.isBlank()) {
            fields.add(part.trim());
          }
        }
      });
      Set<String> expand = new LinkedHashSet<>();
      JsonNode expandNode = body.path("expand");
      if (expandNode.isArray()) {
        expandNode.forEach(e -> expand.add(e.asText().trim()));
      } else if (expandNode.isTextual()) {
        for (String part : expandNode.asText().split(",")) {
          expand.add(part.trim());
        }
      }
      Integer startAt = body.has("startAt") ? body.get("startAt").asInt() : null;
      if (startAt != null && startAt < 0) {
        throw ApiError.badRequest("The value of 'startAt' must not be negative.");
      }
      Integer max = body.has("maxResults") ? body.get("maxResults").asInt() : null;
      return new Request(textOrNull(body, "jql"), textOrNull(body, "nextPageToken"), startAt, max, fields, expand);
    }
  }

  private static String textOrNull(JsonNode body, String name) {
    JsonNode node = body.get(name);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Reply removed(Call call) {
    throw ApiError.of(410, REMOVED);
  }

  private static List<Issue> matches(Call call, String jql, boolean requireBounded) {
    try {
      JqlQuery query = JqlParser.parse(jql);
      if (requireBounded && !query.bounded()) {
        throw ApiError.badRequest(UNBOUNDED);
      }
      JqlFilter filter = JqlFilter.compile(query, call.site(), call.viewer());
      return call.site().site().issues().stream()
          .filter(i -> call.site().canSee(call.viewer(), i))
          .filter(filter::test)
          .sorted(filter.order())
          .collect(Collectors.toList());
    } catch (JqlException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  /** Cloud {@code /search/jql}: the token is opaque and tied to the query it was issued for. */
  private static Reply enhanced(Call call, Request request) {
    List<Issue> matches = matches(call, request.jql(), true);
    FieldSelection fields = FieldSelection.parse(call.flavor(), request.fields(), "id");
    int cap = fields.idsOrKeysOnly() ? call.limits().cloudSearchMaxResultsIdsOnly()
        : call.limits().cloudSearchMaxResults();
    int requested = request.maxResults() == null ? 50 : request.maxResults();
    if (requested < 0) {
      throw ApiError.badRequest("The value of 'maxResults' must not be negative.");
    }
    int size = Math.min(requested, cap);
    int offset = request.nextPageToken() == null ? 0 : decodeToken(request.nextPageToken(), request.jql());
    List<Issue> page = Pages.slice(matches, offset, size);
    ObjectNode node = Json.object();
    ArrayNode issues = node.putArray("issues");
    for (Issue issue : page) {
      issues.add(fields.idOnly() ? IssueJson.idOnly(issue)
          : IssueJson.issue(call, issue, fields, request.expand(), IssueJson.Context.SEARCH));
    }
    int end = offset + page.size();
    boolean last = end >= matches.size() || page.isEmpty();
    if (!last) {
      node.put("nextPageToken", encodeToken(end, request.jql()));
    }
    node.put("isLast", last);
    if (request.expand().contains("names")) {
      ObjectNode names = node.putObject("names");
      for (String id : fields.ids()) {
        FieldCatalog.byId(call.flavor(), id).ifPresent(f -> names.put(f.id(), f.name()));
      }
    }
    return Reply.ok(node);
  }

  private static Reply count(Call call) {
    JsonNode body = call.json();
    List<Issue> matches = matches(call, textOrNull(body, "jql"), true);
    ObjectNode node = Json.object();
    node.put("count", matches.size());
    return Reply.ok(node);
  }

  /** Data Center {@code /search}: {@code maxResults} above the cap is cut silently, the response says so. */
  private static Reply offset(Call call, Request request) {
    List<Issue> matches = matches(call, request.jql(), false);
    FieldSelection fields = FieldSelection.parse(call.flavor(), request.fields(), "*navigable");
    int startAt = request.startAt() == null ? 0 : request.startAt();
    int requested = request.maxResults() == null ? 50 : request.maxResults();
    if (requested < 0) {
      throw ApiError.badRequest("The value of 'maxResults' must not be negative.");
    }
    int max = Math.min(requested, call.limits().dcSearchMaxResults());
    ObjectNode node = Json.object();
    node.put("expand", "schema,names");
    node.put("startAt", startAt);
    node.put("maxResults", max);
    node.put("total", matches.size());
    ArrayNode issues = node.putArray("issues");
    for (Issue issue : Pages.slice(matches, startAt, max)) {
      issues.add(IssueJson.issue(call, issue, fields, request.expand(), IssueJson.Context.SEARCH));
    }
    return Reply.ok(node);
  }

  static String encodeToken(int offset, String jql) {
    String raw = "sbx1:" + offset + ":" + Integer.toHexString(String.valueOf(jql).hashCode());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static int decodeToken(String token, String jql) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split(":");
      if (parts.length != 3 || !parts[0].equals("sbx1")
          || !parts[2].equals(Integer.toHexString(String.valueOf(jql).hashCode()))) {
        throw ApiError.badRequest(BAD_TOKEN);
      }
      return Integer.parseInt(parts[1]);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(BAD_TOKEN);
    }
  }
}
