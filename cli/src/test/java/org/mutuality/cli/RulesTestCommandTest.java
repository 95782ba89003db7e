package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mutuality rules test}, on the worked example of an organisation's rule in {@code examples/custom-rule}. */
class RulesTestCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "custom-rule");
  private static final String RULES = EXAMPLE.resolve("rules").toString();
  private static final Path SCENARIOS = EXAMPLE.resolve("scenarios");
  private static final String LINE = "-".repeat(72);
  private static final String NOT_EVALUABLE = "not-evaluable-no-lead-and-too-little-resolved.yml";

  @TempDir
  Path temp;

  @Test
  void theWorkedExamplePassesEveryCase() {
    CliRun run = CliRun.of("rules", "test", SCENARIOS.toString(), "--rules", RULES);

    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(
        "PASS  " + SCENARIOS.resolve("fail-soil-analysis-reviewed-by-the-university-only.yml") + " (ORG-101)",
        "PASS  " + SCENARIOS.resolve("fail-with-the-organisation-threshold-of-two.yml") + " (ORG-101)",
        "PASS  " + SCENARIOS.resolve(NOT_EVALUABLE) + " (ORG-101)",
        "PASS  " + SCENARIOS.resolve("pass-the-municipality-approved-one-soil-report.yml") + " (ORG-101)",
        LINE,
        "PASS: 4/4",
        "rule base " + VersionProvider.version() + "+organisation, default configuration");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void aFailingCaseShowsItsDescriptionAndADiffGroupedBySubject() throws IOException {
    Path scenario = copy(NOT_EVALUABLE, "from 3", "from 4");

    CliRun run = CliRun.of("rules", "test", scenario.toString(), "--rules", RULES);

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.outLines()).containsExactly(
        "FAIL  " + scenario + " (ORG-101)",
        "      not evaluable, Soil analysis has no lead, so there is no lead's partner to look beyond; Harvest "
            + "training, led by the cooperative, had only two work items resolved in the window (COF-4 was "
            + "resolved before it), fewer than minResolved (3). Nobody of another partner reviewed either.",
        "      - expected not evaluable: work-package 10301: 2 work items of Harvest training were resolved in "
            + "the last 90 days; the rule judges a work package from 4",
        "      + actual not evaluable:   work-package 10301: 2 work items of Harvest training were resolved in "
            + "the last 90 days; the rule judges a work package from 3",
        LINE,
        "PASS: 0/1",
        "FAIL: 1/1",
        "rule base " + VersionProvider.version() + "+organisation, default configuration");
  }

  @Test
  void withoutTheOrganisationRulesTheRuleIsUnknown() {
    CliRun run = CliRun.of("rules", "test", SCENARIOS.resolve(NOT_EVALUABLE).toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.outLines()).contains("      unknown rule ORG-101; known ids closest to it: "
        + "COORD-001, CONF-001, COORD-002");
  }

  @Test
  void theConfigurationGivesScenariosWithoutOneTheOrganisationsThresholds() throws IOException {
    // The threshold-of-two case without its inline config: it passes only under a mutuality.yml saying the same.
    Path scenario = copy("fail-with-the-organisation-threshold-of-two.yml",
        "config: {rules: {ORG-101: {params: {minResolved: 2}}}}\n", "");
    Path config = Files.writeString(temp.resolve("mutuality.yml"), "rules:\n  ORG-101:\n    params: {minResolved: 2}\n");

    CliRun withDefaults = CliRun.of("rules", "test", scenario.toString(), "--rules", RULES);
    CliRun withConfig = CliRun.of("rules", "test", scenario.toString(), "--rules", RULES, "--config",
        config.toString());

    assertThat(withDefaults.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(withDefaults.outLines()).contains("      outcome: expected fail, got not-evaluable");
    assertThat(withConfig.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(withConfig.outLines()).containsExactly(
        "PASS  " + scenario + " (ORG-101)",
        LINE,
        "PASS: 1/1",
        "rule base " + VersionProvider.version() + "+organisation, configuration " + config);
  }

  @Test
  void runKeepsTheCasesWhosePathMatches() {
    CliRun run = CliRun.of("rules", "test", SCENARIOS.toString(), "--rules", RULES, "--run", "^.*/pass-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).containsExactly(
        "PASS  " + SCENARIOS.resolve("pass-the-municipality-approved-one-soil-report.yml") + " (ORG-101)",
        LINE,
        "PASS: 1/1",
        "skipped: 3 (not matching --run ^.*/pass-)",
        "rule base " + VersionProvider.version() + "+organisation, default configuration");
  }

  @Test
  void anUnreadableScenarioIsAnErrorNamingItsPlace() {
    String broken = CliRun.resource("rules-test/broken-outcome.yml");

    CliRun run = CliRun.of("rules", "test", broken, SCENARIOS.resolve(NOT_EVALUABLE).toString(), "--rules", RULES);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.outLines()).containsExactly(
        "ERROR " + broken,
        "      " + broken + ":6:3: expect.outcome must be fail, pass or not-evaluable",
        "PASS  " + SCENARIOS.resolve(NOT_EVALUABLE) + " (ORG-101)",
        LINE,
        "PASS: 1/2",
        "ERROR: 1/2",
        "rule base " + VersionProvider.version() + "+organisation, default configuration");
  }

  @Test
  void anExpectedFindingWithoutSubjectIsAnErrorNotACrash() {
    String broken = CliRun.resource("rules-test/finding-without-subject.yml");

    CliRun run = CliRun.of("rules", "test", broken, "--rules", RULES);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.outLines()).startsWith("ERROR " + broken, "      " + broken
        + ":8:7: an expected finding needs 'subject', 'severity' and 'message'");
  }

  @Test
  void aFolderWithoutScenariosIsAUsageError() {
    CliRun run = CliRun.of("rules", "test", temp.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: " + temp + ": no scenario files (*.yml, *.yaml) in this folder");
  }

  /** A copy of one of the example's scenarios with one piece of text replaced. */
  private Path copy(String name, String text, String replacement) throws IOException {
    String scenario = Files.readString(SCENARIOS.resolve(name));
    assertThat(scenario).contains(text);
    return Files.writeString(temp.resolve(name), scenario.replace(text, replacement));
  }
}
