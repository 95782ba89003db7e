package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigValidateCommandTest {
  @Test
  void aValidFileIsSummarised() {
    String config = CliRun.resource("audit/config.yml");

    CliRun run = CliRun.of("config", "validate", config);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(config + ": valid (2 partners, 1 rule setting, 1 waiver)");
  }

  @Test
  void anUnknownRuleIdIsAnErrorListingTheClosestIds() {
    String config = CliRun.resource("audit/unknown-rule.yml");

    CliRun run = CliRun.of("config", "validate", config);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("error: " + config + ":3:5: unknown rule id 'COORD-01'; known ids "
        + "closest to it: COORD-001, CONF-001, ACCT-001");
  }

  @Test
  void aSyntaxErrorNamesFileLineAndColumn() {
    String config = CliRun.resource("audit/bad-syntax.yml");

    CliRun run = CliRun.of("config", "validate", config);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: " + config + ":2:17: audit: mapping values are not "
        + "allowed here");
  }

  @Test
  void aMissingFileIsAnError() {
    CliRun run = CliRun.of("config", "validate", "no-such-mutuality.yml");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: no-such-mutuality.yml: no such file");
  }
}
