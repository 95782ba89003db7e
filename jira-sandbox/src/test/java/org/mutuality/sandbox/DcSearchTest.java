package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DcSearchTest {
  private static JiraSandbox dc;
  private static Http http;

  @BeforeAll
  static void start() {
    dc = JiraSandbox.builder().flavor(Flavor.DC).dataset(Dataset.demo()).start();
    http = Http.basic(dc, "cafesur-integration");
  }

  @AfterAll
  static void stop() {
    dc.close();
  }

  @Test
  void offset_paging_with_total() {
    List<String> keys = new ArrayList<>();
    int startAt = 0;
    while (true) {
      JsonNode page = http.get("/rest/api/2/search?jql=" + CloudSearchTest.q("project = COF ORDER BY key ASC")
          + "&startAt=" + startAt + "&maxResults=10&fields=summary").json();
      assertThat(page.get("total").asInt()).isEqualTo(300);
      assertThat(page.get("startAt").asInt()).isEqualTo(startAt);
      assertThat(page.get("maxResults").asInt()).isEqualTo(10);
      page.get("issues").forEach(i -> keys.add(i.get("key").asText()));
      startAt += page.get("issues").size();
      if (startAt >= page.get("total").asInt()) {
        break;
      }
    }
    assertThat(keys).hasSize(300).doesNotHaveDuplicates().startsWith("COF-1", "COF-2").endsWith("COF-300");
  }

  @Test
  void max_results_is_cut_to_1000_silently() {
    JsonNode page = http.get("/rest/api/2/search?jql=&maxResults=5000&fields=summary").json();
    assertThat(page.get("maxResults").asInt()).isEqualTo(1000);
    assertThat(page.get("total").asInt()).isEqualTo(304);
    assertThat(page.get("issues")).hasSize(304);
  }

  @Test
  void post_search_takes_expand_as_a_list() {
    JsonNode page = http.post("/rest/api/2/search", "{\"jql\":\"key = COF-20\",\"expand\":[\"changelog\"],"
        + "\"fields\":[\"status\"]}").json();
    JsonNode issue = page.get("issues").get(0);
    assertThat(issue.get("changelog").get("total").asInt()).isEqualTo(5);
    assertThat(issue.get("changelog").get("histories")).hasSize(5);
    JsonNode first = issue.get("changelog").get("histories").get(0);
    assertThat(first.get("items").get(0).get("field").asText()).isEqualTo("Sprint");
    assertThat(first.get("items").get(0).has("fieldId")).isFalse();
    assertThat(issue.get("fields").get("status").get("name").asText()).isEqualTo("Done");
  }

  @Test
  void default_fields_are_navigable_without_comments_and_dc_shapes() {
    JsonNode issue = http.get("/rest/api/2/search?jql=" + CloudSearchTest.q("key = COF-33")).json()
        .get("issues").get(0);
    JsonNode fields = issue.get("fields");
    assertThat(fields.has("comment")).isFalse();
    assertThat(fields.get("assignee").get("name").asText()).isEqualTo("natalia.gil");
    assertThat(fields.get("assignee").get("key").asText()).isEqualTo("JIRAUSER10109");
    assertThat(fields.get("assignee").has("accountId")).isFalse();
    assertThat(fields.get("customfield_10101").get(0).asText()).startsWith("com.atlassian.greenhopper.service.sprint"
        + ".Sprint@").endsWith("[id=6,rapidViewId=1,state=ACTIVE,name=COF Sprint 6,startDate=2026-11-09T14:00:00.000Z,"
        + "endDate=2026-11-23T14:00:00.000Z,completeDate=<null>,sequence=6,goal=Agree the 2027 price formula with the "
        + "cooperative]");
    assertThat(fields.get("customfield_10100").get(0).get("value").asText()).isEqualTo("Impediment");
    assertThat(fields.get("issuelinks").get(0).get("inwardIssue").get("key").asText()).isEqualTo("COF-32");
    assertThat(fields.get("issuelinks").get(0).get("type").get("inward").asText()).isEqualTo("is blocked by");
  }

  @Test
  void no_enhanced_search_and_no_changelog_endpoint_on_dc() {
    assertThat(http.get("/rest/api/2/search/jql?jql=project%3DCOF").status()).isEqualTo(404);
    assertThat(http.get("/rest/api/2/issue/COF-5/changelog").status()).isEqualTo(404);
    // the path matches GET /issue/{issueIdOrKey}: Jira answers 405 Method Not Allowed
    assertThat(http.post("/rest/api/2/issue/bulkfetch", "{\"issueIdsOrKeys\":[\"COF-1\"]}").status())
        .isEqualTo(405);
  }

  @Test
  void dc_accepts_an_empty_query_and_rejects_unsupported_jql() {
    Http.Answer answer = http.get("/rest/api/2/search?jql=" + CloudSearchTest.q("assignee = currentUser()"));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().has("errors")).isTrue();
  }
}
