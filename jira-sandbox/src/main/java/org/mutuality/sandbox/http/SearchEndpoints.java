package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.jql.JqlException;
import org.mutuality.sandbox.jql.JqlFilter;
import org.mutuality.sandbox.jql.JqlParser;
import org.mutuality.sandbox.jql.JqlQuery;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.SiteIndex;

/**
 * Search: Cloud's enhanced {@code /search/jql} (token paging, no total, ids only by default) and
 * {@code approximate-count}, Cloud's removed {@code /search} (410), Data Center's {@code /search} (offset paging,
 * total, {@code maxResults} cut to 1000).
 *
 * <p>A query's ordered matches are kept for the pages that follow ({@link MatchCache}): paging through one query
 * filters and sorts the site once, not once per page, so reading 100,000 issues is not quadratic.
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

  private final MatchCache cache = new MatchCache(MatchCache.QUERIES);

  private SearchEndpoints() {
  }

  /** @return the endpoints registered, whose {@link #scans()} tests read */
  static SearchEndpoints register(Router router) {
    SearchEndpoints search = new SearchEndpoints();
    router.add("GET", "/rest/api/{v}/search/jql", CLOUD, AUTH,
        call -> search.enhanced(call, Request.fromQuery(call)));
    router.add("POST", "/rest/api/{v}/search/jql", CLOUD, AUTH,
        call -> search.enhanced(call, Request.fromBody(call)));
    router.add("POST", "/rest/api/{v}/search/approximate-count", CLOUD, AUTH, search::count);
    router.add("GET", "/rest/api/{v}/search", CLOUD, AUTH, SearchEndpoints::removed);
    router.add("POST", "/rest/api/{v}/search", CLOUD, AUTH, SearchEndpoints::removed);
    router.add("GET", "/rest/api/{v}/search", DC, AUTH, call -> search.offset(call, Request.fromQuery(call)));
    router.add("POST", "/rest/api/{v}/search", DC, AUTH, call -> search.offset(call, Request.fromBody(call)));
    return search;
  }

  /** @return how many times a query's matches were computed by filtering and sorting the whole site */
  long scans() {
    return cache.scans.get();
  }

  /**
   * The ordered matches of the most recent queries of one site snapshot, by JQL text and viewer (the viewer decides
   * what is visible and the time zone of dates in JQL). A write publishes a new snapshot, which empties the cache,
   * so pages never mix two states of the site. Bounded: the least recently used query is dropped beyond
   * {@link #QUERIES}.
   */
  static final class MatchCache {
    /** How many queries are kept. */
    static final int QUERIES = 32;

    private record Key(String jql, String viewer) {
    }

    private final Map<Key, List<Issue>> entries;
    private final AtomicLong scans = new AtomicLong();
    private SiteIndex site;

    MatchCache(int capacity) {
      this.entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<Issue>> eldest) {
          return size() > capacity;
        }
      };
    }

    /** @return the ordered matches of the query for the call's viewer, from the cache or by scanning the site */
    List<Issue> matches(Call call, String jql, JqlQuery query) {
      Key key = new Key(String.valueOf(jql), call.viewer().accountId());
      SiteIndex current = call.site();
      synchronized (this) {
        if (site == current) {
          List<Issue> cached = entries.get(key);
          if (cached != null) {
            return cached;
          }
        }
      }
      List<Issue> found = scan(call, query);
      synchronized (this) {
        if (site != current) {
          entries.clear();
          site = current;
        }
        entries.put(key, found);
      }
      return found;
    }

    private List<Issue> scan(Call call, JqlQuery query) {
      scans.incrementAndGet();
      JqlFilter filter = JqlFilter.compile(query, call.site(), call.viewer());
      return call.site().site().issues().stream()
          .filter(i -> call.site().canSee(call.viewer(), i))
          .filter(filter::test)
          .sorted(filter.order())
          .toList();
    }
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

  private List<Issue> matches(Call call, String jql, boolean requireBounded) {
    try {
      JqlQuery query = JqlParser.parse(jql);
      if (requireBounded && !query.bounded()) {
        throw ApiError.badRequest(UNBOUNDED);
      }
      return cache.matches(call, jql, query);
    } catch (JqlException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  /** Cloud {@code /search/jql}: the token is opaque and tied to the query it was issued for. */
  private Reply enhanced(Call call, Request request) {
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

  private Reply count(Call call) {
    JsonNode body = call.json();
    List<Issue> matches = matches(call, textOrNull(body, "jql"), true);
    ObjectNode node = Json.object();
    node.put("count", matches.size());
    return Reply.ok(node);
  }

  /** Data Center {@code /search}: {@code maxResults} above the cap is cut silently, the response says so. */
  private Reply offset(Call call, Request request) {
    List<Issue> matches = matches(call, request.jql(), false);
    FieldSelection fields = FieldSelection.parse(call.flavor(), request.fields(), "*navigable");
    int startAt = request.startAt() == null ? 0 : request.startAt();
    int requested = request.maxResults() == null ? 50 : request.maxResults();
    if (requested < 0) {
      throw ApiError.badRequest("The value of 'maxResults' must not be negative.");
    }
    int max = Math.min(requested, call.limits().dcSearchMaxResults());
    ArrayNode issues = Json.array();
    for (Issue issue : Pages.slice(matches, startAt, max)) {
      issues.add(IssueJson.issue(call, issue, fields, request.expand(), IssueJson.Context.SEARCH));
    }
    return Reply.ok(Pages.issuePage(startAt, max, matches.size(), issues));
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
