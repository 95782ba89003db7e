package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo: end to end through the sandbox (read over HTTP, audit, write-back), and offline on the packaged example
 * partnership, where the output agrees with the report it wrote and shows the example's figures.
 */
class DemoCommandTest {
  @TempDir
  Path out;

  @Test
  void goesEndToEndThroughTheSandboxAndSaysWhatItWrote() throws IOException {
    CliRun run = CliRun.of("demo", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).matches("Jira sandbox: the demo site Café del Sur \\(304 issues, Jira Cloud flavour\\) on "
        + "http://127\\.0\\.0\\.1:\\d+; Mutuality reads project COF through its REST API as the integration "
        + "account\\.");
    assertThat(lines.get(2)).isEqualTo("Mutuality demo: Café del Sur Partnership (COF), as of 2026-11-20T09:00:00Z "
        + "(when the snapshot was captured), rule base " + new ObjectMapper().readTree(
            out.resolve("mutuality-report.json").toFile()).get("ruleBaseVersion").asText());
    assertThat(lines).contains("Findings: 73", "Reports", "  " + out.resolve("mutuality-report.json"),
        "Write-back plan (label prefix mutuality): 137 changes on 35 issues",
        "Written: 137 changes on 35 issues",
        "  create comment         34",
        "  create summary issue   1",
        "What Mutuality wrote into the sandbox",
        "  labels      37: mutuality-accountability on 1, mutuality-confidence on 5, mutuality-coordination on 31");
    assertThat(lines).anyMatch(l -> l.matches("  summary     COF-301 \"Partnership health \\(Mutuality\\)\": "
        + "http://127\\.0\\.0\\.1:\\d+/rest/api/3/issue/COF-301"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Jira sandbox stopped.");
  }

  @Test
  void offlineAuditsTheExamplePrintsOneLinePerKeyAndWritesBothReports() throws IOException {
    CliRun run = CliRun.of("demo", "--offline", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    JsonNode report = new ObjectMapper().readTree(out.resolve("mutuality-report.json").toFile());
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).isEqualTo("Mutuality demo: " + report.get("partnership").get("name").asText() + " ("
        + report.get("partnership").get("id").asText() + "), as of " + report.get("asOf").asText()
        + " (when the snapshot was captured), rule base " + report.get("ruleBaseVersion").asText());
    assertThat(lines.subList(1, 7)).hasSize(6).startsWith("", "Summary");
    List<String> keys = List.of("coordination", "accountability", "identity", "confidence");
    for (int i = 0; i < keys.size(); i++) {
      JsonNode score = report.get("scores").get(keys.get(i));
      assertThat(lines.get(3 + i)).matches(String.format("  %-15s score %3d  coverage +\\d+%% \\(%d/%d rules\\)"
          + "  critical \\d+  major \\d+  minor \\d+  info \\d+", keys.get(i), score.get("score").asInt(),
          score.get("evaluableRules").asInt(), score.get("rules").asInt()));
    }
    JsonNode mutuality = report.get("indices").get("mutuality");
    assertThat(lines.get(7)).isEqualTo(String.format("  mutuality       index %3d  geometric mean of the four key "
        + "scores", mutuality.get("index").asInt()));
    int findings = report.get("findings").size();
    int waived = 0;
    for (JsonNode finding : report.get("findings")) {
      waived += finding.get("waiver").isNull() || !finding.get("waiver").get("status").asText().equals("active")
          ? 0 : 1;
      String start = String.format("  %-9s %-10s ", finding.get("severity").asText(),
          finding.get("ruleId").asText());
      assertThat(lines).anyMatch(line -> line.startsWith(start) && line.contains(finding.get("message").asText()));
    }
    assertThat(lines).contains(findings == 0 ? "Findings: none"
        : "Findings: " + findings + (waived > 0 ? " (" + waived + " waived)" : ""));
    // The example partnership's own figures (pinned in detail by the rules module's ExampleAuditTest).
    assertThat(lines).contains(
        "  coordination    score  64  coverage 100% (11/11 rules)  critical 0  major 2  minor 6  info 0",
        "  accountability  score  68  coverage 100% (9/9 rules)  critical 0  major 2  minor 3  info 0",
        "  identity        score  92  coverage  89% (8/9 rules)  critical 0  major 0  minor 2  info 16",
        "  confidence      score  76  coverage  67% (6/9 rules)  critical 0  major 2  minor 1  info 0",
        // (64 · 68 · 92 · 76)^(1/4) = 74.3
        "  mutuality       index  74  geometric mean of the four key scores",
        "Findings: 36 (1 waived)", "Not evaluable: 6");
    assertThat(lines.subList(lines.size() - 4, lines.size())).containsExactly("Reports",
        "  " + out.resolve("mutuality-report.json"), "  " + out.resolve("mutuality-report.md"),
        "  " + out.resolve("mutuality-report.html"));
  }
}
