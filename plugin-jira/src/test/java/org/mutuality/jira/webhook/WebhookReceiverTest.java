package org.mutuality.jira.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mutuality.jira.webhook.Receipt.Outcome;
import org.mutuality.sandbox.limits.ManualClock;

class WebhookReceiverTest {
  private static final String SECRET = "It's a Secret to Everybody";
  private static final WebhookSignature SIGNER = new WebhookSignature(SECRET.getBytes(StandardCharsets.UTF_8));
  private static final String OWN = "63f1c0ffee000000a11ce012";
  private static final String PERSON = "63f1c0ffee0000a11ce001";
  private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

  private final ManualClock clock = ManualClock.at(AT);
  private final WebhookReceiver receiver = WebhookReceiver.builder(l -> l.startsWith("mutuality-"))
      .secret(SECRET.getBytes(StandardCharsets.UTF_8)).ownAccount(OWN).clock(clock).build();
  private int deliveries;

  // ---- payloads ----

  /** JSON written with single quotes. */
  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static String user(String id) {
    return "{'accountId':'" + id + "','displayName':'Someone'}";
  }

  private static String comment(String id, String author, String body, String updated) {
    return "{'id':'" + id + "','author':" + user(author) + ",'updateAuthor':" + user(author) + ",'body':'" + body
        + "','created':'2026-11-20T10:00:00.000+0000','updated':'" + updated + "'}";
  }

  private static final String SLIM_ISSUE = "{'id':'10003','key':'COF-3','fields':{'project':{'key':'COF'}}}";

  /** {@code comment_*}: no user, the comment and the slim issue. */
  private static String commentEvent(String event, String comment) {
    return json("{'timestamp':" + AT.toEpochMilli() + ",'webhookEvent':'" + event + "','comment':" + comment
        + ",'issue':" + SLIM_ISSUE + "}");
  }

  /** {@code jira:issue_updated} of a type, by a user, with a changelog's items and a comment (either may be null). */
  private static String issueUpdated(String type, String userId, String items, String comment) {
    return json("{'timestamp':" + AT.toEpochMilli() + ",'webhookEvent':'jira:issue_updated',"
        + "'issue_event_type_name':'" + type + "','user':" + user(userId) + ",'issue':" + SLIM_ISSUE
        + (items == null ? "" : ",'changelog':{'id':'10500','items':" + items + "}")
        + (comment == null ? "" : ",'comment':" + comment) + "}");
  }

  private static String labels(String from, String to) {
    return "{'field':'labels','fieldtype':'jira','fieldId':'labels','from':null,'fromString':'" + from
        + "','to':null,'toString':'" + to + "'}";
  }

  private static final String PERSON_COMMENT = comment("20001", PERSON, "Lot 7 dried", "2026-11-20T10:00:00.000+0000");

  // ---- deliveries ----

  private static Function<String, String> headers(Map<String, String> values) {
    TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    map.putAll(values);
    return map::get;
  }

  /** A delivery signed with the secret under a fresh identifier. */
  private Receipt send(String body) {
    return send("auto-" + ++deliveries, body);
  }

  private Receipt send(String id, String body) {
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    return sendRaw(id, SIGNER.sign(raw), raw);
  }

  private Receipt sendRaw(String id, String signature, byte[] raw) {
    Map<String, String> values = new TreeMap<>();
    if (id != null) {
      values.put("x-atlassian-webhook-identifier", id);
    }
    if (signature != null) {
      values.put("x-hub-signature", signature);
    }
    return receiver.receive(headers(values), raw);
  }

  // ---- size ----

  @Test
  void a_body_over_the_limit_is_413_before_its_signature_is_checked() {
    WebhookReceiver small = WebhookReceiver.builder(l -> false).secret(new byte[] {1}).maxBodyBytes(10).build();
    Receipt receipt = small.receive(headers(Map.of()), new byte[11]);
    assertThat(receipt).isEqualTo(new Receipt(Outcome.TOO_LARGE, 413, "body of 11 bytes exceeds the limit of 10",
        null, null, null, null, List.of(), false, null, null));
    assertThat(small.receive(headers(Map.of()), new byte[10]).outcome()).as("at the limit")
        .isEqualTo(Outcome.BAD_SIGNATURE);
    assertThat(small.exceedsLimit(10)).isFalse();
    assertThat(small.exceedsLimit(11)).isTrue();
    assertThat(small.tooLarge(5000)).isEqualTo(new Receipt(Outcome.TOO_LARGE, 413,
        "body of more than 10 bytes (5000 announced or read)", null, null, null, null, List.of(), false, null, null));
    assertThat(receiver.maxBodyBytes()).isEqualTo(1_048_576);
  }

