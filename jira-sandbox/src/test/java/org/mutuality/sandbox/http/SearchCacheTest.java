package org.mutuality.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.Limits;
import org.mutuality.sandbox.site.SiteIndex;
import org.mutuality.sandbox.site.User;

/**
 * Paging one query filters and sorts the site once: the later pages come from the cached matches, and give what a
 * fresh scan gives. Calls the endpoints directly (no HTTP) to read their scan counter.
 */
class SearchCacheTest {
  private static final String JQL = "project = GEN ORDER BY key ASC";
  private static SiteIndex site;
  private static User integration;
  private static User university;

  @BeforeAll
  static void load() {
    site = new SiteIndex(Dataset.generated(3000, 11).site());
    integration = site.userByLogin("integration@generated.example").orElseThrow();
    university = site.userByLogin("ricardo.leon@usurcolombiana.example").orElseThrow();
  }

  private static Call call(Flavor flavor, SiteIndex at, User viewer, Map<String, List<String>> query) {
    return new Call(flavor, flavor == Flavor.CLOUD ? "3" : "2", Map.of(), query, null, viewer, at,
        "http://127.0.0.1", Limits.jira());
  }

  private static JsonNode get(Router router, Call call, String path) {
    Reply reply = router.match("GET", path).orElseThrow().endpoint().handle(call);
    assertThat(reply.status()).isEqualTo(200);
    return reply.body();
  }

  /** @return every key of the query, paged by {@code nextPageToken} */
  private static List<String> cloudKeys(Router router, SiteIndex at, User viewer, int pageSize) {
    List<String> keys = new ArrayList<>();
    String token = null;
    do {
      Map<String, List<String>> query = new HashMap<>(Map.of("jql", List.of(JQL), "fields",
          List.of("key"), "maxResults", List.of(String.valueOf(pageSize))));
      if (token != null) {
        query.put("nextPageToken", List.of(token));
      }
      JsonNode page = get(router, call(Flavor.CLOUD, at, viewer, query), "/rest/api/3/search/jql");
      page.get("issues").forEach(i -> keys.add(i.get("key").asText()));
      token = page.get("isLast").asBoolean() ? null : page.get("nextPageToken").asText();
    } while (token != null);
    return keys;
  }

  @Test
  void cloud_pages_after_the_first_do_not_rescan_and_match_a_fresh_scan() {
    Router router = new Router(Flavor.CLOUD);
    SearchEndpoints search = SearchEndpoints.register(router);
    List<String> paged = cloudKeys(router, site, integration, 100);
    assertThat(search.scans()).isEqualTo(1);

    Router fresh = new Router(Flavor.CLOUD);
    SearchEndpoints once = SearchEndpoints.register(fresh);
    List<String> whole = cloudKeys(fresh, site, integration, 5000);
    assertThat(once.scans()).isEqualTo(1);
    assertThat(paged).hasSize(3000).doesNotHaveDuplicates().isEqualTo(whole);
    assertThat(paged.get(0)).isEqualTo("GEN-1");

    // another viewer sees fewer issues (confidential ones are hidden from the university): its own scan
    List<String> restricted = cloudKeys(router, site, university, 500);
    assertThat(search.scans()).isEqualTo(2);
    assertThat(restricted).hasSizeLessThan(3000).isSubsetOf(paged);
    // the first viewer's matches are still cached
    assertThat(cloudKeys(router, site, integration, 1000)).isEqualTo(paged);
    assertThat(search.scans()).isEqualTo(2);
  }

  @Test
  void a_new_site_snapshot_is_scanned_again() {
    Router router = new Router(Flavor.CLOUD);
    SearchEndpoints search = SearchEndpoints.register(router);
    List<String> before = cloudKeys(router, site, integration, 1000);
    SiteIndex written = new SiteIndex(site.site());
    List<String> after = cloudKeys(router, written, integration, 1000);
    assertThat(search.scans()).isEqualTo(2);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void data_center_offset_pages_share_one_scan() {
    Router router = new Router(Flavor.DC);
    SearchEndpoints search = SearchEndpoints.register(router);
    List<String> keys = new ArrayList<>();
    int total = -1;
    for (int startAt = 0; total < 0 || startAt < total; startAt += 1000) {
      JsonNode page = get(router, call(Flavor.DC, site, integration, Map.of("jql",
          List.of(JQL), "fields", List.of("summary"), "startAt", List.of(String.valueOf(startAt)), "maxResults",
          List.of("1000"))), "/rest/api/2/search");
      total = page.get("total").asInt();
      page.get("issues").forEach(i -> keys.add(i.get("key").asText()));
    }
    assertThat(total).isEqualTo(3000);
    assertThat(keys).hasSize(3000).doesNotHaveDuplicates();
    assertThat(search.scans()).isEqualTo(1);
  }

  @Test
  void the_cache_keeps_the_most_recent_queries_only() {
    Router router = new Router(Flavor.CLOUD);
    SearchEndpoints search = SearchEndpoints.register(router);
    for (int i = 1; i <= SearchEndpoints.MatchCache.QUERIES + 1; i++) {
      get(router, call(Flavor.CLOUD, site, integration, Map.of("jql", List.of("key in (GEN-" + i + ")"))),
          "/rest/api/3/search/jql");
    }
    assertThat(search.scans()).isEqualTo(SearchEndpoints.MatchCache.QUERIES + 1);
    // the most recent query is still cached; the first was dropped
    get(router, call(Flavor.CLOUD, site, integration, Map.of("jql",
        List.of("key in (GEN-" + (SearchEndpoints.MatchCache.QUERIES + 1) + ")"))), "/rest/api/3/search/jql");
    assertThat(search.scans()).isEqualTo(SearchEndpoints.MatchCache.QUERIES + 1);
    get(router, call(Flavor.CLOUD, site, integration, Map.of("jql", List.of("key in (GEN-1)"))),
        "/rest/api/3/search/jql");
    assertThat(search.scans()).isEqualTo(SearchEndpoints.MatchCache.QUERIES + 2);
  }
}
