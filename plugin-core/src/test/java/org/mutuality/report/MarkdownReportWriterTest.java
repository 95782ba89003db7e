package org.mutuality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutuality.report.ReportFixture.evidence;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;

class MarkdownReportWriterTest {
  private final MarkdownReportWriter writer = new MarkdownReportWriter();
  private final String markdown = writer.toMarkdown(ReportFixture.coffee());
  private final List<String> lines = markdown.lines().toList();

  @Test
  void titleNamesThePartnershipAndTheInstant() {
    assertThat(lines.get(0)).isEqualTo("# Mutuality audit: Coffee for Tomorrow, as of 2025-03-31T00:00:00Z");
    assertThat(lines.get(2)).isEqualTo(
        "Partnership `COF` · rule base 0.1.0 · source: snapshot examples/snapshot.yml · report schema 2.1");
  }

  @Test
  void summaryHasOneRowPerKeyWithUnwaivedCounts() {
    assertThat(after("## Summary", 8)).containsExactly(
        "",
        "| Key | Score | Coverage | Critical | Major | Minor | Info |",
        "|---|---:|---:|---:|---:|---:|---:|",
        "| coordination | 86 | 100% (2/2) | 0 | 1 | 1 | 0 |",
        "| accountability | 86 | 100% (2/2) | 0 | 1 | 1 | 0 |",
        "| identity | 100 | 50% (1/2) | 0 | 0 | 0 | 0 |",
        "| confidence | 96 | 67% (2/3) | 0 | 0 | 1 | 0 |",
        "");
  }

  @Test
  void indicesFollowTheSummaryWithTheirFiguresAndFindings() {
    String section = markdown.substring(markdown.indexOf("## Indices"), markdown.indexOf("## Findings"));

    assertThat(section).isEqualTo("""
        ## Indices

        Computed from the audit's data, derived facts and key scores as RULES.md defines them. An index that cannot be computed is n/a, with the reason. Partners are those with an active member in the window, and any other with a share of what is measured.

        ### Mutuality index: 92

        The geometric mean of the four key scores (coordination 86, accountability 86, identity 100, confidence 96), so that one weak key drags it down. The findings behind it are those of the key scores (5).

        ### Partner balance

        Per dimension, 100 · (1 − H*) with H* = (H − 1/N) / (1 − 1/N), H the Herfindahl index (the sum of the squared shares) of the N partners: 100 when every partner has the same share, 0 when one has it all.

        - **Resolved work items: 93** (N = 3, H = 0.38, H* = 0.07): Growers' Cooperative 50% (5), Roastery Nord 30% (3), Fair Cup 20% (2)
        - **Logged hours: 0** (N = 3, H = 1, H* = 1): Growers' Cooperative 100% (10 h), Roastery Nord 0% (0 h), Fair Cup 0% (0 h)
        - **Comments: 75** (N = 3, H = 0.5, H* = 0.25): Growers' Cooperative 50% (2), Roastery Nord 50% (2), Fair Cup 0% (0)
        - **Cross-partner responses: 94** (N = 3, H = 0.375, H* = 0.063): Growers' Cooperative 50% (2), Roastery Nord 25% (1), Fair Cup 25% (1)

        Related rules: COORD-001, DATA-001. Findings behind it: COORD-001 partner-pair `coop+roastery` (`c00d0010e5a7f214`).

        ### Transparency: 53

        100 × (share of the window's comments and worklogs visible to every partner) × (share of partners with a member in a document-access role).

        - **Visibility: 80%**: 8 of the 10 comments and worklogs of the window are visible to every partner (7 of 8 comments, 1 of 2 worklogs); restricted away from a partner: role Steering: 1 comment(s), 0 worklog(s), hidden from ngo; group coop-staff: 0 comment(s), 1 worklog(s), hidden from roastery, ngo
        - **Document access: 67%**: 2 of the 3 partners have a member in a document-access role (Documents, ADMINS, from `rules.CONF-003.params.documentRoles`): Growers' Cooperative (carla), Roastery Nord (rob); none: Fair Cup

        Related rules: CONF-001, CONF-002, CONF-003. Findings behind it: CONF-001 issue `COF-12` (`c0f00010d41e7a55`).

        ### Reciprocity matrix: 67

        Median hours from the creation of a work item of the row's partner (created in the window) to the first answer of the column's partner; the index is the share of the cells with answers whose median is at most 72 h: 2 of 3.

        Cells read `median (answers)`; **bold** is over 72 h, `none` a cell without answers, `—` the partner itself.

        | Work items of ↓, answered by → | `coop` | `roastery` | `ngo` |
        |---|---:|---:|---:|
        | Growers' Cooperative (`coop`) | — | **80 h** (1) | 72 h (1) |
        | Roastery Nord (`roastery`) | 55 h (2) | — | none |
        | Fair Cup (`ngo`) | none | none | — |

        Related rules: DATA-001. Findings behind it: none.

        """);
  }

