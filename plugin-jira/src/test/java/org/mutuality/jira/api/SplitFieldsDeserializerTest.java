package org.mutuality.jira.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A search page's issues read in one pass hold what the tree read converted afterwards held. */
class SplitFieldsDeserializerTest {
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

  private static final String PAGE = """
      {"isLast": true, "issues": [
        {"id": "10001", "key": "COF-1", "fields": {
          "summary": "Roast plan", "customfield_10020": [{"id": 5, "name": "S5", "state": "closed"}],
          "status": {"id": "3", "name": "In Progress", "statusCategory": {"key": "indeterminate"}},
          "assignee": null, "labels": "single", "components": [{"id": "1", "name": "Ops", "extra": {"a": [1]}}],
          "customfield_10050": null, "created": "2026-11-20T09:00:00.000+0000", "unknownStandard": {"x": 1.50},
          "issuelinks": [{"id": "7", "type": {"name": "Blocks"}, "outwardIssue": {"id": "2", "key": "COF-2"}}],
          "comment": {"total": 1, "comments": [{"id": "1", "body": {"type": "doc", "content": []}}]},
          "worklog": {"total": 0, "worklogs": []}, "resolutiondate": 12, "customfield_10050": {"value": "X"}},
         "changelog": {"total": 0, "histories": []}},
        {"id": "10002", "key": "COF-2", "fields": {}},
        {"id": "10003", "key": "COF-3", "fields": null},
        {"id": "10004", "key": "COF-4"}
      ]}
      """;

  @Test
  void standard_fields_typed_the_others_as_trees() throws Exception {
    IssueJson.TokenSearchPage page = mapper.readValue(PAGE, IssueJson.TokenSearchPage.class);
    JsonNode tree = mapper.readTree(PAGE).get("issues");
    assertThat(page.issues()).hasSize(4);
    for (int i = 0; i < 4; i++) {
      IssueJson.SearchIssue issue = page.issues().get(i);
      JsonNode fields = tree.get(i).get("fields");
      IssueJson.Fields expected = fields == null || fields.isNull() ? IssueJson.Fields.NONE
          : mapper.convertValue(fields, IssueJson.Fields.class);
      assertThat(issue.standard()).isEqualTo(expected);
      ObjectNode others = fields == null || fields.isNull() ? mapper.createObjectNode() : fields.deepCopy();
      List.of(IssueJson.Fields.class.getRecordComponents()).forEach(c -> others.remove(c.getName()));
      assertThat(issue.custom()).isEqualTo(others);
    }
    IssueJson.SearchIssue first = page.issues().get(0);
    assertThat(first.standard().labels()).containsExactly("single");
    assertThat(first.standard().resolutiondate()).isEqualTo("12");
    assertThat(first.custom().get("customfield_10050").path("value").asText()).isEqualTo("X");
    assertThat(first.custom().get("customfield_10020").get(0).get("id").asInt()).isEqualTo(5);
    assertThat(first.changelog().total()).isZero();
  }
}
