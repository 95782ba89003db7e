package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.engine.RuleBase;
import org.mutuality.engine.RuleInfo;

class RulesCommandTest {
  @TempDir
  Path temp;

  @Test
  void listShowsEveryRuleWithItsKeySeveritiesAndName() {
    CliRun run = CliRun.of("rules", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    List<RuleInfo> rules = RuleBase.builtIn().catalogue().all();
    List<String> lines = run.outLines();
    // A header, one line per rule in catalogue order, a blank line and the count.
    assertThat(lines).hasSize(rules.size() + 3);
    // Columns are as wide as their longest value.
    assertThat(lines.get(0)).matches("ID {9}KEY {13}SEVERITY +STATUS {4}NAME");
    assertThat(lines.subList(1, rules.size() + 1)).extracting(line -> line.substring(0, line.indexOf(' ')))
        .containsExactlyElementsOf(rules.stream().map(RuleInfo::id).toList());
    assertThat(lines).extracting(line -> line.replaceAll(" {2,}", "  ")).contains(
        "COORD-001  coordination  major, elephant: minor  enabled  One partner does most of the work",
        "ACCT-001  accountability  major  enabled  Partner overdue rate",
        "IDEN-001  identity  minor  enabled  No partnership logo",
        "CONF-001  confidence  major  enabled  Restricted comments hide information",
        "DATA-001  data  critical  enabled  Partner mapping incomplete or fewer than two partners");
    assertThat(lines.subList(rules.size() + 1, lines.size()))
        .containsExactly("", rules.size() + " rules, rule base " + VersionProvider.version());
  }

  @Test
  void listFiltersByKeySeverityAndTheStatusAConfigurationGives() throws IOException {
    Path config = Files.writeString(temp.resolve("mutuality.yml"), String.join("\n",
        "rules:",
        "  CONF-001: {enabled: false}",
        "  CONF-002: {shadow: true}",
        "  CONF-004: {severity: critical}",
        ""));

    CliRun byKeyAndSeverity = CliRun.of("rules", "list", "--key", "conf", "--severity", "critical,info",
        "--config", config.toString());
    CliRun byStatus = CliRun.of("rules", "list", "--status", "disabled,shadow", "--config", config.toString());

    assertThat(byKeyAndSeverity.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(byKeyAndSeverity.outLines()).extracting(line -> line.replaceAll(" {2,}", "  ")).containsExactly(
        "ID  KEY  SEVERITY  STATUS  NAME",
        "CONF-003  confidence  critical  enabled  Unequal document access",
        "CONF-004  confidence  critical  enabled  Hidden issues",
        "",
        "2 of 44 rules, rule base " + VersionProvider.version() + ", configuration " + config);
    assertThat(byStatus.outLines()).extracting(line -> line.replaceAll(" {2,}", "  ")).containsExactly(
        "ID  KEY  SEVERITY  STATUS  NAME",
        "CONF-001  confidence  major  disabled  Restricted comments hide information",
        "CONF-002  confidence  minor  shadow  One partner restricts",
        "",
        "2 of 44 rules, rule base " + VersionProvider.version() + ", configuration " + config);
  }

  @Test
  void listRejectsAnUnknownKeyNamingTheOption() {
    CliRun run = CliRun.of("rules", "list", "--key", "trust");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: --key: 'trust' is not a key; use coordination, "
        + "accountability, identity, confidence or data");
  }

  @Test
  void explainShowsTheRuleItsSeverityAndRemediation() {
    CliRun run = CliRun.of("rules", "explain", "iden-001");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).startsWith(
        "IDEN-001 No partnership logo",
        "key: identity, scope: project, built-in (package org.mutuality.rules.identity)",
        "settings: defaults (no --config), status: enabled",
        "",
        "Severity by tier:",
        "  base         default minor     current minor",
        "",
        "Parameters: none",
        "",
        "Gated by: none",
        "Requires data: avatar",
        "Remediation: Agree on a logo for the partnership with all partners and set it as the project's avatar, "
            + "so every partner sees a shared identity, not a tool default.",
        "");
  }

  @Test
  void explainShowsDefaultAndCurrentValuesFromAConfiguration() throws IOException {
    Path config = Files.writeString(temp.resolve("mutuality.yml"), String.join("\n",
        "rules:",
        "  COORD-001:",
        "    severity: {elephant: major}",
        "    params:",
        "      topShare: 0.75",
        ""));

    CliRun run = CliRun.of("rules", "explain", "COORD-001", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).contains(
        "settings: " + config + ", status: enabled",
        "  base         default major     current major",
        "  elephant     default minor     current major",
        "  elephantShare      ratio   default 0.5      current 0.5      Share at which one partner alone does half "
            + "the work: Elephant Factor 1 (minor tier 'elephant')",
        "  topShare           ratio   default 0.8      current 0.75     Share of resolved work items or logged "
            + "hours at which one partner dominates (major)",
        "Gated by: DATA-001, DATA-003");
  }

  @Test
  void explainOfAnUnknownIdListsTheClosestIds() {
    CliRun run = CliRun.of("rules", "explain", "COORD-01");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("error: unknown rule id 'COORD-01'; known ids closest to it: "
        + "COORD-001, COORD-010, COORD-011");
  }

  @Test
  void rulesWithoutASubcommandIsAUsageError() {
    CliRun run = CliRun.of("rules");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: Missing required subcommand",
        "Run 'mutuality rules --help' for usage.");
  }
}
