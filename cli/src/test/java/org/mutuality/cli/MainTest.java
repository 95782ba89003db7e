package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class MainTest {
  @Test
  void helpListsTheCommandsAndDocumentsTheExitCodes() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).contains(
        "  demo     Audit the example partnership end to end: start the Jira sandbox",
        "Exit codes:",
        "  1   unwaived findings at or above --fail-on",
        "  3   a data source could not be read");
    assertThat(run.out()).contains("audit", "rules", "config", "--debug");
  }

  @Test
  void auditHelpExplainsTheDefaultInstant() {
    CliRun run = CliRun.of("audit", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out().replaceAll("\\s+", " ")).contains("Default: the snapshot's capturedAt when it has one, "
        + "else now. A recorded snapshot is judged as of when it was captured, so an audit can be reproduced "
        + "exactly.", "0 nothing at or above --fail-on");
  }

  @Test
  void versionNamesTheCommandAndItsVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines().get(0)).isEqualTo("mutuality " + VersionProvider.version())
        .matches("mutuality \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: Missing required subcommand",
        "Run 'mutuality --help' for usage.");
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithSuggestions() {
    CliRun run = CliRun.of("audti");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).first().isEqualTo("error: Unmatched argument at index 0: 'audti'");
    assertThat(run.err()).contains("audit");
  }

  @Test
  void debugIsAcceptedAfterASubcommandAndRaisesMutualityLogging() {
    Logger mutuality = (Logger) LoggerFactory.getLogger("org.mutuality");
    try {
      CliRun run = CliRun.of("config", "validate", "--debug", CliRun.resource("audit/config.yml"));

      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(mutuality.getLevel()).isEqualTo(Level.DEBUG);
    } finally {
      mutuality.setLevel(Level.WARN);
      ((Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.ERROR);
      ((Logger) LoggerFactory.getLogger("org.kie")).setLevel(Level.ERROR);
    }
  }
}
