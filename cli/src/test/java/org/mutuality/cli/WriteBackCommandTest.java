package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.Issue;

/** {@code audit --site … [--apply]} and {@code jira purge}: the plan printed, written only with --apply. */
class WriteBackCommandTest {
  @TempDir
  Path dir;

  @AfterEach
  void restoreEnvironment() {
    JiraOptions.environment = System.getenv();
  }

  private Path config(String extra) throws Exception {
    Path file = dir.resolve("mutuality.yml");
    Files.writeString(file, Files.readString(Path.of(CliRun.resource("jira/mutuality.yml"))) + extra);
    return file;
  }

  private static long ownLabels(JiraSandbox jira) {
    return jira.store().current().site().issues().stream().flatMap(i -> i.labels().stream())
        .filter(l -> l.startsWith("mutuality-")).count();
  }

  private static String labelsOf(JiraSandbox jira, String key) {
    Issue issue = jira.store().current().site().issues().stream().filter(i -> i.key().equals(key)).findFirst()
        .orElseThrow();
    return String.join(" ", issue.labels());
  }

  @Test
  void an_audit_plans_and_writes_only_with_apply_then_purge_removes_it_all() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().dataset(Dataset.demo()).clock(ManualClock.at(Dataset.DEMO_NOW))
        .start()) {
      JiraOptions.environment = Map.of("MUTUALITY_JIRA_PAT", "t0ken");
      Path config = config("");
      String site = jira.baseUri().toString();
      // At the demo's instant: the sandbox's clock moves a millisecond with each write, and a finding at a
      // threshold (COF-5 has been quiet for exactly 5 days) would otherwise flip between runs.
      List<String> audit = List.of("audit", "--site", site, "--project", "COF", "--config", config.toString(),
          "--out", dir.resolve("out").toString(), "--as-of", "2026-11-20T09:00:00Z");
      String before = labelsOf(jira, "COF-33");

      CliRun plan = CliRun.of(audit.toArray(String[]::new));

      assertThat(plan.exitCode()).as(plan.err()).isEqualTo(ExitCode.OK);
      assertThat(plan.outLines()).contains(
          "Write-back plan (label prefix mutuality): 136 changes on 34 issues; nothing is written without --apply",
          "  COF-33  create comment  (COORD-008 major, COORD-006 minor)",
          "  COF-33  add labels  mutuality-coordination  (COORD-008 major, COORD-006 minor)");
      assertThat(ownLabels(jira)).isZero();

      CliRun applied = CliRun.of(concat(audit, "--apply"));

      assertThat(applied.exitCode()).as(applied.err()).isEqualTo(ExitCode.OK);
      assertThat(applied.outLines()).contains("Written: 136 changes on 34 issues",
          "  COF-33  add labels  mutuality-coordination  (COORD-008 major, COORD-006 minor)");
      assertThat(labelsOf(jira, "COF-33")).isEqualTo(before + " mutuality-coordination");

      CliRun again = CliRun.of(concat(audit, "--apply"));

      assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
      assertThat(again.outLines()).contains("Write-back plan (label prefix mutuality): nothing to change")
          .noneMatch(l -> l.startsWith("Written:"));

      List<String> purge = List.of("jira", "purge", "--site", site, "--project", "COF", "--config",
          config.toString());
      CliRun purgePlan = CliRun.of(purge.toArray(String[]::new));

      assertThat(purgePlan.exitCode()).as(purgePlan.err()).isEqualTo(ExitCode.OK);
      assertThat(purgePlan.outLines()).contains(
          "Purge plan (label prefix mutuality): 102 changes on 34 issues; nothing is written without --apply",
          "  COF-33  delete property  mutuality.findings  (purge)");
      assertThat(ownLabels(jira)).isEqualTo(37);

      CliRun purged = CliRun.of(concat(purge, "--apply"));

      assertThat(purged.exitCode()).as(purged.err()).isEqualTo(ExitCode.OK);
      assertThat(ownLabels(jira)).isZero();
      assertThat(labelsOf(jira, "COF-33")).isEqualTo(before);
    }
  }

  @Test
  void apply_needs_a_live_site_and_a_rule_in_shadow_is_planned_but_never_written() throws Exception {
    CliRun snapshot = CliRun.of("audit", "--snapshot", "../examples/snapshot.yml",
        "--apply");
    assertThat(snapshot.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(snapshot.err()).contains("error: --apply writes into a live Jira site");

    try (JiraSandbox jira = JiraSandbox.builder().dataset(Dataset.demo()).clock(ManualClock.at(Dataset.DEMO_NOW))
        .start()) {
      JiraOptions.environment = Map.of("MUTUALITY_JIRA_PAT", "t0ken");
      Path config = config("  COORD-008:\n    shadow: true\n");
      CliRun run = CliRun.of("audit", "--site", jira.baseUri().toString(), "--project", "COF", "--config",
          config.toString(), "--out", dir.resolve("out").toString(), "--apply", "--fail-on", "major");

      assertThat(run.outLines()).anyMatch(l -> l.startsWith("  major     COORD-008  issue ")
          && l.endsWith(" [shadow: not counted, not written back]"));
      assertThat(run.outLines()).contains("  [shadow] COF-33  create comment  (in shadow: COORD-008)")
          .anyMatch(l -> l.startsWith("Shadow: "));
      assertThat(Files.readString(dir.resolve("out/mutuality-report.json"))).contains("\"shadow\": true");
      assertThat(jira.store().current().site().issues().stream().flatMap(i -> i.comments().stream())
          .filter(c -> c.body().contains("COORD-008"))).isEmpty();
    }
  }

  private static String[] concat(List<String> args, String... more) {
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
