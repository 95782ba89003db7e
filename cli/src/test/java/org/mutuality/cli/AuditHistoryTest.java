package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;

/**
 * {@code --history}, {@code mutuality diff} and {@code --baseline}: audits compared by fingerprint, on the demo
 * snapshot and on the sandbox's demo site changed between two audits.
 */
class AuditHistoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMAIL = "integration@cafesur-partnership.org";
  private static final String TOKEN = "history-t0ken-51c2";
  private static final String SNAPSHOT = "../examples/snapshot.yml";
  private static final String CONFIG = "../examples/mutuality.yml";

  @TempDir
  Path dir;

  @Test
  void a_second_audit_of_the_sandbox_says_what_a_change_in_jira_fixed_and_what_is_new() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).start()) {
      Path history = dir.resolve("history");
      CliRun first = audit(jira, "2026-11-20T09:00:00Z", history, dir.resolve("first"));
      // No meeting record for 40 days (CONF-005): a person labels COF-40 as one.
      edit(jira, "COF-40", "{\"update\": {\"labels\": [{\"add\": \"Meeting\"}]}}");
      CliRun second = audit(jira, "2026-11-20T10:00:00Z", history, dir.resolve("second"));

      assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
      assertThat(first.out()).contains("History: no earlier audit of this partnership is kept; every finding is new");
      assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCode.OK);
      assertThat(second.out()).containsPattern("Since the audit as of 2026-11-20T09:00:00Z: \\d+ new, \\d+ persisting, "
          + "\\d+ fixed, \\d+ waived, \\d+ expired-waiver");
      assertThat(Files.list(history).map(f -> f.getFileName().toString()).sorted())
          .containsExactly("COF-20261120T090000Z.json", "COF-20261120T100000Z.json");

      JsonNode report = JSON.readTree(dir.resolve("second/mutuality-report.json").toFile());
      List<String> changed = new ArrayList<>();
      report.path("findings").forEach(f -> {
        if (!f.path("change").asText().equals("persisting")) {
          changed.add(f.path("change").asText() + " " + f.path("ruleId").asText() + " "
              + f.path("subject").path("id").asText() + ": " + f.path("message").asText());
        }
      });
      report.path("comparison").path("fixed").forEach(f -> changed.add("fixed " + f.path("ruleId").asText() + " "
          + f.path("subject").path("id").asText() + ": " + f.path("message").asText()));
      // Fixed: the meeting record. New: the edit itself, made through the integration account, which is a bot
      // (DATA-006), and COF-5, whose quiet time reached 5 days in the hour between the audits (COORD-006).
      assertThat(changed).containsExactly(
          "new COORD-006 COF-5: COF-5 is in progress and has had no status change, comment or worklog for 5 days "
              + "(last one on 2026-11-15)",
          "new DATA-006 " + demoAccount(18) + ": Café del Sur Integration was left out of every count as a bot (an "
              + "app account, or listed under bots in mutuality.yml), though it had 1 change in the last 90 days",
          "fixed CONF-005 COF: No meeting record (type or label 'Meeting') was created in the last 31 days; the last "
              + "is COF-12 of 2026-10-11, 40 days ago");
      assertThat(report.path("comparison").path("counts").path("new").intValue()).isEqualTo(2);
      assertThat(report.path("comparison").path("counts").path("fixed").intValue()).isEqualTo(1);
      assertThat(report.path("comparison").path("previousAsOf").asText()).isEqualTo("2026-11-20T09:00:00Z");
      assertThat(report.path("comparison").path("trend")).hasSize(2);

      CliRun diff = CliRun.of("diff", history.resolve("COF-20261120T090000Z.json").toString(),
          history.resolve("COF-20261120T100000Z.json").toString());
      assertThat(diff.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(diff.outLines().get(0)).isEqualTo(
          "Mutuality diff: COF, as of 2026-11-20T09:00:00Z -> as of 2026-11-20T10:00:00Z");
      assertThat(diff.outLines()).containsSubsequence("NEW (2)",
          "  minor     COORD-006  issue Cupping protocol for micro-lots (COF-5): COF-5 is in progress and has had no "
              + "status change, comment or worklog for 5 days (last one on 2026-11-15)");
      assertThat(diff.outLines()).containsSubsequence("FIXED (1)",
          "  minor     CONF-005   project Café del Sur Partnership (COF): No meeting record (type or label "
              + "'Meeting') was created in the last 31 days; the last is COF-12 of 2026-10-11, 40 days ago");
    }
  }

  @Test
  void a_baseline_leaves_its_findings_out_and_only_new_ones_count() throws Exception {
    CliRun before = CliRun.of("audit", "--snapshot", SNAPSHOT, "--config", CONFIG, "--as-of", "2026-10-20T09:00:00Z",
        "--format", "json", "--out", dir.resolve("before").toString());
    CliRun now = CliRun.of("audit", "--snapshot", SNAPSHOT, "--config", CONFIG, "--format", "json", "--out",
        dir.resolve("all").toString());
    CliRun withBaseline = CliRun.of("audit", "--snapshot", SNAPSHOT, "--config", CONFIG, "--format", "json,csv",
        "--baseline", dir.resolve("before/mutuality-report.json").toString(), "--out", dir.resolve("new").toString());

    assertThat(before.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode baseline = JSON.readTree(dir.resolve("before/mutuality-report.json").toFile());
    JsonNode all = JSON.readTree(dir.resolve("all/mutuality-report.json").toFile());
    JsonNode shown = JSON.readTree(dir.resolve("new/mutuality-report.json").toFile());
    List<String> earlier = fingerprints(baseline);
    List<String> expected = fingerprints(all).stream().filter(f -> !earlier.contains(f)).toList();
    assertThat(withBaseline.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(fingerprints(shown)).containsExactlyElementsOf(expected).isNotEmpty();
    int hidden = all.path("findings").size() - expected.size();
    assertThat(hidden).isPositive();
    assertThat(shown.path("provenance").path("baselineHidden").intValue()).isEqualTo(hidden);
    assertThat(withBaseline.out()).contains("Baseline: " + hidden + " findings are in the baseline and not shown");
    assertThat(shown.path("scores")).as("scores still count every finding").isEqualTo(all.path("scores"));
    assertThat(Files.readAllLines(dir.resolve("new/mutuality-report.csv"))).hasSize(1 + expected.size()
        + shown.path("notEvaluable").size());
  }

  @Test
  void a_history_or_baseline_that_is_not_a_report_is_named_with_its_json_path() throws Exception {
    Path broken = Files.writeString(dir.resolve("old.json"), "{\"asOf\": \"2026-10-20T09:00:00Z\", "
        + "\"partnership\": {\"id\": \"COF\"}, \"findings\": [{\"ruleId\": \"COORD-001\", \"key\": \"coordination\"}]}");

    CliRun run = CliRun.of("audit", "--snapshot", SNAPSHOT, "--config", CONFIG, "--baseline", broken.toString(),
        "--out", dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("error: --baseline: " + broken
        + ": $.findings[0].severity: missing (expected text)");
  }

  @Test
  void the_configuration_hash_is_in_the_provenance() throws Exception {
    CliRun run = CliRun.of("audit", "--snapshot", SNAPSHOT, "--config", CONFIG, "--format", "json", "--out",
        dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode provenance = JSON.readTree(dir.resolve("out/mutuality-report.json").toFile()).path("provenance");
    assertThat(provenance.path("configurationHash").asText()).isEqualTo(Hashes.file(Path.of(CONFIG)))
        .matches("sha256:[0-9a-f]{64}");
    assertThat(provenance.path("site").isNull()).isTrue();
    assertThat(provenance.path("recordingHash").isNull()).isTrue();
  }

  private CliRun audit(JiraSandbox jira, String asOf, Path history, Path out) throws Exception {
    return CliRun.of("audit", "--site", jira.baseUri().toString(), "--project", "COF", "--credentials",
        credentials().toString(), "--config", CliRun.resource("jira/mutuality.yml"), "--as-of", asOf,
        "--history", history.toString(), "--format", "json,csv", "--out", out.toString());
  }

  private Path credentials() throws Exception {
    Path file = dir.resolve("jira.credentials");
    if (!Files.exists(file)) {
      Files.writeString(file, "MUTUALITY_JIRA_EMAIL=" + EMAIL + "\nMUTUALITY_JIRA_TOKEN=" + TOKEN + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    return file;
  }

  /** An edit a person makes in Jira, through the sandbox's REST API. */
  private static void edit(JiraSandbox jira, String key, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(jira.baseUri() + "/rest/api/3/issue/" + key))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((EMAIL + ":" + TOKEN)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("PUT %s: %s", key, response.body()).isEqualTo(204);
  }

  /** The account id of the demo site's n-th person ({@code DemoSite}). */
  private static String demoAccount(int n) {
    return String.format("63f1c0ffee%014x", 0xa11ce000L + n);
  }

  private static List<String> fingerprints(JsonNode report) {
    List<String> fingerprints = new ArrayList<>();
    report.path("findings").forEach(f -> fingerprints.add(f.path("fingerprint").asText()));
    return fingerprints;
  }
}
