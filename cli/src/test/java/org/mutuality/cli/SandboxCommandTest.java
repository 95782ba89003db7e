package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code mutuality sandbox} starts the server, says how to use it, answers, and stops when asked. */
class SandboxCommandTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** A command running in another thread, with what it printed. */
  private record Running(SandboxCommand command, StringWriter out, CompletableFuture<Integer> exit) {
    List<String> lines() {
      return out.toString().lines().toList();
    }

    String baseUrl() {
      return lines().stream().filter(l -> l.startsWith("  base URL     ")).findFirst().orElseThrow()
          .substring("  base URL     ".length());
    }
  }

  private static Running start(String... args) throws InterruptedException {
    SandboxCommand command = new SandboxCommand();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out, true))
        .setCaseInsensitiveEnumValuesAllowed(true);
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(args));
    assertThat(command.awaitStarted(WAIT)).as("started; printed: %s", out).isTrue();
    return new Running(command, out, exit);
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void serves_the_demo_as_data_center_prints_how_to_use_it_and_stops_cleanly() throws Exception {
    Running run = start("--flavor", "dc", "--port", "0");

    String base = run.baseUrl();
    assertThat(base).matches("http://127\\.0\\.0\\.1:\\d+");
    List<String> lines = run.lines();
    assertThat(lines.get(0)).isEqualTo("Jira sandbox running");
    assertThat(lines).contains("  flavour      dc (Jira Data Center: REST v2)", "  dataset      demo (304 issues)",
        "  try          curl -u cafesur-integration:any-token " + base + "/rest/api/2/myself", "Ctrl-C stops it.");
    assertThat(lines).anyMatch(l -> l.startsWith("  now          2026-11-20T09:00:00Z (the dataset's fixed instant"));
    assertThat(lines).anyMatch(l -> l.startsWith("  credentials  any Basic or Bearer credentials")
        && l.contains("(e.g. laura.restrepo)") && l.contains("integration user (cafesur-integration)"));
    JsonNode info = get(base + "/rest/api/2/serverInfo");
    assertThat(info.get("deploymentType").asText()).isIn("Server", "DataCenter");

    run.command().stop();
    assertThat(run.exit().get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
    assertThat(run.lines()).last().isEqualTo("Jira sandbox stopped.");
  }

  @Test
  void serves_a_generated_site_on_cloud() throws Exception {
    Running run = start("--dataset", "generated", "--issues", "200", "--seed", "3", "--port", "0");

    assertThat(run.lines()).contains("  flavour      cloud (Jira Cloud: REST v2 and v3)",
        "  dataset      generated (200 issues, seed 3)");
    assertThat(get(run.baseUrl() + "/rest/api/3/serverInfo").get("deploymentType").asText()).isEqualTo("Cloud");

    run.command().stop();
    assertThat(run.exit().get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
  }

  @Test
  void issues_and_seed_belong_to_the_generated_dataset() {
    CliRun run = CliRun.of("sandbox", "--issues", "5");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("error: --issues and --seed apply to --dataset generated only");
    assertThat(CliRun.of("sandbox", "--flavor", "server").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRun.of("sandbox", "--dataset", "generated", "--issues", "0").err())
        .contains("--issues must be at least 1");
  }

  @Test
  void is_listed_in_the_help() {
    assertThat(CliRun.of("--help").out()).contains("sandbox");
  }
}