  // ---- signature ----

  @Test
  void a_missing_or_wrong_signature_is_401() {
    byte[] raw = commentEvent("comment_created", PERSON_COMMENT).getBytes(StandardCharsets.UTF_8);
    assertThat(sendRaw("d-1", null, raw)).isEqualTo(new Receipt(Outcome.BAD_SIGNATURE, 401,
        "no X-Hub-Signature header", "d-1", null, null, null, List.of(), false, null, null));
    assertThat(sendRaw("d-1", SIGNER.sign("other".getBytes(StandardCharsets.UTF_8)), raw))
        .isEqualTo(new Receipt(Outcome.BAD_SIGNATURE, 401, "X-Hub-Signature does not match the body", "d-1", null,
            null, null, List.of(), false, null, null));
    assertThat(sendRaw("d-1", "sha1=" + SIGNER.sign(raw).substring(7), raw).outcome())
        .isEqualTo(Outcome.BAD_SIGNATURE);
    assertThat(sendRaw("d-1", SIGNER.sign(raw), raw).outcome()).as("the id was not remembered")
        .isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void a_bad_signature_on_a_malformed_body_is_401_not_400() {
    byte[] raw = "{not json".getBytes(StandardCharsets.UTF_8);
    assertThat(sendRaw("d-1", "sha256=00", raw).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
    assertThat(sendRaw("d-1", null, new byte[0]).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
  }

  @Test
  void a_known_identifier_with_a_bad_signature_is_401_and_a_bad_one_is_not_remembered() {
    String body = commentEvent("comment_created", PERSON_COMMENT);
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    assertThat(send("d-1", body).outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(sendRaw("d-1", "sha256=" + "0".repeat(64), raw).outcome()).as("known id, forged")
        .isEqualTo(Outcome.BAD_SIGNATURE);

    String other = issueUpdated("issue_generic", PERSON, "[" + labels("", "blocker") + "]", null);
    assertThat(sendRaw("d-2", null, other.getBytes(StandardCharsets.UTF_8)).outcome())
        .isEqualTo(Outcome.BAD_SIGNATURE);
    assertThat(send("d-2", other).outcome()).as("new id after a forged one").isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void without_a_secret_unsigned_deliveries_are_read() {
    WebhookReceiver open = WebhookReceiver.builder(l -> false).build();
    Receipt receipt = open.receive(headers(Map.of()), commentEvent("comment_created", PERSON_COMMENT)
        .getBytes(StandardCharsets.UTF_8));
    assertThat(receipt.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(receipt.delivery()).isNull();
    assertThat(open.signed()).isFalse();
    assertThat(receiver.signed()).isTrue();
    assertThatThrownBy(() -> WebhookReceiver.builder(l -> false).secret(new byte[0]))
        .hasMessage("a webhook secret must not be empty; leave it out for unsigned deliveries");
  }

  // ---- malformed ----

  private Receipt malformed(byte[] raw) {
    Receipt receipt = sendRaw("auto-" + ++deliveries, SIGNER.sign(raw), raw);
    assertThat(receipt.outcome()).isEqualTo(Outcome.MALFORMED);
    assertThat(receipt.status()).isEqualTo(400);
    return receipt;
  }

  private Receipt malformed(String body) {
    return malformed(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_body_that_is_not_json_is_400_naming_line_and_column() {
    assertThat(malformed("{\n  \"webhookEvent\": nope}").reason()).isEqualTo("not JSON at line 2, column 19");
    assertThat(malformed("{\"webhookEvent\":\"comment_created\"").reason()).isEqualTo("not JSON at line 1, column 34");
    assertThat(malformed("{} {}").reason()).isEqualTo("not JSON at line 1, column 4");
    assertThat(malformed(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}).reason())
        .isEqualTo("not JSON at line 1, column 9");
    assertThat(malformed("").reason()).isEqualTo("empty body");
    assertThat(malformed("  \n ").reason()).isEqualTo("empty body");
  }

  @Test
  void json_that_is_not_a_webhook_payload_is_400_naming_the_path() {
    assertThat(malformed("[]").reason()).isEqualTo("$: a webhook payload is a JSON object");
    assertThat(malformed("5").reason()).isEqualTo("$: a webhook payload is a JSON object");
    assertThat(malformed("{\"webhookEvent\":5}").reason())
        .isEqualTo("$.webhookEvent: a webhook payload needs webhookEvent or issue");
    assertThat(malformed(json("{'webhookEvent':'jira:issue_updated','issue':{'id':'1'}}")).reason())
        .isEqualTo("$.issue.key: the webhook's issue has no key");
    assertThat(malformed(json("{'webhookEvent':'comment_created','comment':{'body':'x'}}")).reason())
        .isEqualTo("$.comment.id: the webhook's comment has no id");
    assertThat(malformed(json("{'webhookEvent':'comment_created','comment':{'id':'1','author':['x']}}")).reason())
        .isEqualTo("$.comment.author: a value of the wrong JSON type");
  }

  @Test
  void an_identifier_that_is_not_a_printable_token_is_400() {
    String body = commentEvent("comment_created", PERSON_COMMENT);
    assertThat(send("a b", body)).isEqualTo(new Receipt(Outcome.MALFORMED, 400,
        "X-Atlassian-Webhook-Identifier is not a token of at most 200 printable characters", null, null, null, null,
        List.of(), false, null, null));
    assertThat(send("x".repeat(201), body).outcome()).isEqualTo(Outcome.MALFORMED);
    assertThat(send("x".repeat(200), body).outcome()).isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void nothing_throws_and_a_failing_header_lookup_is_400_with_a_reason() {
    List<byte[]> bodies = List.of(new byte[0], "[]".getBytes(), "{\"webhookEvent\":5}".getBytes(),
        "{\"webhookEvent\":\"jira:issue_upd".getBytes(), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1},
        "{\"issue\":{\"key\":\"A-1\",\"fields\":{\"status\":7,\"labels\":{\"x\":1},\"created\":[]}}}".getBytes(),
        "{\"webhookEvent\":\"comment_created\",\"comment\":{\"id\":{}}}".getBytes(),
        "[".repeat(5000).getBytes(), "null".getBytes());
    assertThat(bodies.stream().map(body -> malformed(body).reason())).containsExactly(
        "empty body",
        "$: a webhook payload is a JSON object",
        "$.webhookEvent: a webhook payload needs webhookEvent or issue",
        "not JSON at line 1, column 32",
        "not JSON at line 1, column 1",
        "$.issue.fields.status: a value of the wrong JSON type",
        "$.comment.id: a value of the wrong JSON type",
        "JSON beyond the parser's limits (nesting depth, number or string length)",
        "$: a webhook payload is a JSON object");
    Receipt failing = receiver.receive(name -> {
      throw new IllegalStateException("header map closed");
    }, "{}".getBytes());
    assertThat(failing).isEqualTo(new Receipt(Outcome.MALFORMED, 400,
        "unexpected IllegalStateException while reading the payload", null, null, null, null, List.of(), false,
        null, null));
    assertThat(receiver.receive(name -> null, null).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
  }

  // ---- duplicates ----

  @Test
  void a_delivery_received_again_is_a_duplicate_within_the_hour() {
    String body = commentEvent("comment_created", PERSON_COMMENT);
    assertThat(send("d-1", body).outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(send("d-1", body)).isEqualTo(new Receipt(Outcome.DUPLICATE, 200,
        "delivery d-1 already received: comment_created on COF-3", "d-1", "comment_created", "COF-3", "COF",
        List.of("10003"), false, AT, "created 20001 2026-11-20T10:00:00.000+0000"));
    clock.advance(Duration.ofHours(1));
    assertThat(send("d-1", body).outcome()).as("an hour later: new again, its comment twin forgotten too")
        .isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void a_forgotten_delivery_and_its_comment_change_are_new_again() {
    String body = commentEvent("comment_created", PERSON_COMMENT);
    Receipt first = send("d-1", body);
    assertThat(first.commentChange()).isEqualTo("created 20001 2026-11-20T10:00:00.000+0000");
    receiver.forget(first);
    assertThat(send("d-1", body).outcome()).as("its retry").isEqualTo(Outcome.ACCEPTED);
    Receipt duplicate = send("d-1", body);
    assertThat(duplicate.outcome()).isEqualTo(Outcome.DUPLICATE);
    receiver.forget(duplicate);
    assertThat(send("d-1", body).outcome()).as("forgetting a duplicate forgets nothing")
        .isEqualTo(Outcome.DUPLICATE);
    assertThat(send("d-2", issueUpdated("issue_commented", PERSON, null, PERSON_COMMENT)).outcome())
        .isEqualTo(Outcome.COLLAPSED);
    receiver.forget(null);
  }

  @Test
  void a_delivery_without_identifier_is_never_a_duplicate() {
    String body = issueUpdated("issue_generic", PERSON, "[" + labels("", "blocker") + "]", null);
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    assertThat(sendRaw(null, SIGNER.sign(raw), raw).outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(sendRaw(null, SIGNER.sign(raw), raw).outcome()).isEqualTo(Outcome.ACCEPTED);
  }

  // ---- unhandled ----

  @Test
  void events_mutuality_does_not_act_on_are_200() {
    assertThat(send("p-1", json("{'timestamp':1,'webhookEvent':'issue_property_set','property':{'key':'mutuality.x'},"
        + "'issue':" + SLIM_ISSUE + "}"))).isEqualTo(new Receipt(Outcome.UNHANDLED, 200,
            "issue_property_set on COF-3 is not acted on", "p-1", "issue_property_set", "COF-3", "COF",
            List.of("10003"), false, Instant.ofEpochMilli(1), null));
    assertThat(send(json("{'webhookEvent':'sprint_started','sprint':{'id':3}}")).reason())
        .isEqualTo("sprint_started is not acted on");
    assertThat(send(json("{'webhookEvent':'comment_created','comment':" + PERSON_COMMENT + "}")).reason())
        .as("an old Data Center comment event").isEqualTo("comment_created names no issue");
    assertThat(send(json("{'webhookEvent':'worklog_created','worklog':{'id':'5'}}")).reason())
        .isEqualTo("worklog_created names no issue");
  }

  @Test
  void worklog_and_link_events_are_accepted_by_issue_id() {
    assertThat(send("w-1", json("{'timestamp':2,'webhookEvent':'worklog_created','worklog':{'id':'5',"
        + "'issueId':'10003','author':" + user(PERSON) + ",'timeSpentSeconds':3600}}"))).isEqualTo(new Receipt(
            Outcome.ACCEPTED, 202, "worklog_created on issue ids 10003", "w-1", "worklog_created", null, null,
            List.of("10003"), false, Instant.ofEpochMilli(2), null));
    assertThat(send(json("{'webhookEvent':'issuelink_created','issueLink':{'id':7,'sourceIssueId':10003,"
        + "'destinationIssueId':10004}}"))).extracting(Receipt::outcome, Receipt::issueIds, Receipt::reason)
        .containsExactly(Outcome.ACCEPTED, List.of("10003", "10004"), "issuelink_created on issue ids 10003,10004");
  }

  // ---- own writes ----

  private static final String MARKED = "mutuality-managed-comment: 2 findings";

  @Test
  void a_marked_comment_of_the_integration_account_and_its_twin_are_own() {
    String ours = comment("20002", OWN, MARKED, "2026-11-20T10:00:00.000+0000");
    assertThat(send(commentEvent("comment_created", ours))).extracting(Receipt::outcome, Receipt::status,
        Receipt::reason).containsExactly(Outcome.OWN, 200, "comment_created on COF-3: Mutuality's own write");
    assertThat(send(issueUpdated("issue_commented", OWN, null, ours)).outcome()).isEqualTo(Outcome.OWN);
    assertThat(send(commentEvent("comment_updated", ours)).outcome()).isEqualTo(Outcome.OWN);
    assertThat(send(commentEvent("comment_deleted", ours)).outcome()).isEqualTo(Outcome.OWN);
  }

  @Test
  void own_labels_added_or_removed_by_the_integration_account_are_own() {
    assertThat(send(issueUpdated("issue_updated", OWN, "[" + labels("blocker", "blocker mutuality-accountability")
        + "]", null)).outcome()).isEqualTo(Outcome.OWN);
    assertThat(send(issueUpdated("issue_updated", OWN, "[" + labels("mutuality-a mutuality-b", "mutuality-b") + ","
        + labels("x", "x mutuality-c") + "]", null)).outcome()).isEqualTo(Outcome.OWN);
  }

  @Test
  void anything_else_the_integration_account_does_is_evaluated() {
    assertThat(send(issueUpdated("issue_updated", OWN, "[" + labels("", "mutuality-a blocker") + "]", null))
        .outcome()).as("a person's label with ours").isEqualTo(Outcome.ACCEPTED);
    assertThat(send(issueUpdated("issue_updated", OWN, "[" + labels("", "mutuality-a") + ","
        + "{'field':'status','fromString':'To Do','toString':'Done'}]", null)).outcome())
        .as("a status change with it").isEqualTo(Outcome.ACCEPTED);
    assertThat(send(issueUpdated("issue_updated", OWN, "[" + labels("a", "a") + "]", null)).outcome())
        .as("a label change that changes nothing").isEqualTo(Outcome.ACCEPTED);
    assertThat(send(issueUpdated("issue_updated", OWN, "[]", null)).outcome()).as("no items")
        .isEqualTo(Outcome.ACCEPTED);
    assertThat(send(commentEvent("comment_created", comment("20003", OWN, "plain words", "t1"))).outcome())
        .as("an unmarked comment").isEqualTo(Outcome.ACCEPTED);
    assertThat(send(json("{'webhookEvent':'jira:issue_created','user':" + user(OWN) + ",'issue':" + SLIM_ISSUE
        + "}")).outcome()).as("an issue created").isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void the_same_marks_by_someone_else_or_before_the_account_is_known_are_evaluated() {
    assertThat(send(issueUpdated("issue_updated", PERSON, "[" + labels("", "mutuality-a") + "]", null)).outcome())
        .isEqualTo(Outcome.ACCEPTED);
    assertThat(send(commentEvent("comment_created", comment("20004", PERSON, MARKED, "t1"))).outcome())
        .isEqualTo(Outcome.ACCEPTED);
    receiver.ownAccount(null);
    assertThat(receiver.ownAccount()).isNull();
    assertThat(send(issueUpdated("issue_updated", OWN, "[" + labels("", "mutuality-b") + "]", null)).outcome())
        .isEqualTo(Outcome.ACCEPTED);
    receiver.ownAccount(OWN);
    assertThat(send(issueUpdated("issue_updated", OWN, "[" + labels("", "mutuality-b") + "]", null)).outcome())
        .isEqualTo(Outcome.OWN);
  }

  @Test
  void a_data_center_account_is_known_by_its_key() {
    WebhookReceiver dc = WebhookReceiver.builder(l -> l.startsWith("mutuality-")).ownAccount("JIRAUSER10100")
        .build();
    String body = json("{'webhookEvent':'jira:issue_updated','user':{'key':'JIRAUSER10100','name':'integration'},"
        + "'issue':" + SLIM_ISSUE + ",'changelog':{'id':'1','items':[" + labels("", "mutuality-a") + "]}}");
    assertThat(dc.receive(headers(Map.of()), body.getBytes(StandardCharsets.UTF_8)).outcome())
        .isEqualTo(Outcome.OWN);
  }

  // ---- comment twins ----

  @Test
  void the_twin_of_an_accepted_comment_event_is_collapsed_in_either_order() {
    assertThat(send(commentEvent("comment_created", PERSON_COMMENT)).outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(send(issueUpdated("issue_commented", PERSON, null, PERSON_COMMENT))).extracting(Receipt::outcome,
        Receipt::status, Receipt::reason, Receipt::issueKey).containsExactly(Outcome.COLLAPSED, 200,
            "jira:issue_updated on COF-3: twin of a comment event already accepted", "COF-3");

    String edited = comment("20001", PERSON, "Lot 7 dried, 60 kg", "2026-11-20T10:05:00.000+0000");
    assertThat(send(issueUpdated("issue_comment_edited", PERSON, null, edited)).outcome())
        .isEqualTo(Outcome.ACCEPTED);
    assertThat(send(commentEvent("comment_updated", edited)).outcome()).isEqualTo(Outcome.COLLAPSED);

    assertThat(send(commentEvent("comment_deleted", edited)).outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(send(issueUpdated("issue_comment_deleted", PERSON, null, edited)).outcome())
        .isEqualTo(Outcome.COLLAPSED);
  }

  @Test
  void two_edits_of_one_comment_are_two_changes() {
    assertThat(List.of(
        send(commentEvent("comment_updated", comment("20001", PERSON, "v2", "2026-11-20T10:05:00.000+0000"))),
        send(commentEvent("comment_updated", comment("20001", PERSON, "v3", "2026-11-20T10:06:00.000+0000"))),
        send(issueUpdated("issue_comment_edited", PERSON, null,
            comment("20001", PERSON, "v3", "2026-11-20T10:06:00.000+0000")))))
        .extracting(Receipt::outcome).containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.COLLAPSED);
  }

  @Test
  void a_comment_twin_is_not_a_duplicate_delivery_and_other_updates_are_never_collapsed() {
    String update = issueUpdated("issue_generic", PERSON, "[" + labels("", "blocker") + "]", null);
    assertThat(List.of(send(update), send(update))).extracting(Receipt::outcome)
        .containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED);
  }

  // ---- accepted ----

  @Test
  void an_accepted_event_names_the_issue_its_project_and_whether_it_was_deleted() {
    assertThat(send("d-9", issueUpdated("issue_generic", PERSON, "[" + labels("", "blocker") + "]", null)))
        .isEqualTo(new Receipt(Outcome.ACCEPTED, 202, "jira:issue_updated on COF-3", "d-9", "jira:issue_updated",
            "COF-3", "COF", List.of("10003"), false, AT, null));
    assertThat(send(json("{'timestamp':5,'webhookEvent':'jira:issue_deleted','user':" + user(PERSON) + ","
        + "'issue':{'id':'10400','key':'PIT_2-12','fields':{}}}")))
        .extracting(Receipt::outcome, Receipt::issueKey, Receipt::projectKey, Receipt::deleted, Receipt::timestamp)
        .containsExactly(Outcome.ACCEPTED, "PIT_2-12", "PIT_2", true, Instant.ofEpochMilli(5));
    assertThat(send(json("{'issue':{'id':'10401','key':'COF-77'}}"))).as("a bare issue payload")
        .extracting(Receipt::outcome, Receipt::event, Receipt::issueKey, Receipt::reason, Receipt::timestamp)
        .containsExactly(Outcome.ACCEPTED, null, "COF-77", "issue payload on COF-77", null);
  }

  @Test
  void reasons_and_descriptions_never_show_the_secret_or_the_body() {
    assertThat(receiver.toString()).isEqualTo("WebhookReceiver[signed=true, maxBodyBytes=1048576, "
        + "ownAccount=63f1c0ffee000000a11ce012]");
    Receipt forged = sendRaw("d-1", "sha256=00", "{\"secret-ish\":\"Lot 7\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(forged.reason()).doesNotContain(SECRET).doesNotContain("Lot 7");
    Receipt notJson = malformed("{\"a\": Lot7}");
    assertThat(notJson.reason()).isEqualTo("not JSON at line 1, column 7");
    Receipt controlChars = send(json("{'webhookEvent':'odd\\nline\\u0007','issue':" + SLIM_ISSUE + "}"));
    assertThat(controlChars).extracting(Receipt::outcome, Receipt::reason)
        .containsExactly(Outcome.UNHANDLED, "odd?line? on COF-3 is not acted on");
  }

  @Test
  void outcomes_answer_their_status() {
    assertThat(List.of(Outcome.values())).extracting(Outcome::name, Outcome::status).containsExactly(
        tuple("TOO_LARGE", 413), tuple("BAD_SIGNATURE", 401), tuple("MALFORMED", 400), tuple("DUPLICATE", 200),
        tuple("UNHANDLED", 200), tuple("OWN", 200), tuple("COLLAPSED", 200), tuple("ACCEPTED", 202));
  }
}
