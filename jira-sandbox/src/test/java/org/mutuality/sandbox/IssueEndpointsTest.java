package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IssueEndpointsTest {
  private static JiraSandbox cloud;
  private static JiraSandbox dc;
  private static Http http;

  @BeforeAll
  static void start() {
    cloud = JiraSandbox.builder().flavor(Flavor.CLOUD).start();
    dc = JiraSandbox.builder().flavor(Flavor.DC).start();
    http = Http.basic(cloud, "integration@cafesur-partnership.org");
  }

  @AfterAll
  static void stop() {
    cloud.close();
    dc.close();
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  @Test
  void the_participants_field_holds_users_of_each_flavour() {
    JsonNode fields = http.get("/rest/api/3/issue/COF-12?fields=customfield_10060,security").json().get("fields");
    List<String> accounts = new ArrayList<>();
    fields.get("customfield_10060").forEach(u -> accounts.add(u.get("displayName").asText()));
    assertThat(accounts).containsExactly("Laura Restrepo", "Luz Dary Tovar", "Natalia Gil", "Valentina Cortés");
    assertThat(fields.get("customfield_10060").get(0).has("accountId")).isTrue();
    assertThat(fields.get("security").isNull()).isTrue();
    JsonNode dcUser = Http.basic(dc, "x").get("/rest/api/2/issue/COF-12?fields=customfield_10060").json()
        .get("fields").get("customfield_10060").get(0);
    assertThat(dcUser.get("name").asText()).isEqualTo("laura.restrepo");
    assertThat(http.get("/rest/api/3/issue/COF-13?fields=customfield_10060").json().get("fields")
        .get("customfield_10060").isNull()).isTrue();
    assertThat(http.get("/rest/api/3/issue/COF-38?fields=security").json().get("fields").get("security")
        .get("name").asText()).isEqualTo("Steering only");
  }

  @Test
  void embedded_comments_are_a_preview_and_the_rest_is_paged() {
    JsonNode comment = http.get("/rest/api/3/issue/COF-5?fields=comment").json().get("fields").get("comment");
    assertThat(comment.get("comments")).hasSize(20);
    assertThat(comment.get("total").asInt()).isEqualTo(34);
    assertThat(comment.get("startAt").asInt()).isZero();
    assertThat(comment.get("self").asText()).isEqualTo(cloud.baseUri() + "/rest/api/3/issue/10005/comment");

    List<String> all = new ArrayList<>();
    for (int startAt = 0; ; startAt += 15) {
      JsonNode page = http.get("/rest/api/3/issue/COF-5/comment?startAt=" + startAt + "&maxResults=15").json();
      assertThat(page.get("total").asInt()).isEqualTo(34);
      all.addAll(ids(page.get("comments")));
      if (startAt + 15 >= 34) {
        assertThat(page.get("comments")).hasSize(4);
        break;
      }
    }
    assertThat(all).hasSize(34).doesNotHaveDuplicates().startsWith(ids(comment.get("comments")).toArray(String[]::new));
    assertThat(all).doesNotContain("20025"); // COF-5 comment 23 (ids start at 20003) is restricted to the roaster's group
  }

  @Test
  void restricted_comments_are_hidden_from_users_without_the_role_or_group() {
    JsonNode university = Http.basic(cloud, "valentina.cortes@udam.edu.co")
        .get("/rest/api/3/issue/COF-5/comment?maxResults=100").json();
    assertThat(university.get("total").asInt()).isEqualTo(31);
    assertThat(university.get("comments").findValues("visibility")).isEmpty();

    JsonNode roaster = Http.basic(cloud, "sebastian.vargas@tostadoresandinos.com")
        .get("/rest/api/3/issue/COF-5/comment?maxResults=100").json();
    assertThat(roaster.get("total").asInt()).isEqualTo(35);
    List<JsonNode> visibilities = roaster.get("comments").findValues("visibility");
    assertThat(visibilities.stream().map(JsonNode::toString).collect(Collectors.toList())).containsExactly(
        "{\"type\":\"role\",\"value\":\"Steering Committee\",\"identifier\":\"Steering Committee\"}",
        "{\"type\":\"role\",\"value\":\"Steering Committee\",\"identifier\":\"Steering Committee\"}",
        "{\"type\":\"group\",\"value\":\"tostadores-andinos\",\"identifier\":\"5e0c5a4d-0000-4000-8000-000000000006\"}",
        "{\"type\":\"role\",\"value\":\"Steering Committee\",\"identifier\":\"Steering Committee\"}");

    JsonNode study = Http.basic(cloud, "ricardo.silva@udam.edu.co")
        .get("/rest/api/2/issue/COF-36?fields=comment").json().get("fields").get("comment");
    assertThat(study.get("total").asInt()).isEqualTo(1);
    assertThat(Http.basic(cloud, "laura.restrepo@pitalito.gov.co")
        .get("/rest/api/2/issue/COF-36?fields=comment").json().get("fields").get("comment").get("total").asInt())
        .isEqualTo(2);
  }

  @Test
  void data_center_visibility_has_no_identifier_and_bodies_are_wiki_strings() {
    JsonNode page = Http.basic(dc, "laura.restrepo").get("/rest/api/2/issue/COF-36/comment").json();
    JsonNode restricted = page.get("comments").get(1);
    assertThat(restricted.get("visibility").toString()).isEqualTo("{\"type\":\"role\",\"value\":\"Steering Committee\"}");
    assertThat(restricted.get("body").asText()).isEqualTo("Budget for the study may be cut next year; do not share yet.");
    assertThat(restricted.get("author").get("name").asText()).isEqualTo("laura.restrepo");
    assertThat(page.has("self")).isFalse();
  }

  @Test
  void v3_renders_adf_and_v2_strings() {
    JsonNode v3 = http.get("/rest/api/3/issue/COF-1?fields=description").json().get("fields").get("description");
    assertThat(v3.toString()).isEqualTo("{\"type\":\"doc\",\"version\":1,\"content\":["
        + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Everything we do together to raise cup "
        + "scores of the cooperative's lots.\"}]},"
        + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Owned by the cooperative, with the "
        + "roaster and the university.\"}]}]}");
    JsonNode v2 = http.get("/rest/api/2/issue/COF-1?fields=description").json().get("fields").get("description");
    assertThat(v2.asText()).startsWith("Everything we do together").contains("\n\nOwned by");
    JsonNode commentV3 = http.get("/rest/api/3/issue/COF-3/comment").json().get("comments").get(0).get("body");
    assertThat(commentV3.get("type").asText()).isEqualTo("doc");
  }

  @Test
  void worklogs_preview_and_paging() {
    JsonNode worklog = http.get("/rest/api/3/issue/COF-5?fields=worklog").json().get("fields").get("worklog");
    assertThat(worklog.get("worklogs")).hasSize(20);
    assertThat(worklog.get("maxResults").asInt()).isEqualTo(20);
    assertThat(worklog.get("total").asInt()).isEqualTo(24);
    JsonNode page = http.get("/rest/api/3/issue/COF-5/worklog?startAt=20").json();
    assertThat(page.get("worklogs")).hasSize(4);
    assertThat(page.get("total").asInt()).isEqualTo(24);
    JsonNode first = http.get("/rest/api/3/issue/COF-5/worklog?maxResults=1").json().get("worklogs").get(0);
    assertThat(first.get("timeSpent").asText()).isEqualTo("2h");
    assertThat(first.get("timeSpentSeconds").asLong()).isEqualTo(7200);
    assertThat(first.get("issueId").asText()).isEqualTo("10005");
  }

  @Test
  void changelog_previews_differ_between_get_issue_and_search_and_the_rest_is_paged() {
    JsonNode issue = http.get("/rest/api/3/issue/COF-5?expand=changelog&fields=summary").json();
    assertThat(issue.get("changelog").get("total").asInt()).isEqualTo(45);
    assertThat(issue.get("changelog").get("histories")).hasSize(45);
    JsonNode searched = http.get("/rest/api/3/search/jql?jql=key%3DCOF-5&fields=summary&expand=changelog").json()
        .get("issues").get(0).get("changelog");
    assertThat(searched.get("total").asInt()).isEqualTo(45);
    assertThat(searched.get("histories")).hasSize(40);
    // most recent first in the preview
    assertThat(searched.get("histories").get(0).get("id").asText()).isEqualTo(
        issue.get("changelog").get("histories").get(0).get("id").asText());

    JsonNode last = http.get("/rest/api/3/issue/COF-5/changelog?startAt=40&maxResults=10").json();
    assertThat(last.get("total").asInt()).isEqualTo(45);
    assertThat(last.get("isLast").asBoolean()).isTrue();
    assertThat(last.get("values")).hasSize(5);
    JsonNode firstPage = http.get("/rest/api/3/issue/COF-5/changelog?maxResults=10").json();
    assertThat(firstPage.get("isLast").asBoolean()).isFalse();
    assertThat(firstPage.get("nextPage").asText()).endsWith("/rest/api/3/issue/COF-5/changelog?maxResults=10&startAt=10");
    // oldest first in the paging endpoint: the last history of the page is the newest overall
    assertThat(last.get("values").get(4).get("id").asText())
        .isEqualTo(issue.get("changelog").get("histories").get(0).get("id").asText());
    assertThat(last.get("values").get(4).get("items").get(0).has("fieldId")).isTrue();
  }

  @Test
  void bulk_fetch_returns_issues_by_id_with_errors_and_refuses_more_than_100() {
    JsonNode answer = http.post("/rest/api/3/issue/bulkfetch",
        "{\"issueIdsOrKeys\":[\"COF-9\",\"10003\",\"COF-999\"],\"fields\":[\"summary\"]}").json();
    assertThat(answer.get("issues").findValues("key").stream().map(JsonNode::asText))
        .containsExactly("COF-3", "COF-9");
    assertThat(answer.get("issueErrors").toString()).isEqualTo("[{\"id\":\"COF-999\",\"errorMessage\":\"Issue does "
        + "not exist or you do not have permission to see it.\"}]");

    String keys = IntStream.rangeClosed(1, 101).mapToObj(i -> "\"COF-" + i + "\"").collect(Collectors.joining(","));
    Http.Answer tooMany = http.post("/rest/api/3/issue/bulkfetch", "{\"issueIdsOrKeys\":[" + keys + "]}");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.raw()).isEqualTo("{\"errorMessages\":[\"The number of issue IDs or keys requested (101) "
        + "exceeds the maximum of 100.\"],\"errors\":{}}");
    Http.Answer none = http.post("/rest/api/3/issue/bulkfetch", "{\"issueIdsOrKeys\":[]}");
    assertThat(none.status()).isEqualTo(400);
  }

  @Test
  void changelog_bulk_fetch_pages_by_token() {
    List<String> histories = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      JsonNode page = http.post("/rest/api/3/changelog/bulkfetch", "{\"issueIdsOrKeys\":[\"COF-5\",\"COF-20\"],"
          + "\"maxResults\":10" + (token == null ? "" : ",\"nextPageToken\":\"" + token + "\"") + "}").json();
      pages++;
      page.get("issueChangeLogs").forEach(log -> histories.addAll(ids(log.get("changeHistories"))));
      token = page.hasNonNull("nextPageToken") ? page.get("nextPageToken").asText() : null;
    } while (token != null);
    assertThat(pages).isEqualTo(5);
    assertThat(histories).hasSize(50).doesNotHaveDuplicates();

    JsonNode status = http.post("/rest/api/3/changelog/bulkfetch",
        "{\"issueIdsOrKeys\":[\"COF-20\"],\"fieldIds\":[\"resolution\"]}").json();
    assertThat(status.get("issueChangeLogs").get(0).get("issueId").asText()).isEqualTo("10020");
    assertThat(status.get("issueChangeLogs").get(0).get("changeHistories")).hasSize(3);
    assertThat(status.has("nextPageToken")).isFalse();
  }

  @Test
  void missing_issue_is_jiras_404() {
    Http.Answer answer = http.get("/rest/api/3/issue/COF-999");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.raw()).isEqualTo("{\"errorMessages\":[\"Issue does not exist or you do not have permission to "
        + "see it.\"],\"errors\":{}}");
  }

  @Test
  void get_issue_defaults_to_all_fields_with_sprint_and_flagged() {
    JsonNode fields = http.get("/rest/api/3/issue/COF-33").json().get("fields");
    assertThat(fields.has("comment")).isTrue();
    assertThat(fields.get("customfield_10020").toString()).isEqualTo("[{\"id\":6,\"name\":\"COF Sprint 6\","
        + "\"state\":\"active\",\"boardId\":1,\"goal\":\"Agree the 2027 price formula with the cooperative\","
        + "\"startDate\":\"2026-11-09T14:00:00.000Z\",\"endDate\":\"2026-11-23T14:00:00.000Z\"}]");
    assertThat(fields.get("customfield_10021").get(0).get("value").asText()).isEqualTo("Impediment");
    assertThat(fields.get("status").get("statusCategory").get("key").asText()).isEqualTo("indeterminate");
    assertThat(fields.get("duedate").asText()).isEqualTo("2026-12-02");
    assertThat(fields.get("resolution").isNull()).isTrue();
  }
}
