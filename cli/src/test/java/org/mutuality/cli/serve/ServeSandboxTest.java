package org.mutuality.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.jira.webhook.WebhookReceiver;
import org.mutuality.jira.webhook.WebhookSignature;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.webhook.WebhookEvents;

/**
 * {@code mutuality serve} against the sandbox's demo site, whose webhook posts to it: a person's change in Jira
 * updates the warnings on the issue; what the receiver refuses is never evaluated; a delivery is evaluated once;
 * a reconcile repairs a missed event; a broken configuration is refused and a good one applied.
 *
 * <p>The issue: COF-36 (in progress, quiet since 2026-10-30) has COORD-006 (stalled, major) and CONF-001 (comment
 * 20055, restricted, hides the study's budget from the university that owns it). Its author deleting that comment
 * takes CONF-001 away, and with it the comment that was the issue's last activity.
 */
class ServeSandboxTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "COF-36";
  private static final String HIDDEN_COMMENT = "20055";
  private static final String COORD_006_BEFORE = "COF-36 is in progress and has had no status change, comment or "
      + "worklog for 21 days (last one on 2026-10-30)";
  private static final String COORD_006_AFTER = "COF-36 is in progress and has had no status change, comment or "
      + "worklog for 22 days (last one on 2026-10-29)";
  private static final String CONF_001 = "1 comment(s) and 0 worklog(s) on COF-36 are hidden from Universidad del "
      + "Alto Magdalena, the partner that owns it";

  @TempDir
  Path dir;

  /** The hidden comment's author deletes it through the REST API. */
  private static void deleteHiddenComment(ServeSandbox serve) throws Exception {
    Comment hidden = serve.issue(KEY).comments().stream().filter(c -> c.id().equals(HIDDEN_COMMENT)).findFirst()
        .orElseThrow();
    String author = serve.jira.store().current().user(hidden.authorId()).orElseThrow().email();
    serve.writeAs(author, "DELETE", "/rest/api/2/issue/" + KEY + "/comment/" + HIDDEN_COMMENT, "", 204);
  }

  /** The findings property's findings as (rule, severity, message). */
  private static List<List<String>> propertyFindings(ServeSandbox serve) {
    JsonNode property = serve.findingsProperty(KEY);
    assertThat(property).as("the findings property").isNotNull();
    List<List<String>> out = new ArrayList<>();
    property.get("findings").forEach(f -> out.add(List.of(f.get("ruleId").asText(), f.get("severity").asText(),
        f.get("message").asText())));
    return out;
  }

  /**
   * The lines of the issue's one managed comment after its two-line head, without blank lines and the "What to do"
   * lines (the rules' remediation, checked by the write-back's tests).
   */
  private static List<String> commentLines(ServeSandbox serve) {
    assertThat(serve.managedComments(KEY)).hasSize(1);
    List<String> lines = serve.managedComments(KEY).get(0).lines().map(String::strip).toList();
    assertThat(lines.subList(0, 2)).containsExactly(
        "Mutuality: partnership health findings on COF-36 (mutuality-managed-comment)",
        "Mutuality keeps this comment up to date and deletes it when the findings are gone. To accept a finding, "
            + "waive it in mutuality.yml; edits to this comment are overwritten.");
    return lines.subList(2, lines.size()).stream().filter(l -> !l.isEmpty() && !l.startsWith("What to do: "))
        .toList();
  }

  private static void assertBefore(ServeSandbox serve) {
    assertThat(serve.labels(KEY)).containsExactly("cupping", "mutuality-confidence", "mutuality-coordination",
        "research");
    assertThat(commentLines(serve)).containsExactly(
        "MAJOR · COORD-006 · coordination",
        COORD_006_BEFORE,
        "Evidence: since 2026-10-30T09:00:00Z; basis activity; days 21; status In Progress",
        "MAJOR · CONF-001 · confidence",
        CONF_001,
        "Evidence: partner uni; hiddenComments 20055; hiddenWorklogs");
    assertThat(propertyFindings(serve)).containsExactly(
        List.of("COORD-006", "major", COORD_006_BEFORE),
        List.of("CONF-001", "major", CONF_001));
  }

  /** COF-36 once the hidden comment is gone: CONF-001 gone, COORD-006 measured from the comment before. */
  private static void assertAfterDeletion(ServeSandbox serve) {
    assertThat(serve.labels(KEY)).containsExactly("cupping", "mutuality-coordination", "research");
    assertThat(commentLines(serve)).containsExactly(
        "MAJOR · COORD-006 · coordination",
        COORD_006_AFTER,
        "Evidence: since 2026-10-29T09:00:00Z; basis activity; days 22; status In Progress");
    assertThat(propertyFindings(serve)).containsExactly(List.of("COORD-006", "major", COORD_006_AFTER));
    JsonNode evidence = serve.findingsProperty(KEY).get("findings").get(0).get("evidence");
    assertThat(evidence.toString()).isEqualTo("{\"basis\":\"activity\",\"days\":22,\"since\":\"2026-10-29T09:00:00Z\","
        + "\"status\":\"In Progress\"}");
  }

  @Test
  void a_persons_change_in_jira_updates_the_warnings_of_the_issue() throws Exception {
    try (ServeSandbox serve = ServeSandbox.start(dir, WebhookEvents.ALL)) {
      serve.open();
      assertBefore(serve);
      long evaluations = serve.evaluations();

      deleteHiddenComment(serve);
      serve.settle();

      assertAfterDeletion(serve);
      // comment_deleted accepted, its jira:issue_updated twin collapsed: one evaluation
      assertThat(serve.evaluations()).isEqualTo(evaluations + 1);
      assertThat(serve.metricLines()).contains(
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"accepted\"} 1",
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"collapsed\"} 1",
          "mutuality_evaluations_total 1",
          "mutuality_evaluation_failures_total 0",
          "mutuality_event_lag_seconds_count 1");
    }
  }

  @Test
  void a_delivery_with_a_bad_signature_or_none_is_401_and_nothing_is_evaluated_or_written() throws Exception {
    try (ServeSandbox serve = ServeSandbox.start(dir, WebhookEvents.ALL)) {
      serve.open();
      long evaluations = serve.evaluations();
      serve.jira.clearRequests();
      byte[] body = issueUpdated("bad-sig-1");
      String wrong = new WebhookSignature("not the secret".getBytes(StandardCharsets.UTF_8)).sign(body);

      HttpResponse<String> badlySigned = serve.post(body, WebhookReceiver.IDENTIFIER_HEADER, "bad-sig-1",
          WebhookSignature.HEADER, wrong);
      HttpResponse<String> unsigned = serve.post(body, WebhookReceiver.IDENTIFIER_HEADER, "bad-sig-2");
      serve.settle();

      assertThat(List.of(badlySigned, unsigned)).extracting(HttpResponse::statusCode, r -> outcome(r))
          .containsExactly(tuple(401, "bad_signature"), tuple(401, "bad_signature"));
      assertThat(List.of(badlySigned.body(), unsigned.body())).containsExactly(
          "{\"outcome\":\"bad_signature\",\"reason\":\"X-Hub-Signature does not match the body\"}",
          "{\"outcome\":\"bad_signature\",\"reason\":\"no X-Hub-Signature header\"}");
      assertThat(serve.evaluations()).isEqualTo(evaluations);
      assertThat(serve.jira.requests()).isEmpty();
      assertBefore(serve);
    }
  }

  @Test
  void the_same_delivery_twice_is_evaluated_once() throws Exception {
    try (ServeSandbox serve = ServeSandbox.start(dir, WebhookEvents.ALL)) {
      serve.open();
      long evaluations = serve.evaluations();
      byte[] body = issueUpdated("delivery-7");
      String signature = new WebhookSignature(ServeSandbox.SECRET.getBytes(StandardCharsets.UTF_8)).sign(body);

      HttpResponse<String> first = serve.post(body, WebhookReceiver.IDENTIFIER_HEADER, "delivery-7",
          WebhookSignature.HEADER, signature);
      serve.settle();
      HttpResponse<String> again = serve.post(body, WebhookReceiver.IDENTIFIER_HEADER, "delivery-7",
          WebhookSignature.HEADER, signature);
      serve.settle();

      assertThat(List.of(first, again)).extracting(HttpResponse::statusCode, r -> outcome(r))
          .containsExactly(tuple(202, "accepted"), tuple(200, "duplicate"));
      assertThat(serve.evaluations()).isEqualTo(evaluations + 1);
      assertBefore(serve);
    }
  }

  @Test
  void a_reconcile_repairs_what_a_missed_event_left() throws Exception {
    try (ServeSandbox serve = ServeSandbox.start(dir, null)) { // no webhook: the service hears nothing
      serve.open();
      assertBefore(serve);

      deleteHiddenComment(serve);
      serve.settle();
      assertThat(serve.labels(KEY)).contains("mutuality-confidence");

      serve.server.partnership().requestReconcile();
      serve.settle();

      assertAfterDeletion(serve);
      assertThat(serve.evaluations()).isZero();
    }
  }

  @Test
  void what_is_not_evaluated_is_answered_and_counted_and_health_follows_the_first_reconcile() throws Exception {
    try (ServeSandbox serve = ServeSandbox.start(dir, WebhookEvents.ALL)) {
      HttpResponse<String> starting = serve.get("/health");
      assertThat(starting.statusCode()).isEqualTo(503);
      assertThat(starting.body()).isEqualTo(
          "{\"status\":\"starting\",\"workItems\":0,\"queued\":0,\"lastReconcile\":null,\"problem\":null}");
      serve.open();
      HttpResponse<String> up = serve.get("/health");
      assertThat(up.statusCode()).isEqualTo(200);
      assertThat(up.body()).isEqualTo("{\"status\":\"ok\",\"workItems\":300,\"queued\":0,"
          + "\"lastReconcile\":\"2026-11-20T09:00:00Z\",\"problem\":null}");
      WebhookSignature signer = new WebhookSignature(ServeSandbox.SECRET.getBytes(StandardCharsets.UTF_8));
      long evaluations = serve.evaluations();

      byte[] notJson = "this is not JSON".getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> malformed = serve.post(notJson, WebhookReceiver.IDENTIFIER_HEADER, "m-1",
          WebhookSignature.HEADER, signer.sign(notJson));
      byte[] big = new byte[ServeSandbox.MAX_BODY + 1];
      Arrays.fill(big, (byte) ' ');
      HttpResponse<String> tooLarge = serve.post(big, WebhookReceiver.IDENTIFIER_HEADER, "l-1",
          WebhookSignature.HEADER, signer.sign(big));
      byte[] sprint = "{\"webhookEvent\":\"sprint_started\",\"timestamp\":1795165200000,\"sprint\":{\"id\":1}}"
          .getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> unhandled = serve.post(sprint, WebhookReceiver.IDENTIFIER_HEADER, "s-1",
          WebhookSignature.HEADER, signer.sign(sprint));
      serve.settle();

      assertThat(List.of(malformed, tooLarge, unhandled)).extracting(HttpResponse::statusCode, r -> outcome(r))
          .containsExactly(tuple(400, "malformed"), tuple(413, "too_large"), tuple(200, "unhandled"));
      assertThat(List.of(malformed.body(), tooLarge.body(), unhandled.body())).containsExactly(
          "{\"outcome\":\"malformed\",\"reason\":\"not JSON at line 1, column 1\"}",
          "{\"outcome\":\"too_large\",\"reason\":\"body of more than 65536 bytes (65537 announced or read)\"}",
          "{\"outcome\":\"unhandled\",\"reason\":\"sprint_started is not acted on\"}");
      assertThat(serve.evaluations()).isEqualTo(evaluations);
      // the first reconcile's 136 writes came back as 102 own deliveries and 68 unhandled (property events)
      assertThat(serve.metricLines()).contains(
          "mutuality_webhook_deliveries_total 173",
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"too_large\"} 1",
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"bad_signature\"} 0",
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"malformed\"} 1",
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"duplicate\"} 0",
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"unhandled\"} 69",
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"own\"} 102",
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"collapsed\"} 0",
          "mutuality_webhook_deliveries_by_outcome_total{outcome=\"accepted\"} 0",
          "mutuality_webhook_rejected_total 2",
          "mutuality_evaluations_total 0",
          "mutuality_writeback_planned_total 136",
          "mutuality_writes_total 136",
          "mutuality_write_failures_total 0",
          "mutuality_reconciles_total{result=\"failed\"} 0",
          "mutuality_reconciles_total{result=\"ok\"} 1",
          "mutuality_session_work_items 300",
          "mutuality_queue_depth 0");
    }
  }

  @Test
  void a_broken_configuration_is_refused_and_a_good_change_applied() throws Exception {
    try (ServeSandbox serve = ServeSandbox.start(dir, WebhookEvents.ALL)) {
      serve.open();
      serve.configure("  COORD-006: \"an unclosed quote\n");
      awaitMetric(serve, "mutuality_config_reloads_total{result=\"refused\"} 1");
      serve.settle();
      HttpResponse<String> health = serve.get("/health");
      assertThat(health.statusCode()).isEqualTo(200);
      JsonNode degraded = JSON.readTree(health.body());
      assertThat(degraded.get("status").asText()).isEqualTo("degraded");
      assertThat(degraded.get("problem").asText()).isEqualTo("configuration change refused, the last good one "
          + "stays: " + serve.config + ":48:12: rules: while scanning a quoted scalar");
      long evaluations = serve.evaluations();

      deleteHiddenComment(serve);
      serve.settle();
      assertAfterDeletion(serve);
      assertThat(serve.evaluations()).isEqualTo(evaluations + 1);

      serve.configure("  COORD-006:\n    enabled: false\n");
      awaitMetric(serve, "mutuality_config_reloads_total{result=\"applied\"} 1");
      serve.settle();

      assertThat(serve.labels(KEY)).containsExactly("cupping", "research");
      // no finding left on the issue: the managed comment and the property are gone
      assertThat(serve.managedComments(KEY)).isEmpty();
      assertThat(serve.findingsProperty(KEY)).isNull();
      assertThat(serve.get("/health").body()).isEqualTo("{\"status\":\"ok\",\"workItems\":300,\"queued\":0,"
          + "\"lastReconcile\":\"2026-11-20T09:00:00Z\",\"problem\":null}");
      assertThat(serve.metricLines()).contains(
          "mutuality_config_reloads_total{result=\"applied\"} 1",
          "mutuality_config_reloads_total{result=\"refused\"} 1",
          "mutuality_reconciles_total{result=\"ok\"} 2",
          "mutuality_evaluations_total 1");
    }
  }

  /** Polls {@code /metrics} until it has the line (the reload check has no await). */
  private static void awaitMetric(ServeSandbox serve, String line) throws Exception {
    long deadline = System.nanoTime() + ServeSandbox.WAIT.toNanos();
    while (!serve.metricLines().contains(line)) {
      assertThat(System.nanoTime() - deadline).as("waiting for " + line).isNegative();
      Thread.onSpinWait();
    }
  }

  private static String outcome(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body()).get("outcome").asText();
    } catch (java.io.IOException e) {
      throw new AssertionError(response.body(), e);
    }
  }

  /** A jira:issue_updated delivery for COF-36 by a person, as Jira sends it. */
  private static byte[] issueUpdated(String id) {
    return ("{\"webhookEvent\":\"jira:issue_updated\",\"issue_event_type_name\":\"issue_updated\","
        + "\"timestamp\":1795165200000,\"user\":{\"accountId\":\"someone-" + id + "\"},"
        + "\"issue\":{\"id\":\"10036\",\"key\":\"COF-36\",\"fields\":{\"project\":{\"key\":\"COF\"}}},"
        + "\"changelog\":{\"items\":[{\"field\":\"priority\",\"fieldId\":\"priority\",\"fromString\":\"Low\","
        + "\"toString\":\"High\"}]}}").getBytes(StandardCharsets.UTF_8);
  }
}
