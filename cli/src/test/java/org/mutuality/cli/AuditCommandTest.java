package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  private static final String SNAPSHOT = CliRun.resource("audit/snapshot.yml");
  private static final String CONFIG = CliRun.resource("audit/config.yml");

  @TempDir
  Path out;

  private CliRun audit(String... extra) {
    List<String> args = new ArrayList<>(List.of("audit", "--snapshot", SNAPSHOT, "--config", CONFIG,
        "--out", out.toString()));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void printsTheSummaryTheFindingsAndWhereTheReportsWent() {
    CliRun run = audit();

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(
        "Mutuality audit: Test partnership (TST), as of 2026-11-20T09:00:00Z (when the snapshot was captured), "
            + "rule base " + VersionProvider.version(),
        "",
        "Summary",
        "  coordination    score  68  coverage  82% (9/11 rules)  critical 0  major 2  minor 3  info 2",
        "  accountability  score  86  coverage  44% (4/9 rules)  critical 0  major 1  minor 1  info 0",
        "  identity        score  96  coverage  44% (4/9 rules)  critical 0  major 0  minor 1  info 4",
        "  confidence      score 100  coverage  44% (4/9 rules)  critical 0  major 0  minor 0  info 0",
        "  mutuality       index  87  geometric mean of the four key scores",
        "",
        "Findings: 16 (1 waived)",
        "  major     COORD-001  project TST: Alpha Works did 83% of the work in the last 90 days (5 of the 6 "
            + "work items resolved)",
        "  major     COORD-009  project TST: 1 person (Ann) resolved 3 of the 6 work items resolved in the last "
            + "90 days (50%): a Contributor Absence Factor of 1",
        "  major     ACCT-001   partner Beta Council (beta): Beta Council has 1 of its 1 open work items overdue "
            + "(100%), against 0% for the other partners",
        "  minor     COORD-006  issue Road repair (TST-7): TST-7 is in progress and has had no status change, "
            + "comment or worklog for 9 days (last one on 2026-11-10)",
        "  minor     COORD-010  partner Beta Council (beta): Beta Council hangs on one person: Cat is its only "
            + "member with activity in the last 90 days",
        "  minor     COORD-011  project TST: Only 0 of the 6 work items resolved in the last 90 days (0%) had "
            + "comments or status changes from people of at least two partners",
        "  minor     ACCT-009   project TST: Test partnership has no project lead",
        "  minor     IDEN-001   project TST: Test partnership shows a system avatar, not a logo of the "
            + "partnership [waived until 2027-06-30 by Steering committee]",
        "  minor     IDEN-002   project TST: Test partnership has no description saying what the partnership is",
        "  minor     DATA-005   project TST: Only 0 of the 6 work items resolved in the last 90 days (0%) have "
            + "worklogs, fewer than the 30% hours shares need",
        "  info      COORD-007  issue Road repair (TST-7): TST-7 has been open for 79 days without any update "
            + "(last updated on 2026-09-01)",
        "  info      COORD-007  issue Training (TST-8): TST-8 has been open for 79 days without any update (last "
            + "updated on 2026-09-01)",
        "  info      IDEN-003   project TST: The description of Test partnership names none of its 2 partners: "
            + "Alpha Works, Beta Council",
        "  info      IDEN-008   person Ann (ann): Ann (Alpha Works) joined with a comment on TST-8 on "
            + "2026-11-11; nobody of another partner commented on TST-8 within 5 working days",
        "  info      IDEN-008   person Bob (bob): Bob (Alpha Works) joined with a comment on TST-8 on "
            + "2026-11-12; nobody of another partner commented on TST-8 within 5 working days",
        "  info      IDEN-008   person Cat (cat): Cat (Beta Council) joined with a comment on TST-7 on "
            + "2026-11-10; nobody of another partner commented on TST-7 within 5 working days",
        "",
        "Not evaluable: 19",
        "  COORD-002  project TST: no person mapped to a partner holds a project role, so no partner has role "
            + "members to judge",
        "  COORD-004  project TST: the partnership does not organise its work in components: the project has no "
            + "work packages",
        "  ACCT-002   project TST: no milestone (version) has a release date",
        "  ACCT-003   project TST: 0 closed sprint(s) had work items in them at their start; judging say/do "
            + "takes at least 3",
        "  ACCT-004   project TST: no closed sprint had work items in it at its start; a say/do gap takes 2 "
            + "partners with committed work",
        "  ACCT-007   project TST: set rules.ACCT-007.params.decisionMarker in mutuality.yml (The issue type or "
            + "label (any case) that marks a decision record, e.g. Decision or adr)",
        "  ACCT-008   project TST: set rules.ACCT-008.params.decisionMarker in mutuality.yml (The issue type or "
            + "label (any case) that marks a decision record, e.g. Decision or adr)",
        "  IDEN-004   project TST: no person mapped to a partner holds a project role, so the roles do not tell "
            + "partners apart",
        "  IDEN-005   project TST: no sprint ran in the last 90 days, so there are no sprint goals to judge",
        "  IDEN-006   project TST: no work item updated in the last 90 days is filed under a component or an "
            + "epic, so there is no container the partners could share",
        "  IDEN-007   partner-pair Alpha Works and Beta Council (alpha+beta): neither Alpha Works nor Beta "
            + "Council labelled a work item of theirs updated in the last 90 days",
        "  IDEN-009   partner Alpha Works (alpha): Alpha Works's people wrote 2 comment(s) in the last 90 days, "
            + "fewer than the 10 needed to judge how they speak of the partnership",
        "  IDEN-009   partner Beta Council (beta): Beta Council's people wrote 1 comment(s) in the last 90 days, "
            + "fewer than the 10 needed to judge how they speak of the partnership",
        "  CONF-003   project TST: set rules.CONF-003.params.documentRoles in mutuality.yml (The project "
            + "role(s), comma-separated (any case), that grant access to the partnership's documents, e.g. the role "
            + "given attachment and browse permissions: Document readers, Administrators)",
        "  CONF-005   project TST: set rules.CONF-005.params.meetingMarker in mutuality.yml (The issue type or "
            + "label (any case) that marks a meeting record, e.g. Meeting or minutes)",
        "  CONF-006   project TST: set rules.CONF-006.params.meetingMarker in mutuality.yml (The issue type or "
            + "label (any case) that marks a meeting record, e.g. Meeting or minutes (set it as for CONF-005))",
        "  CONF-007   project TST: no partner gave 3 or more first responses on another partner's work items "
            + "created in the last 90 days: too few to judge",
        "  CONF-009   project TST: no sprint ran in the last 90 days",
        "  DATA-004   project TST: no work item changed status in the last 90 days",
        "",
        "Reports",
        "  " + out.resolve("mutuality-report.json"),
        "  " + out.resolve("mutuality-report.md"),
        "  " + out.resolve("mutuality-report.html"));
  }

  @Test
  void failOnMinorFailsOnTheUnwaivedMajorFindings() {
    CliRun run = audit("--fail-on", "minor");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.outLines()).contains("  major     ACCT-001   partner Beta Council (beta): Beta Council has 1 of "
        + "its 1 open work items overdue (100%), against 0% for the other partners");
    assertThat(run.outLines()).last().isEqualTo("Result: 9 unwaived findings at or above minor (--fail-on minor)");
  }

  @Test
  void failOnCriticalPassesWhenNothingIsCritical() {
    CliRun run = audit("--fail-on", "CRITICAL");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).last().isEqualTo("Result: 0 unwaived findings at or above critical "
        + "(--fail-on critical)");
  }

  @Test
  void writesValidJsonAndMarkdownReportsWithTheFindings() throws IOException {
    audit();

    JsonNode report = new ObjectMapper().readTree(out.resolve("mutuality-report.json").toFile());
    assertThat(report.get("asOf").asText()).isEqualTo("2026-11-20T09:00:00Z");
    List<String> findings = new ArrayList<>();
    report.get("findings").forEach(f -> findings.add(f.get("ruleId").asText() + " " + f.get("severity").asText()
        + " " + f.get("subject").get("type").asText() + " " + f.get("subject").get("id").asText()));
    assertThat(findings).containsExactly("COORD-001 major project TST", "COORD-009 major project TST",
        "ACCT-001 major partner beta", "COORD-006 minor issue TST-7", "COORD-010 minor partner beta",
        "COORD-011 minor project TST", "ACCT-009 minor project TST", "IDEN-001 minor project TST",
        "IDEN-002 minor project TST", "DATA-005 minor project TST", "COORD-007 info issue TST-7",
        "COORD-007 info issue TST-8", "IDEN-003 info project TST", "IDEN-008 info person ann",
        "IDEN-008 info person bob", "IDEN-008 info person cat");
    assertThat(report.get("findings").get(7).get("waiver").get("status").asText()).isEqualTo("active");
    assertThat(Files.readString(out.resolve("mutuality-report.md")))
        .startsWith("# Mutuality audit: Test partnership, as of 2026-11-20T09:00:00Z\n");
    assertThat(Files.readString(out.resolve("mutuality-report.html")))
        .contains("<title>Mutuality audit: Test partnership, as of 2026-11-20T09:00:00Z</title>");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("mutuality-report.html", "mutuality-report.json", "mutuality-report.md");
    }
  }

  @Test
  void formatJsonWritesOnlyTheJsonReportAndReplacesAnOldOne() throws IOException {
    Files.writeString(out.resolve("mutuality-report.json"), "old");

    CliRun run = audit("--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.exists(out.resolve("mutuality-report.md"))).isFalse();
    assertThat(Files.exists(out.resolve("mutuality-report.html"))).isFalse();
    assertThat(new ObjectMapper().readTree(out.resolve("mutuality-report.json").toFile()).get("schemaVersion")
        .asText()).isEqualTo("2.1");
  }

  @Test
  void asOfTakesADateAsTheStartOfThatDayInUtc() throws IOException {
    CliRun run = audit("--as-of", "2026-12-01");

    assertThat(run.outLines().get(0)).startsWith("Mutuality audit: Test partnership (TST), as of "
        + "2026-12-01T00:00:00Z (from --as-of), rule base ");
    assertThat(new ObjectMapper().readTree(out.resolve("mutuality-report.json").toFile()).get("asOf").asText())
        .isEqualTo("2026-12-01T00:00:00Z");
  }

  @Test
  void aBadAsOfIsAUsageError() {
    CliRun run = audit("--as-of", "yesterday");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "error: Invalid value for option '--as-of': 'yesterday' is not an instant; use ISO-8601, e.g. "
            + "2026-11-20T09:00:00Z, 2026-11-20T10:00:00+01:00, or a date such as 2026-11-20 (start of day, UTC)",
        "Run 'mutuality audit --help' for usage.");
  }

  @Test
  void aBadFailOnIsAUsageError() {
    CliRun run = audit("--fail-on", "severe");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).first().isEqualTo("error: Invalid value for option '--fail-on': 'severe' is not a "
        + "severity; use none, info, minor, major or critical");
  }

  @Test
  void aMissingSnapshotIsBadInput() {
    String missing = out.resolve("missing.yml").toString();

    CliRun run = CliRun.of("audit", "--snapshot", missing, "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: " + missing + ": no such file");
  }

  @Test
  void anUnknownRuleIdInTheConfigurationListsTheClosestIds() {
    String config = CliRun.resource("audit/unknown-rule.yml");

    CliRun run = CliRun.of("audit", "--snapshot", SNAPSHOT, "--config", config, "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("error: " + config + ":3:5: unknown rule id 'COORD-01'; known ids "
        + "closest to it: COORD-001, COORD-010, COORD-011");
  }

  @Test
  void aYamlSyntaxErrorNamesFileLineAndColumn() {
    String config = CliRun.resource("audit/bad-syntax.yml");

    CliRun run = CliRun.of("audit", "--snapshot", SNAPSHOT, "--config", config, "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: " + config + ":2:17: audit: mapping values are not "
        + "allowed here");
  }

  @Test
  void aBrokenOrganisationRuleIsReportedAndTheBuiltInRulesStillRun() throws IOException {
    String rules = CliRun.resource("org-rules-broken");
    String file = CliRun.resource("org-rules-broken/ORG-002-broken-syntax.drl");

    CliRun run = audit("--rules", rules);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).first().asString().startsWith("error: " + file + ":10: rule \"ORG-002 Broken "
        + "syntax\": ");
    assertThat(run.errLines()).last().isEqualTo("error: the organisation rules have 2 problems: the audit ran "
        + "without the files named above");
    assertThat(run.outLines()).contains("Findings: 16 (1 waived)");
    JsonNode report = new ObjectMapper().readTree(out.resolve("mutuality-report.json").toFile());
    assertThat(report.get("findings").get(0).get("ruleId").asText()).isEqualTo("COORD-001");
  }

  @Test
  void aSnapshotWithoutCaptureTimeIsJudgedNow() throws IOException {
    Path snapshot = out.resolve("no-capture.yml");
    Files.writeString(snapshot, Files.readString(Path.of(SNAPSHOT)).replace("capturedAt: 2026-11-20T09:00:00Z\n",
        ""));

    CliRun run = CliRun.of("audit", "--snapshot", snapshot.toString(), "--out", out.resolve("r").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines().get(0)).contains("(now: the snapshot has no capturedAt)");
  }

  @Test
  void anOutThatIsAFileIsAUsageError() throws IOException {
    Path file = Files.writeString(out.resolve("taken"), "x");

    CliRun run = CliRun.of("audit", "--snapshot", SNAPSHOT, "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: --out " + file + " is a file, not a folder");
  }
}
