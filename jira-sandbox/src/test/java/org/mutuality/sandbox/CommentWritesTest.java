package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutuality.sandbox.WriteFixtures.INTEGRATION;
import static org.mutuality.sandbox.WriteFixtures.T0;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.limits.ManualClock;

/** Comment create, update and delete, with visibility and permissions, in both flavours. */
class CommentWritesTest {
  private static final String ADF_HOLA = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\","
      + "\"content\":[{\"type\":\"text\",\"text\":\"Hola\"}]},{\"type\":\"paragraph\",\"content\":[{\"type\":"
      + "\"text\",\"text\":\"Segunda línea\"}]}]}";

  private JiraSandbox cloud;
  private Http http;

  @BeforeEach
  void start() {
    cloud = JiraSandbox.builder().clock(ManualClock.at(T0)).start();
    http = Http.basic(cloud, INTEGRATION);
  }

  @AfterEach
  void stop() {
    cloud.close();
  }

  private int total(Http client, String key) {
    return client.get("/rest/api/3/issue/" + key + "/comment").json().get("total").asInt();
  }

  @Test
  void a_v3_comment_is_created_in_adf_and_reads_back_as_a_v2_string() {
    int before = total(http, "COF-3");
    long id = WriteFixtures.nextCommentId();
    Http.Answer answer = http.post("/rest/api/3/issue/COF-3/comment", "{\"body\":" + ADF_HOLA + "}");
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    JsonNode comment = answer.json();
    assertThat(comment.get("id").asText()).isEqualTo(String.valueOf(id));
    assertThat(comment.get("self").asText()).isEqualTo(cloud.baseUri() + "/rest/api/3/issue/10003/comment/" + id);
    assertThat(comment.get("body").toString()).isEqualTo(ADF_HOLA);
    assertThat(comment.get("author").get("accountId").asText()).isEqualTo("63f1c0ffee000000a11ce012");
    assertThat(comment.get("created").asText()).isEqualTo("2026-11-20T10:00:00.000+0000");
    assertThat(comment.get("updated").asText()).isEqualTo("2026-11-20T10:00:00.000+0000");
    assertThat(comment.has("visibility")).isFalse();

    JsonNode v2 = http.get("/rest/api/2/issue/COF-3/comment/" + id).json();
    assertThat(v2.get("body").asText()).isEqualTo("Hola\n\nSegunda línea");
    assertThat(total(http, "COF-3")).isEqualTo(before + 1);
    assertThat(http.get("/rest/api/3/issue/COF-3?fields=updated").json().get("fields").get("updated").asText())
        .isEqualTo("2026-11-20T10:00:00.000+0000");
  }

  @Test
  void a_restricted_comment_is_hidden_from_users_outside_the_role_and_checked_on_write() {
    Http.Answer steering = http.post("/rest/api/2/issue/COF-3/comment",
        "{\"body\":\"Price per lot, steering only\",\"visibility\":{\"type\":\"role\","
            + "\"value\":\"Steering Committee\"}}");
    assertThat(steering.status()).isEqualTo(201);
    assertThat(steering.json().get("visibility").toString())
        .isEqualTo("{\"type\":\"role\",\"value\":\"Steering Committee\",\"identifier\":\"Steering Committee\"}");
    String id = steering.json().get("id").asText();
    Http university = Http.basic(cloud, "valentina.cortes@udam.edu.co");
    assertThat(university.get("/rest/api/2/issue/COF-3/comment/" + id).status()).isEqualTo(404);
    assertThat(university.put("/rest/api/2/issue/COF-3/comment/" + id, "{\"body\":\"x\"}").raw())
        .isEqualTo("{\"errorMessages\":[\"Can not find a comment for the id: " + id + ".\"],\"errors\":{}}");

    Http.Answer byGroupId = http.post("/rest/api/3/issue/COF-3/comment", "{\"body\":" + ADF_HOLA
        + ",\"visibility\":{\"type\":\"group\",\"identifier\":\"5e0c5a4d-0000-4000-8000-000000000002\"}}");
    assertThat(byGroupId.status()).as(byGroupId.raw()).isEqualTo(201);
    assertThat(byGroupId.json().get("visibility").toString()).isEqualTo("{\"type\":\"group\","
        + "\"value\":\"cafe-sur-admins\",\"identifier\":\"5e0c5a4d-0000-4000-8000-000000000002\"}");

    Http.Answer notMember = http.post("/rest/api/2/issue/COF-3/comment",
        "{\"body\":\"x\",\"visibility\":{\"type\":\"group\",\"value\":\"tostadores-andinos\"}}");
    assertThat(notMember.status()).isEqualTo(400);
    assertThat(notMember.raw()).isEqualTo("{\"errorMessages\":[],\"errors\":{\"commentLevel\":"
        + "\"You are currently not a member of the group: tostadores-andinos.\"}}");
    Http.Answer noRole = http.post("/rest/api/2/issue/COF-3/comment",
        "{\"body\":\"x\",\"visibility\":{\"type\":\"role\",\"value\":\"Auditors\"}}");
    assertThat(noRole.json().get("errors").get("commentLevel").asText())
        .isEqualTo("You are currently not a member of the project role: Auditors.");
    Http.Answer empty = http.post("/rest/api/2/issue/COF-3/comment", "{\"body\":\"  \"}");
    assertThat(empty.raw()).isEqualTo("{\"errorMessages\":[],\"errors\":{\"comment\":\"Comment body can not be "
        + "empty!\"}}");
    Http.Answer app = Http.basic(cloud, "automation@connect.atlassian.com")
        .post("/rest/api/2/issue/COF-3/comment", "{\"body\":\"bot\"}");
    assertThat(app.raw()).isEqualTo("{\"errorMessages\":[\"You do not have the permission to comment on this "
        + "issue.\"],\"errors\":{}}");
  }

