package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Site;
import org.mutuality.sandbox.site.Visibility;

/** A generated site of 5,000 issues is served like the demo, and the same seed gives the same bytes. */
class GeneratedDatasetTest {
  private static final int ISSUES = 5000;
  private static final long SEED = 7;
  private static final String INTEGRATION = "integration@generated.example";
  private static final String UNIVERSITY = "ricardo.leon@usurcolombiana.example";

  private static JiraSandbox cloud;
  private static JiraSandbox twin;
  private static JiraSandbox dc;

  @BeforeAll
  static void start() {
    cloud = JiraSandbox.builder().dataset(Dataset.generated(ISSUES, SEED)).start();
    twin = JiraSandbox.builder().dataset(Dataset.generated(ISSUES, SEED)).start();
    dc = JiraSandbox.builder().flavor(Flavor.DC).dataset(Dataset.generated(ISSUES, SEED)).start();
  }

  @AfterAll
  static void stop() {
    cloud.close();
    twin.close();
    dc.close();
  }

  @Test
  void cloud_token_paging_returns_every_issue_once_newest_key_first() {
    Http http = Http.basic(cloud, INTEGRATION);
    List<String> keys = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      JsonNode page = http.get("/rest/api/3/search/jql?jql=" + CloudSearchTest.q("project = GEN")
          + "&fields=summary,updated&maxResults=100" + (token == null ? "" : "&nextPageToken=" + token)).json();
      page.get("issues").forEach(i -> keys.add(i.get("key").asText()));
      token = page.get("isLast").asBoolean() ? null : page.get("nextPageToken").asText();
      pages++;
    } while (token != null);
    assertThat(pages).isEqualTo(50);
    // two issues in a hundred are confidential (cooperative, roaster and administrators only): the integration
    // user is an administrator, so it sees them all
    assertThat(keys).hasSize(ISSUES).doesNotHaveDuplicates()
        .startsWith("GEN-5000", "GEN-4999").endsWith("GEN-2", "GEN-1");
  }

  @Test
  void dc_offset_paging_counts_the_whole_site_and_filters_by_date() {
    Http http = Http.basic(dc, "gen-integration");
    JsonNode all = http.get("/rest/api/2/search?jql=" + CloudSearchTest.q("project = GEN ORDER BY key ASC")
        + "&startAt=4990&maxResults=1000&fields=summary").json();
    assertThat(all.get("total").asInt()).isEqualTo(ISSUES);
    assertThat(all.get("issues")).hasSize(10);
    assertThat(all.get("issues").get(9).get("key").asText()).isEqualTo("GEN-5000");
    Site site = dc.dataset().site();
    long recent = site.issues().stream().filter(i -> !i.updated().isBefore(site.now().minusSeconds(30L * 86400)))
        .count();
    JsonNode updated = http.get("/rest/api/2/search?jql=" + CloudSearchTest.q("project = GEN AND updated >= -30d")
        + "&maxResults=0").json();
    assertThat(updated.get("total").asInt()).isEqualTo((int) recent).isPositive().isLessThan(ISSUES);
  }

  @Test
  void the_same_seed_gives_the_same_bytes_and_another_seed_does_not() {
    String path = "/rest/api/3/issue/GEN-1234?expand=changelog";
    String one = Http.basic(cloud, INTEGRATION).get(path).raw().replace(cloud.baseUri().toString(), "BASE");
    String two = Http.basic(twin, INTEGRATION).get(path).raw().replace(twin.baseUri().toString(), "BASE");
    assertThat(one).isEqualTo(two).contains("\"key\":\"GEN-1234\"");
    Site other = Dataset.generated(ISSUES, SEED + 1).site();
    assertThat(other.issues().get(1233)).isNotEqualTo(cloud.dataset().site().issues().get(1233));
    assertThat(Dataset.generated(ISSUES, SEED).site()).isEqualTo(cloud.dataset().site());
  }

  @Test
  void restricted_comments_are_hidden_and_not_counted_for_the_university() {
    Issue issue = cloud.dataset().site().issues().stream()
        .filter(i -> i.comments().stream().anyMatch(c -> Visibility.role("Steering Committee").equals(c.visibility())))
        .findFirst().orElseThrow();
    String path = "/rest/api/3/issue/" + issue.key() + "/comment?maxResults=100";
    JsonNode all = Http.basic(cloud, INTEGRATION).get(path).json();
    JsonNode university = Http.basic(cloud, UNIVERSITY).get(path).json();
    assertThat(all.get("total").asInt()).isEqualTo((int) issue.comments().stream()
        .filter(c -> c.visibility() == null || c.visibility().type().equals("role")).count());
    assertThat(university.get("total").asInt()).isEqualTo((int) issue.comments().stream()
        .filter(c -> c.visibility() == null || c.visibility().equals(Visibility.group("universidad"))).count());
    List<String> seen = new ArrayList<>();
    university.get("comments").forEach(c -> seen.add(c.get("id").asText()));
    assertThat(seen).doesNotContainAnyElementsOf(issue.comments().stream()
        .filter(c -> Visibility.role("Steering Committee").equals(c.visibility())).map(Comment::id)
        .collect(Collectors.toList()));
  }

  @Test
  void details_are_realistic_and_stable_across_reads() {
    Site site = cloud.dataset().site();
    List<Issue> issues = site.issues();
    long withComments = issues.stream().filter(i -> !i.comments().isEmpty()).count();
    long withWorklogs = issues.stream().filter(i -> !i.worklogs().isEmpty()).count();
    long done = issues.stream().filter(i -> i.resolved() != null).count();
    assertThat(withComments).isBetween(ISSUES * 6L / 10, ISSUES * 9L / 10);
    assertThat(withWorklogs).isBetween(ISSUES * 4L / 10, ISSUES * 8L / 10);
    assertThat(done).isBetween(ISSUES * 6L / 10, ISSUES * 9L / 10);
    assertThat(IntStream.range(0, 5).mapToObj(p -> issues.stream()
        .filter(i -> i.componentIds().equals(List.of(String.valueOf(20100 + p)))).count()))
        .allSatisfy(count -> assertThat(count).isGreaterThan(ISSUES / 10));
    Issue issue = issues.get(4321);
    assertThat(issue.histories()).isEqualTo(issue.histories()).isEqualTo(List.copyOf(issue.histories()));
    assertThat(issue.updated()).isAfterOrEqualTo(issue.created());
    assertThat(site.links()).isNotEmpty();
  }

  @Test
  void needs_at_least_one_issue() {
    assertThatThrownBy(() -> Dataset.generated(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Dataset.generated(3, 1).description()).isEqualTo("generated (3 issues, seed 1)");
  }
}
