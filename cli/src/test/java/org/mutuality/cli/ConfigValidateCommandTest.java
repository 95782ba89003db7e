package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValidateCommandTest {
  @TempDir Path dir;

  private String write(String yaml) throws IOException {
    Path file = dir.resolve("mutuality.yml");
    Files.writeString(file, yaml);
    return file.toString();
  }

  @Test
  void aValidFileIsSummarised() {
    String config = CliRun.resource("audit/config.yml");

    CliRun run = CliRun.of("config", "validate", config);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(config + ": valid (2 partners, 2 rule settings, 1 waiver)");
  }

  @Test
  void anUnknownRuleIdIsAnErrorListingTheClosestIds() {
    String config = CliRun.resource("audit/unknown-rule.yml");

    CliRun run = CliRun.of("config", "validate", config);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("error: " + config + ":3:5: unknown rule id 'COORD-01'; known ids "
        + "closest to it: COORD-001, COORD-010, COORD-011");
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

  @Test
  void aJiraSourceIsCheckedByTheAdapterWithEveryProblemAtItsKey() throws IOException {
    String config = write("""
        source:
          type: jira
          site: cafe.atlassian.net
          project: COF
        """);

    CliRun run = CliRun.of("config", "validate", config);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "error: " + config + ":4:3: source: unknown key 'project'; known keys here: jql, participantsField, "
            + "partnerField, projects, site, type",
        "error: " + config + ":3:3: source.site must be an http(s) URL, got 'cafe.atlassian.net'",
        "error: " + config + ":2:3: source: give projects (keys), a jql filter, or both");
  }

  @Test
  void aSourceOfAnotherTypeNamesTheSupportedTypes() throws IOException {
    String config = write("""
        source: {type: github, repo: cafe/partnership}
        """);

    CliRun run = CliRun.of("config", "validate", config);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: " + config + ":1:10: source.type 'github' is not a tracker "
        + "this build reads; supported types: jira");
  }

  @Test
  void theOldJiraSectionSaysWhatToWriteInstead() throws IOException {
    String config = write("""
        jira: {site: https://cafe.atlassian.net, projects: [COF]}
        """);

    CliRun run = CliRun.of("config", "validate", config);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: " + config + ":1:1: unknown key 'jira'; use source: "
        + "{type: jira, …} (the keys of jira: move under it as they are)");
  }

  @Test
  void aValidJiraSourcePasses() throws IOException {
    String config = write("""
        source: {type: jira, site: https://cafe.atlassian.net, projects: [COF], partnerField: Partner}
        """);

    CliRun run = CliRun.of("config", "validate", config);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).containsExactly(config + ": valid (0 partners, 0 rule settings, 0 waivers)");
  }
}
