package org.mutuality.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.site.Site;
import org.mutuality.sandbox.site.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mutuality sandbox}: runs the Jira-compatible sandbox on 127.0.0.1 until interrupted, so rules and
 * adapters can be tried against a Jira that is not anyone's production site. Ctrl-C (or {@link #stop()}, for
 * tests and embedding) shuts it down cleanly.
 */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Run a Jira-compatible server on 127.0.0.1 (Jira Cloud or Data Center flavour) serving the demo "
        + "partnership or a large generated site, until Ctrl-C. It accepts any Basic or Bearer credentials.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_TEXT, ExitCode.USAGE_TEXT, ExitCode.INTERNAL_TEXT})
final class SandboxCommand implements Callable<Integer> {
  /** The port when none is given. */
  static final int DEFAULT_PORT = 8080;
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  /** Which data the sandbox serves. */
  enum DatasetKind {
    DEMO,
    GENERATED
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--flavor", paramLabel = "cloud|dc", defaultValue = "cloud",
      description = "Which Jira to imitate: cloud (REST v2 and v3, /search/jql, account ids) or dc (Data Center: "
          + "REST v2, offset-paged /search, user names). Default: ${DEFAULT-VALUE}.")
  Flavor flavor;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
      description = "The port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--dataset", paramLabel = "demo|generated", defaultValue = "demo",
      description = "demo: the coffee partnership Café del Sur (5 partners, 304 issues over a year); generated: "
          + "a large seeded site (project GEN). Default: ${DEFAULT-VALUE}.")
  DatasetKind dataset;

  @Option(names = "--issues", paramLabel = "N", description = "Issues of the generated site. Default: 10000.")
  Integer issues;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated site. Default: 1.")
  Long seed;

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    Dataset data = dataset();
    JiraSandbox sandbox;
    try {
      sandbox = JiraSandbox.builder().flavor(flavor).port(port).dataset(data).start();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage()
          + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()), e);
    }
    Thread hook = new Thread(this::stopAndWait, "mutuality-sandbox-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    try {
      print(out, sandbox);
      started.countDown();
      stop.await();
    } finally {
      sandbox.close();
      out.println("Jira sandbox stopped.");
      out.flush();
      stopped.countDown();
      removeHook(hook);
    }
    return ExitCode.OK;
  }

  private Dataset dataset() {
    if (dataset == DatasetKind.DEMO) {
      if (issues != null || seed != null) {
        throw new CommandException(ExitCode.USAGE, "--issues and --seed apply to --dataset generated only");
      }
      return Dataset.demo();
    }
    int count = issues == null ? 10_000 : issues;
    if (count < 1) {
      throw new CommandException(ExitCode.USAGE, "--issues must be at least 1, got " + count);
    }
    return Dataset.generated(count, seed == null ? 1 : seed);
  }

  private void print(PrintWriter out, JiraSandbox sandbox) {
    Site site = sandbox.dataset().site();
    User integration = site.users().stream().filter(u -> u.accountId().equals(site.integrationUserId()))
        .findFirst().orElseThrow();
    User someone = site.users().stream().filter(u -> !u.app() && !u.accountId().equals(integration.accountId()))
        .findFirst().orElse(integration);
    boolean cloud = flavor == Flavor.CLOUD;
    String login = cloud ? integration.email() : integration.name();
    out.println("Jira sandbox running");
    out.println("  base URL     " + sandbox.baseUri());
    out.println("  flavour      " + (cloud ? "cloud (Jira Cloud: REST v2 and v3)" : "dc (Jira Data Center: REST v2)"));
    out.println("  dataset      " + sandbox.dataset().description());
    out.println("  now          " + site.now() + " (the dataset's fixed instant: serverTime, relative JQL dates"
        + " and overdue versions are read from it)");
    out.println("  credentials  any Basic or Bearer credentials: a user's e-mail, name or account id acts as that"
        + " user (e.g. " + (cloud ? someone.email() : someone.name()) + "), anything else as the integration user ("
        + login + "); no credentials: 401, except serverInfo");
    out.println("  try          curl -u " + login + ":any-token " + sandbox.baseUri() + "/rest/api/"
        + (cloud ? "3" : "2") + "/myself");
    out.println("Ctrl-C stops it.");
    out.flush();
  }

  /** Asks a running command to stop; {@link #call()} then closes the server and returns 0. */
  void stop() {
    stop.countDown();
  }

  /**
   * @param timeout how long to wait
   * @return whether the server started (and printed its base URL) within the timeout
   */
  boolean awaitStarted(Duration timeout) throws InterruptedException {
    return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void stopAndWait() {
    stop.countDown();
    try {
      stopped.await(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting: the hook is running and waits for this method's caller
    }
  }
}