  @Test
  void findingsAreGroupedByKeyThenSeverity() {
    List<String> headings = lines.stream()
        .dropWhile(line -> !line.equals("## Findings"))
        .takeWhile(line -> !line.equals("## Waivers"))
        .filter(line -> line.startsWith("#"))
        .toList();

    assertThat(headings).containsExactly(
        "## Findings",
        "### Coordination", "#### Major (1)", "#### Minor (1)",
        "### Accountability", "#### Major (1)", "#### Minor (1)",
        "### Identity",
        "### Confidence", "#### Minor (1)",
        "### Data", "#### Info (1)");
    assertThat(after("### Identity", 2)).containsExactly("", "No findings.");
  }

  @Test
  void aFindingShowsRuleSubjectMessageEvidenceAndRemediation() {
    assertThat(after("### Coordination", 7)).containsExactly(
        "",
        "#### Major (1)",
        "",
        "- **COORD-001** partner-pair Growers' Cooperative and Roastery Nord (`coop+roastery`): "
            + "Roastery Nord did 86% of the work shared with Growers' Cooperative.",
        "  - Evidence: issues: COF-1, COF-2; topShare: 0.86",
        "  - Remediation: Share the work on joint issues more evenly.",
        "  - Fingerprint: `c00d0010e5a7f214`");
    assertThat(lines).contains(
        "  - Evidence: restrictedComments: 3; comments: 4; visibility: {role: Steering}",
        "- **DATA-006** person Sync Bot (`5b10ac8d82e05b22cc7d4ef5`): "
            + "Sync Bot is an app account; it is left out of all counts.");
  }

  @Test
  void anExpiredWaiverIsFlaggedOnItsCountedFinding() {
    assertThat(after("### Accountability", 9)).containsExactly(
        "",
        "#### Major (1)",
        "",
        "- **ACCT-001** partner Roastery Nord (`roastery`): 4 of 5 open issues assigned to Roastery Nord are "
            + "overdue.",
        "  - Evidence: overdue: COF-3, COF-4, COF-7, COF-9; assigned: 5; rate: 0.8",
        "  - Remediation: Agree new due dates with Roastery Nord or reassign the work.",
        "  - Fingerprint: `a1c0e0010f3d9b72`",
        "  - **Waiver expired** on 2025-02-28: Harvest season | staff away · approved by Ana Silva · "
            + "the finding counts again",
        "");
  }

  @Test
  void waivedFindingsHaveTheirOwnSection() {
    assertThat(after("## Waivers", 13)).containsExactly(
        "",
        "Findings under an active waiver stay in the report but count neither in scores nor for `--fail-on`. "
            + "An expired waiver no longer applies: its finding counts and is listed in full under Findings.",
        "",
        "- **ACCT-001** major · partner Roastery Nord (`roastery`): 4 of 5 open issues assigned to Roastery "
            + "Nord are overdue.",
        "  - Fingerprint: `a1c0e0010f3d9b72`",
        "  - **Waiver expired** on 2025-02-28: Harvest season | staff away · approved by Ana Silva · "
            + "the finding counts again",
        "- **IDEN-001** minor · project Coffee for Tomorrow (`COF`): "
            + "The partnership has no description and no logo of its own.",
        "  - Evidence: descriptionLength: 0; customLogo: false",
        "  - Remediation: Describe the partnership's shared purpose in the project description.",
        "  - Fingerprint: `1de00010f00dcafe`",
        "  - Waived until 2025-12-31: The description is kept on the partnership wiki · approved by Jonas Weber",
        "",
        "## Not evaluable");
  }

  @Test
  void notEvaluableIsATableWithEscapedCells() {
    assertThat(after("## Not evaluable", 5)).containsExactly(
        "",
        "| Rule | Key | Subject | Reason |",
        "|---|---|---|---|",
        "| COORD-001 | coordination | partner-pair Fair Cup and University (`ngo+uni`) | "
            + "DATA-003: fewer than 20 issues of Fair Cup and University were updated in the window |",
        "| CONF-002 | confidence | project Coffee for Tomorrow (`COF`) | "
            + "Setting rules.CONF-002.params.decisionLabel is not set.<br>Add it to mutuality.yml. |");
  }

