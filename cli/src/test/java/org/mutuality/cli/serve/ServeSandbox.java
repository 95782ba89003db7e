package org.mutuality.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mutuality.config.Configuration;
import org.mutuality.config.PartnerMapping;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.engine.RuleBase;
import org.mutuality.io.InputException;
import org.mutuality.jira.JiraScope;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.http.Credentials;
import org.mutuality.jira.http.Site;
import org.mutuality.jira.writeback.Marks;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.User;

/**
 * A {@link ServeServer} over the demo site of a {@link JiraSandbox} whose webhook posts to it: the server starts
 * first (its worker's loader waits at a gate), then the sandbox with the server's address, then the configuration
 * naming the sandbox is written and the gate opened.
 */
final class ServeSandbox implements AutoCloseable {
  static final String SECRET = "It's a Secret to Everybody";
  static final int MAX_BODY = 64 * 1024;
  static final Duration WAIT = Duration.ofSeconds(20);
  private static final Path DEMO_CONFIG = Path.of("src/test/resources/jira/mutuality.yml");
  private static final Credentials CREDENTIALS = Credentials.basic("integration@cafesur-partnership.org", "t0ken");

  final ServeServer server;
  final JiraSandbox jira;
  final Path config;
  private final GatedLoader loader;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServeSandbox(ServeServer server, JiraSandbox jira, Path config, GatedLoader loader) {
    this.server = server;
    this.jira = jira;
    this.config = config;
    this.loader = loader;
  }

