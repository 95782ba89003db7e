package org.mutuality.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mutuality.cli.serve.LivePartnership;
import org.mutuality.cli.serve.ServeServer;
import org.mutuality.config.Configuration;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.engine.RuleBase;
import org.mutuality.io.InputException;
import org.mutuality.jira.JiraSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mutuality serve}: the long-running service that keeps Jira's warnings in line with the work between audits.
 * It reads the partnership once, then follows Jira's webhooks with a live session, writes back what changed, and
 * reconciles in full every so often; see {@link LivePartnership} and {@link ServeServer}.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Keep the warnings in Jira up to date between audits: receive Jira's webhooks, evaluate each changed issue "
            + "in a live session, write back the difference, and reconcile in full every --reconcile.",
        "Endpoints: POST --webhook-path (Jira's admin webhook, signed with the secret), GET /health, GET /metrics "
            + "(Prometheus). Stops on SIGTERM or Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", required = true,
      description = "mutuality.yml: partners, rule settings, waivers, the write-back's marks, and the source: to "
          + "read. Checked for changes every --reload-check; a broken change is refused and the last good one stays.")
  Path config;

  @Mixin
  JiraOptions jira;

  @Mixin
  RuleBaseOptions rules;

  @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8080",
      description = "The address to listen on. Default: ${DEFAULT-VALUE} (behind a reverse proxy that terminates "
          + "TLS).")
  String listen;

  @Option(names = "--webhook-path", paramLabel = "PATH", defaultValue = "/webhook",
      description = "The path Jira's webhook posts to. Default: ${DEFAULT-VALUE}.")
  String webhookPath;

  @Option(names = "--secret-env", paramLabel = "NAME", defaultValue = "MUTUALITY_WEBHOOK_SECRET",
      description = "The environment variable holding the webhook's secret. Default: ${DEFAULT-VALUE}.")
  String secretEnv;

  @Option(names = "--secret-file", paramLabel = "FILE",
      description = "A file holding the webhook's secret (one line), instead of the environment.")
  Path secretFile;

  @Option(names = "--reconcile", paramLabel = "DURATION", defaultValue = "1h", converter = DurationConverter.class,
      description = "How often to read the whole partnership again and repair what missed deliveries left "
          + "(e.g. 30m, 1h, 1d). Default: ${DEFAULT-VALUE}.")
  Duration reconcile;

  @Option(names = "--refresh-after", paramLabel = "DURATION", defaultValue = "30s",
      converter = DurationConverter.class,
      description = "How long without a change before the partnership-wide figures (partner shares, milestones, "
          + "the DATA rules) are computed again. Default: ${DEFAULT-VALUE}.")
  Duration refreshAfter;

  @Option(names = "--reload-check", paramLabel = "DURATION", defaultValue = "10s",
      converter = DurationConverter.class,
      description = "How often to check --config and the --rules folders for changes. Default: ${DEFAULT-VALUE}.")
  Duration reloadCheck;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
      description = "The largest webhook body accepted; larger ones get 413. Default: ${DEFAULT-VALUE}.")
  int maxBody;

  @Option(names = "--max-queue", paramLabel = "ISSUES", defaultValue = "100000",
      description = "How many changed issues may wait; beyond, deliveries get 503 and Jira retries them. "
          + "Default: ${DEFAULT-VALUE}.")
  int maxQueue;

  @Option(names = "--apply",
      description = "Write into Jira (labels, the managed comment, the findings property, the summary issue). "
          + "Without it, every write-back plan is only logged.")
  boolean apply;

  /** Stops a running service (tests); {@code null} when none runs. */
  static volatile CountDownLatch stop;

  /** The running service (tests wait on its partnership); {@code null} when none runs. */
  static volatile ServeServer running;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Configuration initial = Inputs.configuration(config); // broken at start: a usage error, as for audit
    String[] hostPort = hostAndPort(listen);
    if (maxBody < 1024 || maxBody > 64 << 20) {
      throw new CommandException(ExitCode.USAGE, "--max-body must be between 1024 bytes and 64 MiB, got " + maxBody);
    }
    byte[] secret = secret();
    if (secret == null) {
      err.println("warning: no webhook secret (" + secretEnv + " is unset and no --secret-file): deliveries are not "
          + "authenticated; anyone who can reach " + listen + " can ask for re-evaluations");
    }
    LivePartnership.Loader loader = new FileLoader();
    LivePartnership.Options options;
    ServeServer.Listen where;
    try {
      options = new LivePartnership.Options(reconcile, refreshAfter, reloadCheck, apply, maxQueue, Clock.systemUTC());
      where = new ServeServer.Listen(hostPort[0], Integer.parseInt(hostPort[1]), webhookPath, secret, maxBody,
          initial.writeBack().labelPrefix());
    } catch (IllegalArgumentException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
    ServeServer server;
    try {
      server = ServeServer.start(where, loader, LivePartnership.Connector.JDK, options);
    } catch (IllegalStateException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    stop = stopped;
    running = server;
    out.println("mutuality serve: listening on " + server.uri() + " — webhooks at " + webhookPath + " ("
        + (secret == null ? "unsigned" : "signature required") + "), /health, /metrics; "
        + (apply ? "writing into Jira" : "plans only, nothing written without --apply") + "; reconcile every "
        + DurationConverter.format(reconcile));
    out.println("mutuality serve: reading the partnership; /health answers 200 once the live session is up");
    out.flush();
    // The JVM halts once its shutdown hooks are done: the hook itself stops the server and lets the worker finish.
    Thread hook = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "mutuality-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } finally {
      server.close();
      running = null;
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is stopping: the hook has run
      }
      out.println("mutuality serve: stopped");
      out.flush();
    }
    return ExitCode.OK;
  }

  private byte[] secret() {
    String value;
    if (secretFile != null) {
      try {
        value = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new CommandException(ExitCode.USAGE, secretFile + ": cannot read the webhook secret: "
            + e.getMessage(), e);
      }
      if (value.isEmpty()) {
        throw new CommandException(ExitCode.USAGE, secretFile + ": the webhook secret file is empty");
      }
    } else {
      value = JiraOptions.environment.get(secretEnv);
      if (value == null || value.isBlank()) {
        return null;
      }
    }
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9a-fA-F:]+]|[A-Za-z0-9.-]+):(\\d{1,5})");

  static String[] hostAndPort(String value) {
    Matcher m = HOST_PORT.matcher(value);
    if (!m.matches() || Integer.parseInt(m.group(2)) > 65535) {
      throw new CommandException(ExitCode.USAGE, "--listen must be HOST:PORT (e.g. 127.0.0.1:8080), got '" + value
          + "'");
    }
    String host = m.group(1);
    return new String[] {host.startsWith("[") ? host.substring(1, host.length() - 1) : host, m.group(2)};
  }

  /** Loads the configuration and the organisation's rules from their files, and fingerprints them. */
  private final class FileLoader implements LivePartnership.Loader {
    @Override
    public String fingerprint() {
      List<Path> files = new ArrayList<>();
      files.add(config);
      for (Path folder : rules.folders) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          files.add(folder);
        }
      }
      StringBuilder print = new StringBuilder();
      for (Path file : files) {
        print.append(file).append('|');
        try {
          print.append(Files.size(file)).append('|').append(Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
          print.append("unreadable");
        }
        print.append('\n');
      }
      return print.toString();
    }

    @Override
    public LivePartnership.Setup load() throws LivePartnership.SetupException {
      try {
        Configuration configuration = Configuration.load(config);
        Sources.check(configuration);
        RuleBase ruleBase = RuleBase.builtIn();
        if (!rules.folders.isEmpty()) {
          StringWriter problems = new StringWriter();
          RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(rules.folders, new PrintWriter(problems));
          if (loaded.problems() > 0) {
            throw new LivePartnership.SetupException("the organisation rules have " + loaded.problems()
                + " problem(s): " + problems.toString().strip().replace('\n', ' '), null);
          }
          ruleBase = loaded.ruleBase();
        }
        MutualityEngine engine = MutualityEngine.create(ruleBase, configuration);
        JiraSettings settings = jira.settings(configuration);
        return new LivePartnership.Setup(engine, settings, configuration.writeBack());
      } catch (InputException | CommandException e) {
        throw new LivePartnership.SetupException(e.getMessage(), e);
      } catch (RuntimeException e) {
        throw new LivePartnership.SetupException(config + ": cannot be loaded: " + e, e);
      }
    }
  }

  /** Reads {@code 90s}, {@code 15m}, {@code 1h}, {@code 2d} or an ISO-8601 duration ({@code PT1H}). */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
      Matcher m = SHORT.matcher(value.strip().toLowerCase(Locale.ROOT));
      Duration d;
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        d = switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      } else {
        try {
          d = Duration.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
          throw new TypeConversionException("'" + value + "' is not a duration: write e.g. 30s, 15m, 1h, 1d or PT1H");
        }
      }
      if (d.isZero() || d.isNegative()) {
        throw new TypeConversionException("'" + value + "' is not a positive duration");
      }
      return d;
    }

    static String format(Duration d) {
      if (d.toDaysPart() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
        return d.toDays() + "d";
      }
      if (d.equals(Duration.ofHours(d.toHours()))) {
        return d.toHours() + "h";
      }
      if (d.equals(Duration.ofMinutes(d.toMinutes()))) {
        return d.toMinutes() + "m";
      }
      return d.toSeconds() + "s";
    }
  }
}
