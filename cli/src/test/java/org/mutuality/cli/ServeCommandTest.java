package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;

/**
 * {@code mutuality serve} from the command line: its options checked, and one run that starts against the sandbox's
 * demo site with the configuration's source, a secret file and the credentials of the environment, reads the site,
 * answers on /health and /metrics, and stops.
 */
class ServeCommandTest {
  private static final String TOKEN = "cli-t0ken-9f8e7d";
  private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+) ");
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir
  Path dir;

  @AfterEach
  void restore() {
    JiraOptions.environment = System.getenv();
    ServeCommand.stop = null;
    ServeCommand.running = null;
  }

  /** Standard output that opens a latch once it holds a given text. */
  private static final class Printed extends ByteArrayOutputStream {
    final CountDownLatch seen = new CountDownLatch(1);
    private final String awaited;

    Printed(String awaited) {
      this.awaited = awaited;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      super.write(b, off, len);
      if (toString(StandardCharsets.UTF_8).contains(awaited)) {
        seen.countDown();
      }
    }

    @Override
    public synchronized String toString() {
      return toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void bad_options_are_usage_errors_naming_the_option() throws Exception {
    Path config = Path.of(CliRun.resource("jira/mutuality.yml"));
    CliRun listen = CliRun.of("serve", "--config", config.toString(), "--listen", "localhost");
    assertThat(listen.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(listen.err()).contains("error: --listen must be HOST:PORT (e.g. 127.0.0.1:8080), got 'localhost'");

    CliRun reconcile = CliRun.of("serve", "--config", config.toString(), "--reconcile", "0s");
    assertThat(reconcile.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(reconcile.err()).contains("'0s' is not a positive duration");

    CliRun duration = CliRun.of("serve", "--config", config.toString(), "--refresh-after", "soon");
    assertThat(duration.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(duration.err()).contains("'soon' is not a duration: write e.g. 30s, 15m, 1h, 1d or PT1H");

    Path empty = dir.resolve("secret");
    Files.writeString(empty, "\n");
    CliRun secret = CliRun.of("serve", "--config", config.toString(), "--secret-file", empty.toString());
    assertThat(secret.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(secret.err()).contains("error: " + empty + ": the webhook secret file is empty");

    CliRun missing = CliRun.of("serve", "--config", dir.resolve("nope.yml").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("nope.yml");
  }

  @Test
  void serves_the_demo_site_until_stopped() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).start()) {
      Path config = dir.resolve("mutuality.yml");
      Files.writeString(config, Files.readString(Path.of(CliRun.resource("jira/mutuality.yml")))
          + "source:\n  type: jira\n  site: " + jira.baseUri() + "\n  projects: [COF]\n");
      Path secret = dir.resolve("webhook.secret");
      Files.writeString(secret, "s3cret-of-the-webhook\n");
      JiraOptions.environment = Map.of("MUTUALITY_JIRA_PAT", TOKEN);
      Printed out = new Printed("mutuality serve: reading the partnership");
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"serve",
          "--config", config.toString(), "--listen", "127.0.0.1:0", "--secret-file", secret.toString(),
          "--refresh-after", "1s"}, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8)));

      assertThat(out.seen.await(60, TimeUnit.SECONDS)).as("stdout: %s stderr: %s", out, err).isTrue();
      Matcher m = LISTENING.matcher(out.toString());
      assertThat(m.find()).as(out.toString()).isTrue();
      URI base = URI.create(m.group(1));
      assertThat(ServeCommand.running.partnership().awaitIdle(Duration.ofSeconds(60))).isTrue();
      HttpResponse<String> health = get(base.resolve("/health"));
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).startsWith("{\"status\":\"ok\",\"workItems\":");
      String metrics = get(base.resolve("/metrics")).body();
      assertThat(metrics).contains("mutuality_reconciles_total{result=\"ok\"} 1\n",
          "mutuality_config_reloads_total{result=\"refused\"} 0\n");
      HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(base.resolve("/webhook"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"webhookEvent\":\"jira:issue_updated\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(unsigned.statusCode()).isEqualTo(401);

      ServeCommand.stop.countDown();
      assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
      String printed = out.toString();
      assertThat(printed).contains(" — webhooks at /webhook (signature required), /health, /metrics; plans only, "
          + "nothing written without --apply; reconcile every 1h\n");
      assertThat(printed).endsWith("mutuality serve: stopped\n");
      assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("s3cret-of-the-webhook", TOKEN);
    }
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