  @Test
  void authors_edit_and_delete_their_own_comments_and_administrators_any() {
    Http university = Http.basic(cloud, "valentina.cortes@udam.edu.co");
    String mine = university.post("/rest/api/2/issue/COF-3/comment", "{\"body\":\"Soil samples taken\"}").json()
        .get("id").asText();
    String theirs = http.post("/rest/api/2/issue/COF-3/comment", "{\"body\":\"Integration note\"}").json()
        .get("id").asText();

    Http.Answer edited = university.put("/rest/api/2/issue/COF-3/comment/" + mine, "{\"body\":\"Soil samples sent\"}");
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.json().get("body").asText()).isEqualTo("Soil samples sent");
    assertThat(edited.json().get("created").asText()).isEqualTo("2026-11-20T10:00:00.000+0000");
    assertThat(edited.json().get("updated").asText()).isEqualTo("2026-11-20T10:00:00.002+0000");

    Http.Answer refused = university.put("/rest/api/2/issue/COF-3/comment/" + theirs, "{\"body\":\"hijack\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.raw()).isEqualTo("{\"errorMessages\":[\"You do not have the permission to edit this "
        + "comment.\"],\"errors\":{}}");
    Http.Answer noDelete = university.delete("/rest/api/2/issue/COF-3/comment/" + theirs);
    assertThat(noDelete.raw()).isEqualTo("{\"errorMessages\":[\"You do not have permission to delete comment with "
        + "id: " + theirs + "\"],\"errors\":{}}");

    // the integration user is an Administrator of COF: it may edit anyone's comment
    Http.Answer admin = http.put("/rest/api/2/issue/COF-3/comment/" + mine, "{\"body\":\"Soil samples (edited)\"}");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.json().get("author").get("displayName").asText()).isEqualTo("Valentina Cortés");
    assertThat(admin.json().get("updateAuthor").get("displayName").asText()).isEqualTo("Café del Sur Integration");

    assertThat(university.delete("/rest/api/2/issue/COF-3/comment/" + mine).status()).isEqualTo(204);
    assertThat(http.get("/rest/api/2/issue/COF-3/comment/" + mine).status()).isEqualTo(404);
    assertThat(http.delete("/rest/api/2/issue/COF-3/comment/" + mine).status()).isEqualTo(404);
  }

  @Test
  void update_keeps_the_restriction_unless_visibility_is_sent() {
    String id = http.post("/rest/api/2/issue/COF-3/comment", "{\"body\":\"a\",\"visibility\":{\"type\":\"role\","
        + "\"value\":\"Administrators\"}}").json().get("id").asText();
    JsonNode kept = http.put("/rest/api/2/issue/COF-3/comment/" + id, "{\"body\":\"b\"}").json();
    assertThat(kept.get("visibility").get("value").asText()).isEqualTo("Administrators");
    JsonNode cleared = http.put("/rest/api/2/issue/COF-3/comment/" + id, "{\"visibility\":null}").json();
    assertThat(cleared.has("visibility")).isFalse();
    assertThat(cleared.get("body").asText()).isEqualTo("b");
  }

  @Test
  void data_center_comments_are_wiki_strings_without_identifier() {
    try (JiraSandbox dc = JiraSandbox.builder().flavor(Flavor.DC).clock(ManualClock.at(T0)).start()) {
      Http client = Http.basic(dc, "cafesur-integration");
      Http.Answer answer = client.post("/rest/api/2/issue/COF-3/comment",
          "{\"body\":\"*bold* note\",\"visibility\":{\"type\":\"role\",\"value\":\"Administrators\"}}");
      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.json().get("body").asText()).isEqualTo("*bold* note");
      assertThat(answer.json().get("visibility").toString())
          .isEqualTo("{\"type\":\"role\",\"value\":\"Administrators\"}");
      assertThat(answer.json().get("author").get("key").asText()).isEqualTo("JIRAUSER10118");
      assertThat(client.post("/rest/api/3/issue/COF-3/comment", "{\"body\":\"x\"}").status()).isEqualTo(404);
    }
  }
}
