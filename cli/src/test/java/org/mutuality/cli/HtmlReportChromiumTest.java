package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's HTML report as a reader sees it: rendered by a real headless Chromium, over the DevTools protocol.
 * The page loads without a script error, a console error or a request beyond its own file; its visible text holds
 * the key scores and a finding; a full-page screenshot and a PDF print are saved under {@code target/}.
 *
 * <p>Without Chromium the test is skipped, unless the environment variable {@code CI} is set: CI must run it.
 */
class HtmlReportChromiumTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path TARGET = Path.of("target");

  @TempDir
  Path out;
  @TempDir
  Path profile;
  @TempDir
  Path work;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theDemoReportRendersInChromiumWithoutErrorsOrRequests() throws Exception {
    Path executable = HeadlessChromium.find().orElse(null);
    if (executable == null) {
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank()) {
        fail("CI is set but no Chromium was found (/usr/bin/chromium or chromium on the PATH): install it "
            + "(Debian: apt-get install chromium), as .ci/run does");
      }
      Assumptions.abort("no Chromium (/usr/bin/chromium or chromium on the PATH): the HTML report is not "
          + "rendered in a browser; install chromium, or set CI to make this a failure");
    }

    long start = System.nanoTime();
    CliRun run = CliRun.of("demo", "--offline", "--format", "html", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    Path report = out.resolve("mutuality-report.html");
    assertThat(run.outLines()).endsWith("Reports", "  " + report);
    assertThat(out.resolve("mutuality-report.json")).doesNotExist();
    String url = report.toUri().toString();
    long reported = System.nanoTime();

    try (HeadlessChromium chromium = HeadlessChromium.start(executable, profile, work)) {
      chromium.send("Runtime.enable", WAIT);
      chromium.send("Log.enable", WAIT);
      chromium.send("Network.enable", WAIT);
      chromium.send("Page.enable", WAIT);
      CompletableFuture<JsonNode> loaded = chromium.next("Page.loadEventFired");
      JsonNode navigation = chromium.send("Page.navigate", WAIT, "url", url);
      assertThat(navigation.path("errorText").asText()).as("navigation error").isEmpty();
      await(loaded, chromium);

      String text = chromium.send("Runtime.evaluate", WAIT, "expression", "document.body.innerText",
          "returnByValue", true).path("result").path("value").asText();
      List<String> lines = text.lines().map(String::strip).toList();
      // The demo's figures, as its console prints them (DemoCommandTest).
      assertThat(lines).contains(
          "Café de la Montaña — Huila coffee families partnership",
          "Mutuality index 74",
          "Coordination score 64 · coverage 100% (11/11 rules)",
          "Accountability score 68 · coverage 100% (9/9 rules)",
          "Identity score 92 · coverage 89% (8/9 rules)",
          "Confidence score 76 · coverage 67% (6/9 rules)",
          "Unwaived findings: 0 critical · 2 major · 6 minor · 0 info",
          "De Molen Koffiebranders did 85% of the work in the last 90 days (11 of the 13 work items resolved)",
          "Findings",
          "Not evaluable");
      assertThat(text).doesNotContain("<script", "&lt;", "&amp;", "null");

      // The layout: every chart drawn with a size, nothing wider than the window.
      JsonNode layout = chromium.send("Runtime.evaluate", WAIT, "expression", """
              JSON.stringify({
                charts: document.querySelectorAll('svg').length,
                emptyCharts: [...document.querySelectorAll('svg')].filter(s => {
                  const r = s.getBoundingClientRect(); return r.width < 10 || r.height < 10; }).length,
                overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                findings: document.querySelectorAll('article.finding').length
              })""", "returnByValue", true).path("result").path("value");
      assertThat(layout.asText()).isEqualTo("{\"charts\":8,\"emptyCharts\":0,\"overflow\":0,\"findings\":36}");

      JsonNode metrics = chromium.send("Page.getLayoutMetrics", WAIT).path("cssContentSize");
      double width = metrics.path("width").asDouble();
      double height = metrics.path("height").asDouble();
      String screenshot = chromium.send("Page.captureScreenshot", WAIT, "format", "png",
          "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)).path("data").asText();
      byte[] png = Base64.getDecoder().decode(screenshot);
      Files.createDirectories(TARGET);
      Files.write(TARGET.resolve("html-report-chromium.png"), png);
      assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
      assertThat(png.length).isBetween(100_000, 30_000_000);
      // IHDR: the image is the whole page, not just the window.
      assertThat(ByteBuffer.wrap(png, 16, 8).getInt()).isEqualTo((int) Math.ceil(width));
      assertThat(ByteBuffer.wrap(png, 20, 4).getInt()).isGreaterThan(3000);

      String pdf = chromium.send("Page.printToPDF", Duration.ofSeconds(20), "printBackground", true,
          "preferCSSPageSize", true).path("data").asText();
      byte[] document = Base64.getDecoder().decode(pdf);
      Files.write(TARGET.resolve("html-report-chromium.pdf"), document);
      assertThat(new String(document, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

      assertThat(problems(chromium.events(), url)).as("errors and requests while the page loaded and printed")
          .isEmpty();
    }
    long done = System.nanoTime();
    System.out.printf("HtmlReportChromiumTest: report %d ms, browser %d ms%n",
        TimeUnit.NANOSECONDS.toMillis(reported - start), TimeUnit.NANOSECONDS.toMillis(done - reported));
  }

  /** Exceptions, console and log errors, and any request but the page's own file, each as one line. */
  private static List<String> problems(List<JsonNode> events, String url) {
    List<String> problems = new ArrayList<>();
    for (JsonNode event : events) {
      JsonNode params = event.path("params");
      switch (event.path("method").asText()) {
        case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
        case "Runtime.consoleAPICalled" -> {
          if (params.path("type").asText().equals("error")) {
            problems.add("console error: " + params.path("args"));
          }
        }
        case "Log.entryAdded" -> {
          if (params.path("entry").path("level").asText().equals("error")) {
            problems.add("log error: " + params.path("entry"));
          }
        }
        case "Network.requestWillBeSent" -> {
          String requested = params.path("request").path("url").asText();
          if (!requested.equals(url)) {
            problems.add("request: " + requested);
          }
        }
        default -> {
          // Other events say nothing about errors.
        }
      }
    }
    return problems;
  }

  private static void await(CompletableFuture<JsonNode> event, HeadlessChromium chromium)
      throws InterruptedException, IOException {
    try {
      event.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IOException("the DevTools connection failed", e.getCause());
    } catch (TimeoutException e) {
      fail("the page did not load within " + WAIT.toSeconds() + " s; events: " + chromium.events()
          + "\nChromium's output:\n" + chromium.output());
    }
  }
}