  /**
   * Starts the server and the sandbox; the worker waits for {@link #open}.
   *
   * @param events the events the sandbox's webhook sends, or {@code null} for no webhook
   */
  static ServeSandbox start(Path dir, Set<String> events) {
    Path config = dir.resolve("mutuality.yml");
    GatedLoader loader = new GatedLoader(config);
    // Sessions at the demo's instant: the sandbox's clock moves a millisecond with each write, and a finding at a
    // threshold would otherwise flip between two reconciles.
    LivePartnership.Options options = new LivePartnership.Options(Duration.ofHours(1), Duration.ofMillis(200),
        Duration.ofMillis(100), true, 1000, Clock.fixed(Dataset.DEMO_NOW, ZoneOffset.UTC));
    ServeServer server = ServeServer.start(
        new ServeServer.Listen("127.0.0.1", 0, "/webhook", SECRET.getBytes(StandardCharsets.UTF_8), MAX_BODY,
            "mutuality"),
        loader, LivePartnership.Connector.JDK, options);
    JiraSandbox jira;
    try {
      JiraSandbox.Builder builder = JiraSandbox.builder().dataset(Dataset.demo())
          .clock(ManualClock.at(Dataset.DEMO_NOW));
      if (events != null) {
        builder.webhook(server.uri().resolve("/webhook"), SECRET, events);
      }
      jira = builder.start();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return new ServeSandbox(server, jira, config, loader);
  }

  /** Writes the demo's configuration, its {@code source:} naming the sandbox, plus {@code extra}. */
  void configure(String extra) throws IOException {
    Files.writeString(config, Files.readString(DEMO_CONFIG) + extra + "source:\n  type: jira\n  site: "
        + jira.baseUri() + "\n  projects: [COF]\n");
  }

  /** Writes the configuration, lets the worker load it, and waits for the first reconcile and its echoes. */
  void open() throws Exception {
    configure("");
    loader.gate.countDown();
    settle();
  }

  /** Waits until the sandbox delivered everything and the worker has nothing left to do. */
  void settle() throws InterruptedException {
    // The worker's writes make deliveries, whose evaluations may write: until a round in which, once the worker
    // was idle and the sandbox had delivered all, no delivery came.
    for (int round = 0; round < 10; round++) {
      assertThat(server.partnership().awaitIdle(WAIT)).as("worker idle").isTrue();
      long received = server.metrics().count("received");
      assertThat(jira.webhooks().awaitIdle(WAIT)).as("webhooks idle").isTrue();
      if (server.metrics().count("received") == received && server.partnership().awaitIdle(Duration.ZERO)) {
        return;
      }
    }
    throw new AssertionError("the service and the sandbox did not settle");
  }

  long evaluations() {
    return server.metrics().count("evaluations");
  }

  /** The reporter of an issue: a person, not the integration account. */
  User reporterOf(String key) {
    User reporter = jira.store().current().user(issue(key).reporterId()).orElseThrow();
    assertThat(reporter.accountId()).isNotEqualTo(jira.store().current().site().integrationUserId());
    return reporter;
  }

  Issue issue(String key) {
    return jira.store().current().site().issues().stream().filter(i -> i.key().equals(key)).findFirst()
        .orElseThrow();
  }

  /** The issue's labels, sorted. */
  List<String> labels(String key) {
    return List.copyOf(new TreeSet<>(issue(key).labels()));
  }

  /** The bodies of the issue's managed comments (the integration account's, marked). */
  List<String> managedComments(String key) {
    String integration = jira.store().current().site().integrationUserId();
    return issue(key).comments().stream().filter(c -> c.authorId().equals(integration) && Marks.isMarked(c.body()))
        .map(c -> c.body()).toList();
  }

  /** The issue's findings property, or {@code null}. */
  JsonNode findingsProperty(String key) {
    Map<String, JsonNode> properties = jira.store().properties(issue(key).id());
    return properties.get(Marks.FINDINGS_PROPERTY);
  }

  /** A REST write to the sandbox as a person (by login); asserts its status. */
  void writeAs(String login, String method, String path, String json, int expected) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(jira.baseUri().resolve(path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":token")
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
  }

  /** A comment on the issue by its reporter. */
  void commentAsReporter(String key, String text) throws Exception {
    writeAs(reporterOf(key).email(), "POST", "/rest/api/2/issue/" + key + "/comment",
        "{\"body\":\"" + text + "\"}", 201);
  }

  /** POSTs a body to the webhook path with these headers (name, value, …). */
  HttpResponse<String> post(byte[] body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/webhook"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The lines of {@code /metrics} that are samples (no comments). */
  List<String> metricLines() throws Exception {
    HttpResponse<String> response = get("/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    response.body().lines().filter(l -> !l.startsWith("#")).forEach(lines::add);
    return lines;
  }

  @Override
  public void close() {
    loader.gate.countDown();
    server.close();
    jira.close();
  }

  /**
   * Loads the configuration file as {@code mutuality serve} does, with the built-in rules and the integration
   * account's credentials; fingerprints the file by its content. Waits at a gate until the test opens it.
   */
  private static final class GatedLoader implements LivePartnership.Loader {
    final CountDownLatch gate = new CountDownLatch(1);
    private final Path file;

    GatedLoader(Path file) {
      this.file = file;
    }

    private void await() {
      try {
        if (!gate.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new IllegalStateException("the test never opened the loader's gate");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String fingerprint() {
      await();
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
      } catch (NoSuchFileException e) {
        return "missing";
      } catch (IOException e) {
        return "unreadable: " + e.getMessage();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public LivePartnership.Setup load() throws LivePartnership.SetupException {
      await();
      try {
        Configuration configuration = Configuration.load(file);
        JiraScope scope = JiraScope.from(configuration.source().orElseThrow());
        Set<String> groups = new TreeSet<>();
        for (PartnerMapping partner : configuration.partners()) {
          groups.addAll(partner.groups());
        }
        JiraSettings settings = JiraSettings.of(Site.parse(scope.site()), scope.projects(), scope.jql(), CREDENTIALS)
            .withGroups(groups)
            .withPartnerField(scope.partnerField(), configuration.partners())
            .withParticipantsField(scope.participantsField());
        return new LivePartnership.Setup(MutualityEngine.create(RuleBase.builtIn(), configuration), settings,
            configuration.writeBack());
      } catch (InputException e) {
        throw new LivePartnership.SetupException(e.getMessage(), e);
      }
    }
  }
}
