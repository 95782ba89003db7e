package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.site.Issue;

class CloudSearchTest {
  static final String REMOVED = "{\"errorMessages\":[\"The requested API has been removed. Please migrate to the "
      + "/rest/api/3/search/jql API. A full migration guideline is available at "
      + "https://developer.atlassian.com/changelog/#CHANGE-2046\"],\"errors\":{}}";

  private static JiraSandbox cloud;
  private static Http http;

  @BeforeAll
  static void start() {
    cloud = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).start();
    http = Http.basic(cloud, "integration@cafesur-partnership.org");
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  static String q(String jql) {
    return URLEncoder.encode(jql, StandardCharsets.UTF_8);
  }

  private static List<String> keysOf(JsonNode issues) {
    List<String> keys = new ArrayList<>();
    issues.forEach(i -> keys.add(i.get("key").asText()));
    return keys;
  }

  @Test
  void token_paging_collects_every_issue_exactly_once() {
    List<String> keys = new ArrayList<>();
    String token = null;
    int pages = 0;
    while (true) {
      String url = "/rest/api/3/search/jql?jql=" + q("project = COF") + "&maxResults=7&fields=summary"
          + (token == null ? "" : "&nextPageToken=" + token);
      JsonNode page = http.get(url).json();
      pages++;
      assertThat(page.has("total")).isFalse();
      assertThat(page.has("startAt")).isFalse();
      assertThat(page.has("maxResults")).isFalse();
      keys.addAll(keysOf(page.get("issues")));
      if (page.get("isLast").asBoolean()) {
        assertThat(page.has("nextPageToken")).isFalse();
        break;
      }
      assertThat(page.get("issues")).hasSize(7);
      token = page.get("nextPageToken").asText();
    }
    assertThat(pages).isEqualTo(43);
    assertThat(keys).hasSize(300).doesNotHaveDuplicates();
    assertThat(keys.get(0)).isEqualTo("COF-300");
    assertThat(keys.get(299)).isEqualTo("COF-1");
  }

  @Test
  void post_pages_the_same_way_and_keeps_order_by() {
    JsonNode first = http.post("/rest/api/3/search/jql",
        "{\"jql\":\"project in (COF, PIT) AND created >= -120d ORDER BY key ASC\",\"maxResults\":50,"
            + "\"fields\":[\"summary\",\"status\"]}")
        .json();
    assertThat(first.get("issues")).hasSize(50);
    assertThat(keysOf(first.get("issues")).subList(0, 3)).containsExactly("COF-1", "COF-2", "COF-3");
    JsonNode second = http.post("/rest/api/3/search/jql", "{\"jql\":\"project in (COF, PIT) AND created >= -120d "
        + "ORDER BY key ASC\","
        + "\"maxResults\":50,\"fields\":[\"summary\"],\"nextPageToken\":\"" + first.get("nextPageToken").asText()
        + "\"}").json();
    assertThat(keysOf(first.get("issues")).subList(47, 50)).containsExactly("COF-48", "PIT-1", "PIT-2");
    assertThat(keysOf(second.get("issues"))).containsExactly("PIT-3", "PIT-4");
    assertThat(second.get("isLast").asBoolean()).isTrue();
  }

  @Test
  void only_ids_unless_fields_are_asked_for() {
    JsonNode page = http.get("/rest/api/3/search/jql?jql=" + q("key in (COF-3, COF-4)")).json();
    assertThat(page.get("issues").toString()).isEqualTo("[{\"id\":\"10004\"},{\"id\":\"10003\"}]");
    JsonNode withFields = http.get("/rest/api/3/search/jql?jql=" + q("key = COF-3") + "&fields=summary,assignee")
        .json().get("issues").get(0);
    assertThat(withFields.get("key").asText()).isEqualTo("COF-3");
    assertThat(withFields.get("fields").get("summary").asText()).isEqualTo("Map altitude and variety of member farms");
    assertThat(withFields.get("fields").get("assignee").get("accountId").asText()).isEqualTo("63f1c0ffee000000a11ce009");
    assertThat(withFields.get("fields").size()).isEqualTo(2);
  }

  @Test
  void page_size_is_capped() {
    try (JiraSandbox small = JiraSandbox.builder().limits(Limits.jira().withCloudSearchMaxResults(10)).start()) {
      Http client = Http.basic(small, "x");
      JsonNode withFields = client.get("/rest/api/3/search/jql?jql=" + q("project = COF")
          + "&maxResults=50&fields=summary").json();
      assertThat(withFields.get("issues")).hasSize(10);
      JsonNode idsOnly = client.get("/rest/api/3/search/jql?jql=" + q("project = COF") + "&maxResults=50").json();
      assertThat(idsOnly.get("issues")).hasSize(50);
    }
  }

