package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutuality.sandbox.WriteFixtures.INTEGRATION;
import static org.mutuality.sandbox.WriteFixtures.T0;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.limits.ManualClock;

/** Issue writes over loopback: create, labels via update and fields, properties, links, 409, returnIssue. */
class IssueWritesTest {
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

  private String create(String labelsJson) {
    Http.Answer answer = http.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"COF\"},"
        + "\"issuetype\":{\"name\":\"Task\"},\"summary\":\"Cupping sheet for lot 7\",\"labels\":" + labelsJson
        + ",\"description\":{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":"
        + "[{\"type\":\"text\",\"text\":\"Scores from the blind panel.\"}]}]}}}");
    assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    return answer.json().get("key").asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void create_answers_201_with_the_reference_and_the_issue_reads_back_in_both_versions() {
    long id = WriteFixtures.nextIssueId();
    String key = "COF-" + WriteFixtures.nextIssueNumber("COF");
    Http.Answer answer = http.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"COF\"},"
        + "\"issuetype\":{\"name\":\"Task\"},\"summary\":\"Cupping sheet for lot 7\",\"labels\":[\"quality\","
        + "\"cupping\"],\"duedate\":\"2026-12-01\",\"assignee\":{\"id\":\"63f1c0ffee000000a11ce00f\"},"
        + "\"description\":{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":"
        + "[{\"type\":\"text\",\"text\":\"Scores from the blind panel.\"}]}]}}}");
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.raw()).isEqualTo("{\"id\":\"" + id + "\",\"key\":\"" + key + "\",\"self\":\""
        + cloud.baseUri() + "/rest/api/3/issue/" + id + "\"}");

    JsonNode v2 = http.get("/rest/api/2/issue/" + key).json().get("fields");
    assertThat(v2.get("summary").asText()).isEqualTo("Cupping sheet for lot 7");
    assertThat(v2.get("description").asText()).isEqualTo("Scores from the blind panel.");
    assertThat(texts(v2.get("labels"))).containsExactly("cupping", "quality");
    assertThat(v2.get("status").get("name").asText()).isEqualTo("To Do");
    assertThat(v2.get("priority").get("name").asText()).isEqualTo("Medium");
    assertThat(v2.get("reporter").get("displayName").asText()).isEqualTo("Café del Sur Integration");
    assertThat(v2.get("assignee").get("displayName").asText()).isEqualTo("Valentina Cortés");
    assertThat(v2.get("duedate").asText()).isEqualTo("2026-12-01");
    assertThat(v2.get("created").asText()).isEqualTo("2026-11-20T10:00:00.000+0000");
    assertThat(v2.get("updated").asText()).isEqualTo("2026-11-20T10:00:00.000+0000");
    assertThat(http.get("/rest/api/3/issue/" + key + "?fields=description").json().get("fields")
        .get("description").toString()).isEqualTo("{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":"
            + "\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Scores from the blind panel.\"}]}]}");

    JsonNode found = http.post("/rest/api/3/search/jql", "{\"jql\":\"key in (" + key + ")\",\"fields\":[\"summary\"]}")
        .json();
    assertThat(found.get("issues").get(0).get("key").asText()).isEqualTo(key);
  }

  @Test
  void create_reports_every_bad_field_as_jira_does() {
    Http.Answer answer = http.post("/rest/api/2/issue", "{\"fields\":{\"project\":{\"key\":\"NOPE\"},"
        + "\"summary\":\" \",\"labels\":[\"two words\"],\"storyPoints\":3}}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("errorMessages")).isEmpty();
    JsonNode errors = answer.json().get("errors");
    assertThat(errors.get("project").asText()).isEqualTo("Specify a valid project ID or key");
    assertThat(errors.get("issuetype").asText()).isEqualTo("Specify an issue type");
    assertThat(errors.get("summary").asText()).isEqualTo("You must specify a summary of the issue.");
    assertThat(errors.get("labels").asText()).isEqualTo("The label 'two words' contains spaces which is invalid.");
    assertThat(errors.get("storyPoints").asText())
        .isEqualTo("Field 'storyPoints' cannot be set. It is not on the appropriate screen, or unknown.");
    assertThat(errors).hasSize(5);

    Http.Answer v3String = http.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"COF\"},"
        + "\"issuetype\":{\"id\":\"10001\"},\"summary\":\"x\",\"description\":\"plain\"}}");
    assertThat(v3String.status()).isEqualTo(400);
    assertThat(v3String.json().get("errors").get("description").asText())
        .isEqualTo("Operation value must be an Atlassian Document (see the Atlassian Document Format)");
  }

  @Test
  void labels_update_adds_and_removes_records_one_history_and_bumps_updated() {
    String key = create("[\"blocker\",\"cupping\"]");
    long historyId = WriteFixtures.nextHistoryId();
    Http.Answer edit = http.put("/rest/api/3/issue/" + key,
        "{\"update\":{\"labels\":[{\"add\":\"triaged\"},{\"remove\":\"blocker\"}]}}");
    assertThat(edit.status()).isEqualTo(204);
    assertThat(edit.raw()).isEmpty();

    JsonNode issue = http.get("/rest/api/3/issue/" + key + "?expand=changelog&fields=labels,updated").json();
    assertThat(texts(issue.get("fields").get("labels"))).containsExactly("cupping", "triaged");
    assertThat(issue.get("fields").get("updated").asText()).isEqualTo("2026-11-20T10:00:00.001+0000");
    JsonNode histories = issue.get("changelog").get("histories");
    assertThat(histories).hasSize(1);
    assertThat(histories.get(0).get("id").asText()).isEqualTo(String.valueOf(historyId));
    assertThat(histories.get(0).get("created").asText()).isEqualTo("2026-11-20T10:00:00.001+0000");
    assertThat(histories.get(0).get("author").get("displayName").asText()).isEqualTo("Café del Sur Integration");
    assertThat(histories.get(0).get("items").toString()).isEqualTo("[{\"field\":\"labels\",\"fieldtype\":\"jira\","
        + "\"fieldId\":\"labels\",\"from\":null,\"fromString\":\"blocker cupping\",\"to\":null,"
        + "\"toString\":\"cupping triaged\"}]");

    assertThat(http.put("/rest/api/2/issue/" + key, "{\"fields\":{\"labels\":[\"roast\"]}}").status())
        .isEqualTo(204);
    JsonNode page = http.get("/rest/api/3/issue/" + key + "/changelog").json();
    assertThat(page.get("total").asInt()).isEqualTo(2);
    assertThat(page.get("values").get(1).get("items").get(0).get("toString").asText()).isEqualTo("roast");

    // adding a label it already has changes nothing: no history, no new `updated`
    assertThat(http.put("/rest/api/3/issue/" + key, "{\"update\":{\"labels\":[{\"add\":\"roast\"}]}}").status())
        .isEqualTo(204);
    JsonNode after = http.get("/rest/api/3/issue/" + key + "?fields=updated").json();
    assertThat(after.get("fields").get("updated").asText()).isEqualTo("2026-11-20T10:00:00.002+0000");
    assertThat(http.get("/rest/api/3/issue/" + key + "/changelog").json().get("total").asInt()).isEqualTo(2);
  }

  @Test
  void the_partner_select_list_is_set_by_value_or_id_read_back_and_cleared_with_a_history() {
    String key = create("[]");
    assertThat(http.get("/rest/api/3/issue/" + key + "?fields=customfield_10050").json().get("fields").toString())
        .isEqualTo("{\"customfield_10050\":null}");
    assertThat(http.put("/rest/api/3/issue/" + key,
        "{\"fields\":{\"customfield_10050\":{\"value\":\"Tostadores Andinos\"}}}").status()).isEqualTo(204);
    assertThat(http.get("/rest/api/2/issue/" + key + "?fields=customfield_10050").json().get("fields").toString())
        .isEqualTo("{\"customfield_10050\":{\"self\":\"" + cloud.baseUri()
            + "/rest/api/2/customFieldOption/10302\",\"value\":\"Tostadores Andinos\",\"id\":\"10302\"}}");
    assertThat(http.put("/rest/api/3/issue/" + key,
        "{\"update\":{\"customfield_10050\":[{\"set\":{\"id\":\"10305\"}}]}}").status()).isEqualTo(204);
    assertThat(http.get("/rest/api/3/issue/" + key + "?fields=customfield_10050").json().get("fields")
        .get("customfield_10050").get("value").asText()).isEqualTo("Federación Nacional de Cafeteros");
    assertThat(http.put("/rest/api/3/issue/" + key, "{\"fields\":{\"customfield_10050\":null}}").status())
        .isEqualTo(204);
    assertThat(http.get("/rest/api/3/issue/" + key + "?fields=customfield_10050").json().get("fields").toString())
        .isEqualTo("{\"customfield_10050\":null}");
    JsonNode values = http.get("/rest/api/3/issue/" + key + "/changelog").json().get("values");
    assertThat(values).hasSize(3);
    assertThat(values.get(0).get("items").toString()).isEqualTo("[{\"field\":\"Partner\",\"fieldtype\":\"custom\","
        + "\"fieldId\":\"customfield_10050\",\"from\":null,\"fromString\":null,\"to\":\"10302\","
        + "\"toString\":\"Tostadores Andinos\"}]");
    assertThat(values.get(2).get("items").get(0).get("fromString").asText())
        .isEqualTo("Federación Nacional de Cafeteros");

    Http.Answer bad = http.put("/rest/api/3/issue/" + key, "{\"fields\":{\"customfield_10050\":{\"value\":\"Nope\"}}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.raw()).isEqualTo("{\"errorMessages\":[],\"errors\":{\"customfield_10050\":"
        + "\"Option value 'Nope' is not valid\"}}");
    assertThat(http.put("/rest/api/3/issue/" + key, "{\"fields\":{\"customfield_10050\":{\"id\":\"1\"}}}").raw())
        .isEqualTo("{\"errorMessages\":[],\"errors\":{\"customfield_10050\":\"Option id '1' is not valid\"}}");
    JsonNode field = null;
    for (JsonNode f : http.get("/rest/api/3/field").json()) {
      if (f.get("id").asText().equals("customfield_10050")) {
        field = f;
      }
    }
    assertThat(field.get("name").asText()).isEqualTo("Partner");
    assertThat(field.get("schema").toString()).isEqualTo("{\"type\":\"option\",\"custom\":"
        + "\"com.atlassian.jira.plugin.system.customfieldtypes:select\",\"customId\":10050}");
  }

  @Test
  void edit_errors_name_the_field() {
    Http.Answer both = http.put("/rest/api/3/issue/COF-3",
        "{\"fields\":{\"labels\":[\"a\"]},\"update\":{\"labels\":[{\"add\":\"b\"}]}}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.raw()).isEqualTo("{\"errorMessages\":[],\"errors\":{\"labels\":\"Field 'labels' cannot be set "
        + "in both 'fields' and 'update'.\"}}");
    Http.Answer unknown = http.put("/rest/api/3/issue/COF-3", "{\"fields\":{\"status\":{\"name\":\"Done\"}}}");
    assertThat(unknown.raw()).isEqualTo("{\"errorMessages\":[],\"errors\":{\"status\":\"Field 'status' cannot be "
        + "set. It is not on the appropriate screen, or unknown.\"}}");
    Http.Answer space = http.put("/rest/api/3/issue/COF-3", "{\"update\":{\"labels\":[{\"add\":\"a b\"}]}}");
    assertThat(space.json().get("errors").get("labels").asText())
        .isEqualTo("The label 'a b' contains spaces which is invalid.");
    assertThat(http.put("/rest/api/3/issue/COF-999999", "{\"fields\":{}}").raw()).isEqualTo("{\"errorMessages\":"
        + "[\"Issue does not exist or you do not have permission to see it.\"],\"errors\":{}}");

    Http.Answer app = Http.basic(cloud, "automation@connect.atlassian.com").put("/rest/api/3/issue/COF-3",
        "{\"update\":{\"labels\":[{\"add\":\"x\"}]}}");
    assertThat(app.status()).isEqualTo(403);
    assertThat(app.json().get("errorMessages").get(0).asText())
        .isEqualTo("You do not have permission to edit issues in this project.");
  }

  @Test
  void an_injected_conflict_answers_409_once_and_changes_nothing() {
    String key = create("[\"cupping\"]");
    cloud.store().injectConflicts(key, 1);
    Http.Answer conflict = http.put("/rest/api/3/issue/" + key, "{\"update\":{\"labels\":[{\"add\":\"x\"}]}}");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.raw()).isEqualTo("{\"errorMessages\":[\"Issue could not be updated due to a conflicting "
        + "update.\"],\"errors\":{}}");
    assertThat(texts(http.get("/rest/api/3/issue/" + key + "?fields=labels").json().get("fields").get("labels")))
        .containsExactly("cupping");
    assertThat(http.put("/rest/api/3/issue/" + key, "{\"update\":{\"labels\":[{\"add\":\"x\"}]}}").status())
        .isEqualTo(204);
  }

  @Test
  void return_issue_answers_200_with_the_edited_issue() {
    String key = create("[]");
    Http.Answer answer = http.put("/rest/api/2/issue/" + key + "?returnIssue=true",
        "{\"fields\":{\"summary\":\"Cupping sheet for lot 8\"},\"update\":{\"description\":[{\"set\":\"v2 text\"}]}}");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("key").asText()).isEqualTo(key);
    assertThat(answer.json().get("fields").get("summary").asText()).isEqualTo("Cupping sheet for lot 8");
    assertThat(answer.json().get("fields").get("description").asText()).isEqualTo("v2 text");
  }

  @Test
  void issue_properties_are_created_updated_listed_read_and_deleted() {
    String base = "/rest/api/3/issue/COF-3/properties";
    String updated = http.get("/rest/api/3/issue/COF-3?fields=updated").json().get("fields").get("updated").asText();
    assertThat(http.get(base).raw()).isEqualTo("{\"keys\":[]}");
    Http.Answer created = http.put(base + "/mutuality.sync", "{\"lastSeen\":\"2026-11-20\",\"n\":1}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.raw()).isEmpty();
    assertThat(http.put(base + "/mutuality.sync", "{\"n\":2}").status()).isEqualTo(200);
    assertThat(http.put(base + "/flag", "true").status()).isEqualTo(201);
    assertThat(http.get(base).raw()).isEqualTo("{\"keys\":[{\"key\":\"mutuality.sync\",\"self\":\"" + cloud.baseUri()
        + "/rest/api/3/issue/COF-3/properties/mutuality.sync\"},{\"key\":\"flag\",\"self\":\"" + cloud.baseUri()
        + "/rest/api/3/issue/COF-3/properties/flag\"}]}");
    assertThat(http.get(base + "/mutuality.sync").raw()).isEqualTo("{\"key\":\"mutuality.sync\",\"value\":{\"n\":2}}");
    assertThat(http.delete(base + "/mutuality.sync").status()).isEqualTo(204);
    Http.Answer gone = http.get(base + "/mutuality.sync");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.raw()).isEqualTo("{\"errorMessages\":[\"The property with key 'mutuality.sync' does not exist.\"],"
        + "\"errors\":{}}");
    assertThat(http.delete(base + "/mutuality.sync").status()).isEqualTo(404);
    Http.Answer tooLong = http.put(base + "/big", "\"" + "x".repeat(32767) + "\"");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("errorMessages").get(0).asText())
        .isEqualTo("The property value cannot be longer than 32768 characters.");
    assertThat(http.put(base + "/empty", "").status()).isEqualTo(400);
    // properties are not fields: no `updated` bump, no changelog
    assertThat(http.get("/rest/api/3/issue/COF-3?fields=updated").json().get("fields").get("updated").asText())
        .isEqualTo(updated);
    assertThat(http.get("/rest/api/3/issue/COF-3/changelog").json().get("values").toString())
        .doesNotContain("2026-11-20T10:00");
  }

  @Test
  void issue_link_answers_201_and_both_issues_show_it_with_a_link_history() {
    String a = create("[]");
    String b = create("[]");
    long linkId = WriteFixtures.nextLinkId();
    Http.Answer answer = http.post("/rest/api/3/issueLink",
        "{\"type\":{\"name\":\"Blocks\"},\"inwardIssue\":{\"key\":\"" + a + "\"},\"outwardIssue\":{\"key\":\"" + b
            + "\"}}");
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.raw()).isEmpty();
    JsonNode fromA = http.get("/rest/api/2/issue/" + a + "?fields=issuelinks").json().get("fields").get("issuelinks");
    assertThat(fromA).hasSize(1);
    assertThat(fromA.get(0).get("id").asText()).isEqualTo(String.valueOf(linkId));
    assertThat(fromA.get(0).get("type").get("outward").asText()).isEqualTo("blocks");
    assertThat(fromA.get(0).get("outwardIssue").get("key").asText()).isEqualTo(b);
    JsonNode fromB = http.get("/rest/api/2/issue/" + b + "?fields=issuelinks").json().get("fields").get("issuelinks");
    assertThat(fromB.get(0).get("inwardIssue").get("key").asText()).isEqualTo(a);
    JsonNode history = http.get("/rest/api/3/issue/" + b + "/changelog").json().get("values").get(0);
    assertThat(history.get("items").toString()).isEqualTo("[{\"field\":\"Link\",\"fieldtype\":\"jira\","
        + "\"from\":null,\"fromString\":null,\"to\":\"" + a + "\",\"toString\":\"This issue is blocked by " + a
        + "\"}]");

    // the same link again is accepted but not added twice
    assertThat(http.post("/rest/api/3/issueLink", "{\"type\":{\"name\":\"Blocks\"},\"inwardIssue\":{\"key\":\"" + a
        + "\"},\"outwardIssue\":{\"key\":\"" + b + "\"}}").status()).isEqualTo(201);
    assertThat(http.get("/rest/api/2/issue/" + a + "?fields=issuelinks").json().get("fields").get("issuelinks"))
        .hasSize(1);

    Http.Answer badType = http.post("/rest/api/3/issueLink", "{\"type\":{\"name\":\"Causes\"},\"inwardIssue\":"
        + "{\"key\":\"" + a + "\"},\"outwardIssue\":{\"key\":\"" + b + "\"}}");
    assertThat(badType.status()).isEqualTo(404);
    assertThat(badType.json().get("errorMessages").get(0).asText())
        .isEqualTo("No issue link type with name 'Causes' found.");
  }
}
