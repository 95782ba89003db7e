package org.mutuality.jira.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;
import org.mutuality.report.AppliedWaiver;
import org.mutuality.report.ReportFinding;
import org.mutuality.report.WaiverStatus;

/** The planner alone: findings and an issue's state in, changes out, no HTTP. */
class PlannerTest {
  private static final Marks MARKS = new Marks(WriteBackSettings.DEFAULT);
  private static final Planner PLANNER = new Planner(MARKS);
  private static final Instant UPDATED = Instant.parse("2026-11-01T10:00:00Z");

  private static ReportFinding finding(String rule, Key key, String issue, boolean shadow, AppliedWaiver waiver) {
    return new ReportFinding(rule, key, Severity.MINOR, new Subject(SubjectType.ISSUE, issue, issue),
        issue + " has a problem", Map.of("days", 12), rule + "-" + issue, "Fix it.", waiver, shadow);
  }

  private static ReportFinding finding(String rule, Key key, String issue) {
    return finding(rule, key, issue, false, null);
  }

  private static List<String> described(List<Change> changes) {
    return changes.stream().map(Change::describe).toList();
  }

  @Test
  void a_new_finding_gets_a_comment_a_label_and_the_property_last() {
    List<Change> plan = PLANNER.plan(List.of(finding("COORD-006", Key.COORDINATION, "COF-5")),
        Map.of("COF-5", new IssueState("COF-5", List.of("harvest"), List.of(), null, UPDATED)));

    assertThat(described(plan)).containsExactly(
        "COF-5  record updated  mutuality.findings  (the issue's updated as people left it, before Mutuality's "
            + "writes)",
        "COF-5  create comment  (COORD-006 minor)",
        "COF-5  add labels  mutuality-coordination  (COORD-006 minor)",
        "COF-5  set property  mutuality.findings  (the findings as JSON, the managed comment's id)");
    assertThat(plan.get(0).value().get("updatedBefore").asText()).isEqualTo("2026-11-01T10:00:00Z");
    assertThat(plan.get(1).text()).startsWith("Mutuality: partnership health findings on COF-5 "
        + "(mutuality-managed-comment)\n").contains("\n\nMINOR · COORD-006 · coordination\nCOF-5 has a problem\n"
        + "Evidence: days 12\nWhat to do: Fix it.");
  }

  @Test
  void an_issue_already_in_its_planned_state_plans_nothing() {
    IssueTarget target = new IssueTarget("COF-5", List.of(finding("COORD-006", Key.COORDINATION, "COF-5")));
    IssueState empty = new IssueState("COF-5", List.of("harvest"), List.of(), null, UPDATED);
    ObjectNode written = ((ObjectNode) PLANNER.planIssue(target, empty).get(3).value()).deepCopy();
    written.put("commentId", "501");
    written.put("issueUpdated", "2026-11-20T09:00:00Z");

    IssueState done = new IssueState("COF-5", List.of("harvest", "mutuality-coordination"), List.of("501"),
        written, Instant.parse("2026-11-20T09:00:00Z"));

    assertThat(PLANNER.planIssue(target, done)).isEmpty();
  }

  @Test
  void findings_gone_remove_the_property_first_then_comments_then_only_our_labels() {
    JsonNode property = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("commentId", "501");
    IssueState state = new IssueState("COF-5", List.of("harvest", "mutuality-coordination", "mutualityfan"),
        List.of("501"), property, UPDATED);

    assertThat(described(PLANNER.plan(List.of(), Map.of("COF-5", state)))).containsExactly(
        "COF-5  delete property  mutuality.findings  (no findings left)",
        "COF-5  delete comment  501  (no findings left)",
        "COF-5  remove labels  mutuality-coordination  (no counted finding under coordination any more)");
  }

  @Test
  void a_duplicate_managed_comment_is_deleted_and_the_one_the_property_names_kept() {
    IssueTarget target = new IssueTarget("COF-5", List.of(finding("COORD-006", Key.COORDINATION, "COF-5")));
    ObjectNode property = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("commentId", "502");
    IssueState state = new IssueState("COF-5", List.of("mutuality-coordination"), List.of("501", "502"), property,
        UPDATED);

    assertThat(PLANNER.planIssue(target, state)).extracting(c -> c.action() + " " + c.target()).containsExactly(
        "BEGIN_PROPERTY mutuality.findings", "UPDATE_COMMENT 502", "DELETE_COMMENT 501",
        "SET_PROPERTY mutuality.findings");
  }

  @Test
  void waived_findings_are_not_written_and_shadow_ones_are_planned_as_shadow_only() {
    AppliedWaiver waiver = new AppliedWaiver("agreed", "Steering", LocalDate.parse("2027-01-01"),
        WaiverStatus.ACTIVE);
    List<ReportFinding> findings = List.of(
        finding("COORD-006", Key.COORDINATION, "COF-5", false, waiver),
        finding("CONF-001", Key.CONFIDENCE, "COF-6", true, null));

    List<Change> plan = PLANNER.plan(findings, Map.of());

    assertThat(plan).allMatch(Change::shadow);
    assertThat(described(plan)).containsExactly(
        "[shadow] COF-6  record updated  mutuality.findings  (in shadow: CONF-001)",
        "[shadow] COF-6  create comment  (in shadow: CONF-001)",
        "[shadow] COF-6  add labels  mutuality-confidence  (in shadow: CONF-001)",
        "[shadow] COF-6  set property  mutuality.findings  (in shadow: CONF-001)");
  }

  @Test
  void wiki_markup_shows_evidence_as_written() {
    assertThat(Texts.wiki("concerns {uni=[owns linked COF-36]}; *not* bold, a_b|c!")).isEqualTo(
        "concerns \\{uni=\\[owns linked COF-36\\]\\}; \\*not\\* bold, a\\_b\\|c\\!");
    assertThat(Texts.adf("a\nb\n\nc").toString()).isEqualTo("{\"type\":\"doc\",\"version\":1,\"content\":["
        + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"hardBreak\"},"
        + "{\"type\":\"text\",\"text\":\"b\"}]},{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\","
        + "\"text\":\"c\"}]}]}");
  }

  @Test
  void our_updates_do_not_count_as_the_issues_update() {
    ObjectNode property = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("updatedBefore", "2026-09-01T00:00:00Z").put("issueUpdated", "2026-11-20T09:00:00Z");
    assertThat(Marks.personUpdated(property, Instant.parse("2026-11-20T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
    assertThat(Marks.personUpdated(property, Instant.parse("2026-11-21T08:00:00Z")))
        .as("someone changed it since").isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
    property.putNull("issueUpdated");
    assertThat(Marks.personUpdated(property, Instant.parse("2026-11-20T09:00:00Z")))
        .as("a run stopped mid-way").isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
  }
}