  @Test
  void updated_since_reads_the_date_in_the_users_time_zone() {
    // The integration user is in America/Bogota (UTC-5): "2026-11-10" starts at 05:00Z.
    Instant since = Instant.parse("2026-11-10T05:00:00Z");
    List<String> expected = Dataset.demo().site().issues().stream()
        .filter(i -> i.projectKey().equals("COF") && !i.updated().isBefore(since))
        .sorted((a, b) -> Long.compare(a.number(), b.number()))
        .map(Issue::key).collect(Collectors.toList());
    JsonNode page = http.get("/rest/api/3/search/jql?jql=" + q("project = COF AND updated >= \"2026-11-10\" "
        + "ORDER BY key ASC") + "&fields=updated&maxResults=100").json();
    assertThat(keysOf(page.get("issues"))).isEqualTo(expected).hasSize(14)
        .startsWith("COF-5", "COF-24").endsWith("COF-46", "COF-47");
    // relative dates count from the dataset's clock: -10d is 2026-11-10T09:00Z
    Instant tenDaysAgo = Instant.parse("2026-11-10T09:00:00Z");
    long expectedRelative = Dataset.demo().site().issues().stream()
        .filter(i -> i.projectKey().equals("COF") && !i.updated().isBefore(tenDaysAgo)).count();
    JsonNode relative = http.get("/rest/api/3/search/jql?jql=" + q("project = COF AND updated >= -10d")
        + "&maxResults=100").json();
    assertThat(relative.get("issues")).hasSize((int) expectedRelative);
  }

  @Test
  void removed_search_answers_410_with_the_change_2046_body() {
    for (String path : List.of("/rest/api/3/search?jql=project%3DCOF", "/rest/api/2/search")) {
      Http.Answer answer = http.get(path);
      assertThat(answer.status()).isEqualTo(410);
      assertThat(answer.raw()).isEqualTo(REMOVED);
    }
    Http.Answer post = http.post("/rest/api/2/search", "{\"jql\":\"project = COF\"}");
    assertThat(post.status()).isEqualTo(410);
    assertThat(post.raw()).isEqualTo(REMOVED);
  }

  @Test
  void unsupported_jql_is_400_with_jiras_error_body() {
    Http.Answer status = http.get("/rest/api/3/search/jql?jql=" + q("project = COF AND status = Done"));
    assertThat(status.status()).isEqualTo(400);
    assertThat(status.raw()).isEqualTo("{\"errorMessages\":[\"Error in the JQL Query: the Jira sandbox does not "
        + "support the field 'status'. It understands project, key, created and updated.\"],\"errors\":{}}");

    Http.Answer unknown = http.get("/rest/api/3/search/jql?jql=" + q("colour = red"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.raw()).isEqualTo("{\"errorMessages\":[\"Field 'colour' does not exist or you do not have "
        + "permission to view it.\"],\"errors\":{}}");

    Http.Answer project = http.get("/rest/api/3/search/jql?jql=" + q("project = NOPE"));
    assertThat(project.json().get("errorMessages").get(0).asText())
        .isEqualTo("The value 'NOPE' does not exist for the field 'project'.");

    Http.Answer or = http.get("/rest/api/3/search/jql?jql=" + q("project = COF OR project = PIT"));
    assertThat(or.status()).isEqualTo(400);
    assertThat(or.json().get("errorMessages").get(0).asText()).startsWith("Error in the JQL Query: the Jira sandbox "
        + "does not support 'OR' (line 1, character 15).");

    Http.Answer date = http.get("/rest/api/3/search/jql?jql=" + q("updated >= \"last tuesday\""));
    assertThat(date.json().get("errorMessages").get(0).asText()).startsWith("Date value 'last tuesday' for field "
        + "'updated' is invalid.");
  }

  @Test
  void unbounded_queries_are_refused() {
    Http.Answer answer = http.get("/rest/api/3/search/jql?jql=" + q("ORDER BY key DESC"));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errorMessages").get(0).asText()).isEqualTo("Unbounded JQL queries are not allowed "
        + "here. Please add a search restriction to your query.");
  }

  @Test
  void a_forged_token_is_400() {
    Http.Answer answer = http.get("/rest/api/3/search/jql?jql=" + q("project = COF") + "&nextPageToken=abc");
    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void issue_security_hides_the_confidential_issue_from_the_university() {
    Http university = Http.basic(cloud, "valentina.cortes@udam.edu.co");
    JsonNode page = university.get("/rest/api/3/search/jql?jql=" + q("project = COF") + "&maxResults=1000").json();
    // COF-34 and the pilot's purchase contract are confidential; COF-38 is for the Steering Committee only
    assertThat(page.get("issues")).hasSize(297);
    Http.Answer named = university.get("/rest/api/3/search/jql?jql=" + q("key = COF-34"));
    assertThat(named.json().get("errorMessages").get(0).asText())
        .isEqualTo("An issue with key 'COF-34' does not exist for field 'key'.");
    assertThat(university.get("/rest/api/3/issue/COF-34").status()).isEqualTo(404);
    assertThat(http.get("/rest/api/3/issue/COF-34?fields=security").json().get("fields").get("security")
        .get("name").asText()).isEqualTo("Commercial confidential");
  }

  @Test
  void approximate_count() {
    JsonNode count = http.post("/rest/api/3/search/approximate-count", "{\"jql\":\"project = PIT\"}").json();
    assertThat(count.toString()).isEqualTo("{\"count\":4}");
  }
}
