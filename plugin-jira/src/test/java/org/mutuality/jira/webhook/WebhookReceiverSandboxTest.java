package org.mutuality.jira.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutuality.jira.webhook.Receipt.Outcome;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.User;
import org.mutuality.sandbox.webhook.DeliveryAttempt;
import org.mutuality.sandbox.webhook.WebhookEvents;

/**
 * Real signed deliveries from the sandbox to a loopback server whose handler hands headers and raw body to one
 * {@link WebhookReceiver} and answers its status.
 */
class WebhookReceiverSandboxTest {
  private static final String SECRET = "It's a Secret to Everybody";
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** What the handler got and answered. */
  private record Handled(Receipt receipt, String retry, int answered) {
  }

  private final List<Handled> handled = new ArrayList<>();
  private final AtomicBoolean failNextOnce = new AtomicBoolean();
  private final AtomicBoolean forgetFailed = new AtomicBoolean();
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer server;
  private JiraSandbox jira;
  private WebhookReceiver receiver;

  /** Starts the receiving server and a sandbox whose webhook (signed with {@link #SECRET}) points at it. */
  private void start(WebhookReceiver receiver) throws IOException {
    this.receiver = receiver;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hook", this::handle);
    server.start();
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    jira = JiraSandbox.builder().clock(ManualClock.at(T0)).webhook(url, SECRET, WebhookEvents.ALL).start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    Receipt receipt = receiver.receive(name -> exchange.getRequestHeaders().getFirst(name), body);
    int status = receipt.status();
    if (failNextOnce.compareAndSet(true, false)) {
      status = 503;
      if (forgetFailed.get()) {
        receiver.forget(receipt);
      }
    }
    synchronized (handled) {
      handled.add(new Handled(receipt, exchange.getRequestHeaders().getFirst("X-Atlassian-Webhook-Retry"), status));
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  @AfterEach
  void stop() {
    if (jira != null) {
      jira.close();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  private List<Handled> handled() {
    assertThat(jira.webhooks().awaitIdle(WAIT)).as("webhooks idle").isTrue();
    synchronized (handled) {
      return List.copyOf(handled);
    }
  }

  private static WebhookReceiver.Builder receiverWith(String secret) {
    return WebhookReceiver.builder(label -> label.startsWith("mutuality-"))
        .secret(secret.getBytes(StandardCharsets.UTF_8));
  }

  /** The reporter of an issue: a person, not the integration account. */
  private User reporterOf(String key) {
    Issue issue = jira.store().current().site().issues().stream().filter(i -> i.key().equals(key)).findFirst()
        .orElseThrow();
    User reporter = jira.store().current().user(issue.reporterId()).orElseThrow();
    assertThat(reporter.accountId()).isNotEqualTo(jira.store().current().site().integrationUserId());
    return reporter;
  }

  /** A REST write to the sandbox as a login; asserts its status. */
  private void write(String method, String path, String login, String json, int expected) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(jira.baseUri() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":token")
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
  }

  @Test
  void a_persons_comment_is_accepted_once_and_its_twin_collapsed() throws Exception {
    start(receiverWith(SECRET).build());
    write("POST", "/rest/api/2/issue/COF-3/comment", reporterOf("COF-3").email(), "{\"body\":\"Lot 7 dried\"}", 201);

    List<Handled> got = handled();
    assertThat(got).extracting(h -> h.receipt().outcome())
        .containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.COLLAPSED);
    assertThat(got).extracting(h -> h.receipt().event())
        .containsExactlyInAnyOrder("comment_created", "jira:issue_updated");
    assertThat(got).extracting(h -> h.receipt().issueKey(), h -> h.receipt().projectKey(), h -> h.answered())
        .containsExactlyInAnyOrder(tuple("COF-3", "COF", 202), tuple("COF-3", "COF", 200));
    assertThat(got.get(0).receipt().delivery()).isNotEqualTo(got.get(1).receipt().delivery());
  }

  @Test
  void the_retry_of_a_delivery_answered_503_after_it_was_received_is_a_duplicate() throws Exception {
    start(receiverWith(SECRET).build());
    failNextOnce.set(true);
    write("PUT", "/rest/api/3/issue/COF-3", reporterOf("COF-3").email(),
        "{\"update\":{\"labels\":[{\"add\":\"triaged\"}]}}", 204);

    List<Handled> got = handled();
    assertThat(got).extracting(h -> h.receipt().outcome(), Handled::retry, Handled::answered).containsExactly(
        tuple(Outcome.ACCEPTED, null, 503), tuple(Outcome.DUPLICATE, "1", 200));
    assertThat(got.get(1).receipt().delivery()).isEqualTo(got.get(0).receipt().delivery());
    assertThat(got.get(1).receipt().issueKey()).isEqualTo("COF-3");
    assertThat(jira.webhooks().attempts()).extracting(DeliveryAttempt::retry, DeliveryAttempt::status)
        .containsExactly(tuple(0, 503), tuple(1, 200));
  }

  @Test
  void the_retry_of_a_delivery_the_server_forgot_after_answering_503_is_accepted() throws Exception {
    start(receiverWith(SECRET).build());
    failNextOnce.set(true);
    forgetFailed.set(true);
    write("PUT", "/rest/api/3/issue/COF-3", reporterOf("COF-3").email(),
        "{\"update\":{\"labels\":[{\"add\":\"triaged\"}]}}", 204);

    assertThat(handled()).extracting(h -> h.receipt().outcome(), Handled::retry, Handled::answered).containsExactly(
        tuple(Outcome.ACCEPTED, null, 503), tuple(Outcome.ACCEPTED, "1", 202));
  }

  @Test
  void with_the_wrong_secret_every_delivery_is_401() throws Exception {
    start(receiverWith("not the secret").build());
    write("POST", "/rest/api/2/issue/COF-3/comment", reporterOf("COF-3").email(), "{\"body\":\"Lot 7 dried\"}", 201);
    write("PUT", "/rest/api/3/issue/COF-3", reporterOf("COF-3").email(),
        "{\"update\":{\"labels\":[{\"add\":\"triaged\"}]}}", 204);

    List<Handled> got = handled();
    assertThat(got).extracting(h -> h.receipt().outcome(), h -> h.receipt().reason(), Handled::answered)
        .containsExactly(
            tuple(Outcome.BAD_SIGNATURE, "X-Hub-Signature does not match the body", 401),
            tuple(Outcome.BAD_SIGNATURE, "X-Hub-Signature does not match the body", 401),
            tuple(Outcome.BAD_SIGNATURE, "X-Hub-Signature does not match the body", 401));
    assertThat(jira.webhooks().attempts()).extracting(DeliveryAttempt::status).containsExactly(401, 401, 401);
  }

  @Test
  void own_labels_written_by_the_integration_account_are_own_and_a_persons_label_is_not() throws Exception {
    start(receiverWith(SECRET).build());
    receiver.ownAccount(jira.store().current().site().integrationUserId());
    String integration = jira.store().current().user(jira.store().current().site().integrationUserId())
        .orElseThrow().email();
    write("PUT", "/rest/api/3/issue/COF-3", integration,
        "{\"update\":{\"labels\":[{\"add\":\"mutuality-accountability\"}]}}", 204);
    assertThat(handled()).extracting(h -> h.receipt().outcome(), h -> h.receipt().issueKey())
        .containsExactly(tuple(Outcome.OWN, "COF-3"));

    write("PUT", "/rest/api/3/issue/COF-3", integration, "{\"update\":{\"labels\":[{\"add\":\"urgent\"}]}}", 204);
    assertThat(handled()).extracting(h -> h.receipt().outcome())
        .containsExactly(Outcome.OWN, Outcome.ACCEPTED);
  }
}
