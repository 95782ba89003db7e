package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutuality.sandbox.WriteFixtures.INTEGRATION;
import static org.mutuality.sandbox.WriteFixtures.T0;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.webhook.DeliveryAttempt;
import org.mutuality.sandbox.webhook.WebhookEvents;

/** Webhook deliveries to a real receiver on loopback: shapes, headers, signature, retries. */
class WebhooksTest {
  private static final String SECRET = "It's a Secret to Everybody";
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** One POST the receiver got. */
  private record Received(Map<String, String> headers, byte[] raw) {
    JsonNode json() {
      try {
        return Http.JSON.readTree(raw);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return headers.get(name.toLowerCase());
    }

    String event() {
      return json().get("webhookEvent").asText();
    }
  }

  private HttpServer receiver;
  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private JiraSandbox cloud;
  private Http http;

  @BeforeEach
  void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new TreeMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
      synchronized (received) {
        received.add(new Received(headers, body));
      }
      int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    receiver.start();
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    cloud = JiraSandbox.builder().clock(ManualClock.at(T0))
        .webhook(url, SECRET, WebhookEvents.ALL)
        .start();
    http = Http.basic(cloud, INTEGRATION);
  }

  @AfterEach
  void stop() {
    cloud.close();
    receiver.stop(0);
  }

  private List<Received> deliveries() {
    assertThat(cloud.webhooks().awaitIdle(WAIT)).as("webhooks idle").isTrue();
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  private static String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_comment_sends_comment_created_and_its_issue_commented_twin_signed() {
    Http.Answer created = http.post("/rest/api/3/issue/COF-3/comment", "{\"body\":{\"type\":\"doc\",\"version\":1,"
        + "\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Lot 7 dried\"}]}]}}");
    String commentId = created.json().get("id").asText();
    List<Received> got = deliveries();
    assertThat(got).extracting(Received::event).containsExactly("comment_created", "jira:issue_updated");

    Received own = got.get(0);
    JsonNode json = own.json();
    assertThat(json.get("timestamp").asLong()).isEqualTo(T0.toEpochMilli());
    assertThat(json.get("comment").get("id").asText()).isEqualTo(commentId);
    assertThat(json.get("comment").get("body").asText()).isEqualTo("Lot 7 dried");
    assertThat(json.get("comment").get("self").asText())
        .isEqualTo(cloud.baseUri() + "/rest/api/2/issue/10003/comment/" + commentId);
    assertThat(json.get("comment").get("author").get("accountId").asText()).isEqualTo("63f1c0ffee000000a11ce012");
    assertThat(json.get("issue").get("key").asText()).isEqualTo("COF-3");
    assertThat(json.get("issue").get("self").asText()).isEqualTo(cloud.baseUri() + "/rest/api/2/issue/10003");
    List<String> slim = new ArrayList<>();
    json.get("issue").get("fields").fieldNames().forEachRemaining(slim::add);
    assertThat(slim)
        .containsExactly("summary", "issuetype", "project", "status", "priority", "assignee");

    JsonNode twin = got.get(1).json();
    assertThat(twin.get("issue_event_type_name").asText()).isEqualTo("issue_commented");
    assertThat(twin.get("user").get("displayName").asText()).isEqualTo("Café del Sur Integration");
    assertThat(twin.get("comment")).isEqualTo(json.get("comment"));
    assertThat(twin.get("issue").get("fields").get("updated").asText()).isEqualTo("2026-11-20T10:00:00.000+0000");
    assertThat(twin.has("changelog")).isFalse();

    for (Received r : got) {
      assertThat(r.header("X-Hub-Signature")).isEqualTo(hmac(r.raw()));
      assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
      assertThat(r.header("X-Atlassian-Webhook-Flow")).isEqualTo("Primary");
      assertThat(r.header("X-Atlassian-Webhook-Retry")).isNull();
      assertThat(r.header("X-Atlassian-Webhook-Identifier")).matches("[0-9a-f-]{36}");
    }
    assertThat(got.get(0).header("X-Atlassian-Webhook-Identifier"))
        .isNotEqualTo(got.get(1).header("X-Atlassian-Webhook-Identifier"));
  }

  @Test
  void a_label_change_sends_issue_updated_with_its_changelog() {
    String key = http.post("/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"COF\"},\"issuetype\":"
        + "{\"name\":\"Task\"},\"summary\":\"Hook me\",\"labels\":[\"blocker\"]}}").json().get("key").asText();
    long historyId = WriteFixtures.nextHistoryId();
    http.put("/rest/api/3/issue/" + key, "{\"update\":{\"labels\":[{\"add\":\"triaged\"},{\"remove\":\"blocker\"}]}}");
    List<Received> got = deliveries();
    assertThat(got).extracting(Received::event).containsExactly("jira:issue_created", "jira:issue_updated");

    JsonNode createdEvent = got.get(0).json();
    assertThat(createdEvent.get("issue_event_type_name").asText()).isEqualTo("issue_created");
    assertThat(createdEvent.get("issue").get("key").asText()).isEqualTo(key);
    assertThat(createdEvent.get("issue").has("expand")).isFalse();

    JsonNode updated = got.get(1).json();
    assertThat(updated.get("timestamp").asLong()).isEqualTo(T0.toEpochMilli() + 1);
    assertThat(updated.get("issue_event_type_name").asText()).isEqualTo("issue_updated");
    assertThat(updated.get("changelog").toString()).isEqualTo("{\"id\":\"" + historyId + "\",\"items\":[{\"field\":"
        + "\"labels\",\"fieldtype\":\"jira\",\"fieldId\":\"labels\",\"from\":null,\"fromString\":\"blocker\","
        + "\"to\":null,\"toString\":\"triaged\"}]}");
    assertThat(updated.get("issue").get("fields").get("labels").toString()).isEqualTo("[\"triaged\"]");
    assertThat(updated.get("issue").get("fields").get("comment").get("total").asInt()).isZero();
  }

  @Test
  void a_failed_delivery_is_retried_with_the_same_identifier_and_a_retry_header() {
    failuresLeft.set(1);
    http.put("/rest/api/3/issue/COF-3/properties/mutuality.sync", "{\"n\":1}");
    List<Received> got = deliveries();
    assertThat(got).hasSize(2);
    assertThat(got.get(0).header("X-Atlassian-Webhook-Retry")).isNull();
    assertThat(got.get(1).header("X-Atlassian-Webhook-Retry")).isEqualTo("1");
    assertThat(got.get(1).header("X-Atlassian-Webhook-Identifier"))
        .isEqualTo(got.get(0).header("X-Atlassian-Webhook-Identifier"));
    assertThat(got.get(1).raw()).isEqualTo(got.get(0).raw());
    assertThat(got.get(1).header("X-Hub-Signature")).isEqualTo(hmac(got.get(1).raw()));
    JsonNode json = got.get(1).json();
    assertThat(json.get("webhookEvent").asText()).isEqualTo("issue_property_set");
    assertThat(json.get("property").toString()).isEqualTo("{\"key\":\"mutuality.sync\",\"value\":{\"n\":1}}");
    assertThat(cloud.webhooks().attempts()).extracting(DeliveryAttempt::retry, DeliveryAttempt::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 500), org.assertj.core.groups.Tuple.tuple(1, 204));
  }