  @Test
  void rulesTableGivesEachOutcome() {
    assertThat(after("## Rules", 14)).containsExactly(
        "",
        "| Rule | Key | Name | Outcome | Findings |",
        "|---|---|---|---|---:|",
        "| COORD-001 | coordination | One partner does most of the work | fail | 1 |",
        "| COORD-005 | coordination | Work carried over between sprints | fail | 1 |",
        "| ACCT-001 | accountability | Partner overdue rate | fail | 1 |",
        "| ACCT-002 | accountability | Milestones slipping | fail | 1 |",
        "| IDEN-001 | identity | No shared identity | fail | 1 |",
        "| IDEN-002 | identity | Partners not named | disabled | 0 |",
        "| CONF-001 | confidence | Discussion behind closed doors | fail | 1 |",
        "| CONF-002 | confidence | Decisions \\| not recorded | not-evaluable | 0 |",
        "| CONF-003 | confidence | Questions left unanswered | pass | 0 |",
        "| DATA-001 | data | Partner mapping incomplete | pass | 0 |",
        "| DATA-006 | data | Bots and shared accounts | fail | 1 |");
    assertThat(markdown).endsWith("| DATA-006 | data | Bots and shared accounts | fail | 1 |\n");
  }

  @Test
  void anEmptyReportSaysSo() {
    Report empty = new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T00:00:00Z"), "0.1.0", "COF",
        "Coffee", "s", List.of(), List.of(), Scores.compute(List.of(), List.of()), List.of(),
        Indices.compute(IndexFixture.empty(), Map.of(), List.of(), List.of()));

    assertThat(writer.toMarkdown(empty).lines().toList()).containsSubsequence(
        "| coordination | n/a | 0% (0/0) | 0 | 0 | 0 | 0 |",
        "## Findings", "", "No unwaived findings.",
        "## Waivers", "", "No waivers match a finding.",
        "## Not evaluable", "", "Every enabled rule could judge every subject it looked at.",
        "## Rules", "", "No rules.");
  }

  @Test
  void evidenceAndTextStayOnOneLine() {
    Map<String, Object> evidence = evidence("share", 1.0, "ratio", 0.125, "late", List.of(),
        "nested", List.of(List.of("a", "b"), Map.of("k", 2)), "severity", Severity.MAJOR);

    assertThat(MarkdownReportWriter.evidence(evidence))
        .isEqualTo("share: 1; ratio: 0.125; late: none; nested: [a, b], {k: 2}; severity: major");
    assertThat(MarkdownReportWriter.inline("two\r\nlines\nhere")).isEqualTo("two lines here");
    assertThat(MarkdownReportWriter.cell("a|b\nc")).isEqualTo("a\\|b<br>c");
    assertThat(MarkdownReportWriter.subject(new Subject(SubjectType.ISSUE, "COF-1", null)))
        .isEqualTo("issue `COF-1`");
  }

  @Test
  void writeGivesTheSameText() throws IOException {
    StringWriter out = new StringWriter();
    Report report = new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T00:00:00Z"), "0.1.0", "COF",
        "Coffee", "s", List.of(new ReportFinding("CONF-001", Key.CONFIDENCE, Severity.CRITICAL,
            new Subject(SubjectType.PROJECT, "COF", "Coffee"), "multi\nline", Map.of(), "fp", "", null)),
        List.of(), Map.of(), List.of(), Indices.compute(IndexFixture.empty(), Map.of(), List.of(), List.of()));

    writer.write(report, out);

    assertThat(out.toString()).isEqualTo(writer.toMarkdown(report));
    assertThat(out.toString()).contains("| confidence | n/a | 0% (0/0) | 1 | 0 | 0 | 0 |\n",
        "#### Critical (1)\n\n- **CONF-001** project Coffee (`COF`): multi line\n  - Fingerprint: `fp`\n");
  }

  /** The {@code count} lines after the first line equal to {@code heading}. */
  private List<String> after(String heading, int count) {
    int index = lines.indexOf(heading);
    assertThat(index).as(heading).isNotNegative();
    return lines.subList(index + 1, Math.min(lines.size(), index + 1 + count));
  }
}