  @Test
  void retries_stop_after_three_and_a_dead_receiver_does_not_block_writes() {
    failuresLeft.set(100);
    http.put("/rest/api/3/issue/COF-3/properties/a", "1");
    List<Received> got = deliveries();
    assertThat(got).extracting(r -> r.header("X-Atlassian-Webhook-Retry"))
        .containsExactly(null, "1", "2", "3");
    assertThat(got.stream().map(r -> r.header("X-Atlassian-Webhook-Identifier")).distinct()).hasSize(1);
  }

  @Test
  void a_link_sends_issuelink_created_and_an_unsigned_webhook_gets_only_its_events() throws IOException {
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    try (JiraSandbox other = JiraSandbox.builder().clock(ManualClock.at(T0))
        .webhook(url, null, Set.of(WebhookEvents.ISSUELINK_CREATED)).start()) {
      long linkId = WriteFixtures.nextLinkId();
      Http.basic(other, INTEGRATION).post("/rest/api/2/issueLink", "{\"type\":{\"name\":\"Relates\"},"
          + "\"inwardIssue\":{\"key\":\"COF-3\"},\"outwardIssue\":{\"key\":\"COF-4\"},\"comment\":{\"body\":\"see\"}}");
      assertThat(other.webhooks().awaitIdle(WAIT)).isTrue();
      List<Received> got;
      synchronized (received) {
        got = List.copyOf(received);
      }
      assertThat(got).hasSize(1);
      assertThat(got.get(0).header("X-Hub-Signature")).isNull();
      assertThat(got.get(0).json().toString()).isEqualTo("{\"timestamp\":" + T0.toEpochMilli() + ",\"webhookEvent\":"
          + "\"issuelink_created\",\"issueLink\":{\"id\":" + linkId + ",\"sourceIssueId\":10003,"
          + "\"destinationIssueId\":10004,\"issueLinkType\":{\"id\":10003,\"name\":\"Relates\",\"outwardName\":"
          + "\"relates to\",\"inwardName\":\"relates to\",\"isSubTaskLinkType\":false,\"isSystemLinkType\":false},"
          + "\"systemLink\":false}}");
    }
  }
}
