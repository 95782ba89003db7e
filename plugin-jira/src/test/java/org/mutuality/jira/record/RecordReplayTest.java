package org.mutuality.jira.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.config.Configuration;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.JiraSource;
import org.mutuality.jira.ReadProgress;
import org.mutuality.jira.http.Credentials;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.JiraRequest;
import org.mutuality.jira.http.JiraResponse;
import org.mutuality.jira.http.RetryPolicy;
import org.mutuality.jira.http.RetryingTransport;
import org.mutuality.jira.http.Site;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Report;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.faults.Fault;
import org.mutuality.sandbox.faults.Faults;
import org.mutuality.sandbox.limits.ManualClock;

/** A read recorded from the sandbox and replayed with the sandbox stopped gives the same snapshot and findings. */
class RecordReplayTest {
  private static final String TOKEN = "rec0rd-t0ken-5a6b";
  private static final Credentials CREDENTIALS = Credentials.basic("integration@cafesur-partnership.org", TOKEN);

  @TempDir
  Path dir;

  private static Manifest manifest(JiraSandbox jira, boolean redacted) {
    return new Manifest(Recording.FORMAT, jira.baseUri().toString(), List.of("COF", "PIT"), null, redacted,
        "2026-11-20T09:00:00Z");
  }

  private static JiraSettings settings(String site, Credentials credentials) {
    return JiraSettings.of(Site.parse(site), List.of("COF", "PIT"), null, credentials);
  }

  /** A live read through the recording, with retries waiting on the sandbox's manual clock. */
  private static Snapshot record(JiraSandbox jira, ManualClock clock, Recording recording, boolean redact)
      throws Exception {
    RecordingTransport recorder = new RecordingTransport(new JdkTransport(CREDENTIALS, Duration.ofSeconds(5),
        Duration.ofSeconds(30)), recording, redact);
    RetryingTransport retrying = new RetryingTransport(recorder, RetryPolicy.defaults(), clock, clock::advance,
        new Random(7));
    return recording.capturing(new JiraSource(settings(jira.baseUri().toString(), CREDENTIALS), retrying,
        Clock.systemUTC(), ReadProgress.NONE)).read();
  }

  private static Snapshot replay(Path folder) throws Exception {
    Recording recording = Recording.open(folder);
    return ReplayTransport.source(recording, settings(recording.manifest().site(), null), ReadProgress.NONE).read();
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void a_replay_of_a_recording_gives_the_same_snapshot_and_findings(Flavor flavor) throws Exception {
    Path folder = dir.resolve("rec");
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    Snapshot live;
    int requests;
    // 503s on serverInfo and on COF-5's comment page: the retries are recorded, and replayed.
    Faults faults = Faults.builder().on("GET", "/rest/api/{v}/issue/COF-5/comment").nth(1)
        .answer(Fault.unavailable(1))
        .on("GET", "/rest/api/2/serverInfo").nth(1).answer(Fault.unavailable(0)).build();
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).faults(faults)
        .start()) {
      live = record(jira, clock, Recording.create(folder, manifest(jira, false)), false);
      requests = jira.requests().size();
    }
    Recording recording = Recording.open(folder);
    assertThat(recording.exchanges()).hasSize(requests);
    assertThat(recording.exchanges()).filteredOn(e -> e.status() == 503).hasSize(2);
    assertThat(recording.exchanges().get(0).url()).isEqualTo("/rest/api/2/serverInfo");
    assertThat(recording.exchanges().get(0).headers()).containsKey("content-type");

    Snapshot replayed = replay(folder);

    assertThat(replayed).isEqualTo(live);
    Configuration config = Configuration.load(Path.of("src/test/resources/sandbox/mutuality.yml"));
    Report liveReport = MutualityEngine.create(config).audit(live, live.capturedAt());
    Report replayReport = MutualityEngine.create(config).audit(replayed, replayed.capturedAt());
    assertThat(replayReport.findings()).isEqualTo(liveReport.findings());
    assertThat(replayReport.findings()).isNotEmpty();
    assertThat(replayReport.notEvaluable()).isEqualTo(liveReport.notEvaluable());
  }

  @Test
  void the_folder_and_files_are_readable_by_their_owner_only_and_hold_no_token() throws Exception {
    Path folder = dir.resolve("rec");
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).clock(clock)
        .start()) {
      record(jira, clock, Recording.create(folder, manifest(jira, false)), false);
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.toList()) {
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        assertThat(mode).as(file.toString()).isEqualTo(Files.isDirectory(file) ? "rwx------" : "rw-------");
        if (Files.isRegularFile(file)) {
          assertThat(Files.readString(file)).as(file.toString()).doesNotContain(TOKEN)
              .doesNotContain(java.util.Base64.getEncoder().encodeToString(("integration@cafesur-partnership.org:"
                  + TOKEN).getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
  }

  @Test
  void a_folder_others_may_read_or_one_not_empty_is_refused() throws Exception {
    Path open = Files.createDirectory(dir.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
    Manifest manifest = new Manifest(Recording.FORMAT, "http://127.0.0.1:1", List.of("COF"), null, false, null);
    assertThatThrownBy(() -> Recording.create(open, manifest)).isInstanceOf(RecordingException.class)
        .hasMessage("cannot record into " + open + ": others may use it (rwxr-xr-x); a recording holds everything "
            + "the account could read, so give a new folder, or chmod 700 " + open);

    Path full = Files.createDirectory(dir.resolve("full"));
    Files.setPosixFilePermissions(full, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(full.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> Recording.create(full, manifest)).isInstanceOf(RecordingException.class)
        .hasMessage("cannot record into " + full + ": the folder is not empty");
  }

  @Test
  void a_changed_body_is_refused_naming_the_file() throws Exception {
    Path folder = recordTwo();
    Path body = folder.resolve("responses/000002.json");
    Files.writeString(body, "{\"changed\":true}");
    assertThatThrownBy(() -> Recording.open(folder)).isInstanceOf(RecordingException.class)
        .hasMessage(body + " does not match its sha256 in " + folder.resolve("index.jsonl")
            + " (exchange 2, GET /rest/api/2/project/COF?expand=lead): it was changed after recording");
  }

  @Test
  void a_request_the_recording_does_not_hold_is_an_error_naming_method_and_url() throws Exception {
    Path folder = recordTwo();
    ReplayTransport replay = new ReplayTransport(Recording.open(folder));
    URI base = URI.create("http://127.0.0.1:1");
    assertThat(replay.send(JiraRequest.get(base.resolve("/rest/api/2/serverInfo"))).status()).isEqualTo(200);
    assertThatThrownBy(() -> replay.send(JiraRequest.get(base.resolve("/rest/api/2/serverInfo"))))
        .isInstanceOf(RecordingException.class)
        .hasMessage("the recording " + folder + " holds no further answer to GET /rest/api/2/serverInfo");
    assertThatThrownBy(() -> replay.send(JiraRequest.post(base.resolve("/rest/api/3/search/jql"), "{\"jql\":\"x\"}")))
        .isInstanceOf(RecordingException.class)
        .hasMessage("the recording " + folder + " holds no answer to POST /rest/api/3/search/jql with body "
            + "{\"jql\":\"x\"}");
  }

  /** A recording of two answers made without a site: serverInfo, then a project. */
  private Path recordTwo() throws IOException, InterruptedException {
    Path folder = dir.resolve("two");
    Recording recording = Recording.create(folder, new Manifest(Recording.FORMAT, "http://127.0.0.1:1",
        List.of("COF"), null, false, null));
    Map<String, String> json = Map.of("Content-Type", "application/json");
    RecordingTransport transport = new RecordingTransport(request -> request.uri().getPath().endsWith("serverInfo")
        ? JiraResponse.of(200, json, "{\"deploymentType\":\"Cloud\"}")
        : JiraResponse.of(200, json, "{\"key\":\"COF\"}"), recording, false);
    URI base = URI.create("http://127.0.0.1:1");
    transport.send(JiraRequest.get(base.resolve("/rest/api/2/serverInfo")));
    transport.send(JiraRequest.get(URI.create(base + "/rest/api/2/project/COF?expand=lead")));
    return folder;
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void redacted_recordings_hold_no_comment_or_worklog_text_and_replay_the_same_counts(Flavor flavor)
      throws Exception {
    Path folder = dir.resolve("rec");
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    Snapshot live;
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      live = record(jira, clock, Recording.create(folder, manifest(jira, true)), true);
    }
    Snapshot replayed = replay(folder);
    assertThat(live.comments()).isNotEmpty();
    assertThat(live.comments()).allMatch(c -> c.body().startsWith("[redacted: "));
    assertThat(live.workItems()).filteredOn(w -> !w.description().isEmpty()).isNotEmpty()
        .allMatch(w -> w.description().startsWith("[redacted: "));
    assertThat(replayed).isEqualTo(live);
  }

  @Test
  void redaction_keeps_the_shape_and_replaces_text_by_its_length_and_keyed_hash() {
    Redaction redaction = Redaction.withKey(KEY);
    String adf = "{\"comments\":[{\"id\":\"1\",\"body\":{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":"
        + "\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Harvest figures\"}]}]}}],\"total\":1}";
    String redacted = redaction.redact(adf);
    String placeholder = redaction.placeholder("Harvest figures");
    assertThat(placeholder).isEqualTo("[redacted: 15 characters, hmac " + hmac("Harvest figures") + "]");
    assertThat(redacted).isEqualTo("{\"comments\":[{\"id\":\"1\",\"body\":" + adf(placeholder) + "}],\"total\":1}");
    String wiki = "{\"worklogs\":[{\"id\":\"9\",\"comment\":\"*Pruning* day\",\"timeSpentSeconds\":60}]}";
    assertThat(redaction.redact(wiki)).isEqualTo("{\"worklogs\":[{\"id\":\"9\",\"comment\":\""
        + redaction.placeholder("Pruning day") + "\",\"timeSpentSeconds\":60}]}");
    assertThat(redaction.redact("{\"key\":\"COF-1\"}")).isEqualTo("{\"key\":\"COF-1\"}");
    // an issue's description, wherever the issue sits; a project's description is not an issue's
    String issue = "{\"issues\":[{\"key\":\"COF-1\",\"fields\":{\"summary\":\"Census\",\"description\":"
        + "\"*Every* farm\"}}],\"description\":\"Project text\"}";
    assertThat(redaction.redact(issue)).isEqualTo("{\"issues\":[{\"key\":\"COF-1\",\"fields\":{\"summary\":"
        + "\"Census\",\"description\":\"" + redaction.placeholder("Every farm") + "\"}}],\"description\":"
        + "\"Project text\"}");
    assertThat(redaction.redact("<html>busy</html>")).isEqualTo("<html>busy</html>");
  }

  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  /** The first 16 hex digits of the HMAC-SHA256 of {@code text} under {@link #KEY}, computed independently. */
  private static String hmac(String text) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** The one-paragraph ADF document redaction puts in place of an ADF text. */
  private static String adf(String text) {
    return "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\","
        + "\"text\":\"" + text + "\"}]}]}";
  }

  @Test
  void equal_texts_get_equal_placeholders_under_one_key_and_other_ones_under_another() {
    Redaction one = Redaction.withKey(KEY);
    assertThat(one.placeholder("ok")).isEqualTo("[redacted: 2 characters, hmac " + hmac("ok") + "]")
        .isEqualTo(Redaction.withKey(KEY.clone()).placeholder("ok"))
        .isNotEqualTo(one.placeholder("no"))
        .doesNotContain(Recording.sha256("ok".getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    Redaction other = Redaction.withKey("another key, another recording!!".getBytes(StandardCharsets.UTF_8));
    assertThat(other.placeholder("ok")).matches("\\[redacted: 2 characters, hmac [0-9a-f]{16}]")
        .isNotEqualTo(one.placeholder("ok"));
    assertThat(Redaction.withRandomKey().placeholder("ok")).isNotEqualTo(Redaction.withRandomKey().placeholder("ok"));

    // within one recording, the same text in two bodies gets the same placeholder
    Recording recording = Recording.create(dir.resolve("keyed"), new Manifest(Recording.FORMAT,
        "http://127.0.0.1:1", List.of("COF"), null, true, null));
    String body = "{\"comments\":[{\"id\":\"1\",\"author\":{},\"body\":\"ok\"}]}";
    assertThat(recording.redaction().redact(body)).isEqualTo(recording.redaction().redact(body))
        .isEqualTo("{\"comments\":[{\"id\":\"1\",\"author\":{},\"body\":\"" + recording.redaction().placeholder("ok")
            + "\"}]}");
  }

  @Test
  void a_bare_array_fields_comment_is_redacted() {
    Redaction redaction = Redaction.withKey(KEY);
    String issue = "{\"id\":\"10005\",\"key\":\"COF-5\",\"fields\":{\"summary\":\"Harvest\",\"comment\":["
        + "{\"id\":\"1\",\"author\":{\"accountId\":\"a1\"},\"body\":\"Salaries of growers\"},"
        + "{\"id\":\"2\",\"author\":{\"accountId\":\"a2\"},\"body\":{\"type\":\"doc\",\"version\":1,\"content\":"
        + "[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Price per kilo\"}]}]}}]}}";
    assertThat(redaction.redact(issue)).isEqualTo("{\"id\":\"10005\",\"key\":\"COF-5\",\"fields\":{\"summary\":"
        + "\"Harvest\",\"comment\":[{\"id\":\"1\",\"author\":{\"accountId\":\"a1\"},\"body\":\"[redacted: 19 "
        + "characters, hmac " + hmac("Salaries of growers") + "]\"},{\"id\":\"2\",\"author\":{\"accountId\":\"a2\"},"
        + "\"body\":" + adf("[redacted: 14 characters, hmac " + hmac("Price per kilo") + "]") + "}]}}");
  }

  @Test
  void a_worklog_updated_webhook_body_is_redacted() {
    Redaction redaction = Redaction.withKey(KEY);
    String hook = "{\"timestamp\":1763629200000,\"webhookEvent\":\"worklog_updated\",\"worklog\":{\"id\":\"31\","
        + "\"issueId\":\"10005\",\"author\":{\"accountId\":\"a1\"},\"comment\":\"Paid the pickers\","
        + "\"timeSpentSeconds\":3600}}";
    assertThat(redaction.redact(hook)).isEqualTo("{\"timestamp\":1763629200000,\"webhookEvent\":\"worklog_updated\","
        + "\"worklog\":{\"id\":\"31\",\"issueId\":\"10005\",\"author\":{\"accountId\":\"a1\"},\"comment\":"
        + "\"[redacted: 16 characters, hmac " + hmac("Paid the pickers") + "]\",\"timeSpentSeconds\":3600}}");
    String adfHook = "{\"webhookEvent\":\"worklog_created\",\"worklog\":{\"id\":\"32\",\"comment\":"
        + adf("Paid the pickers") + "}}";
    assertThat(redaction.redact(adfHook)).isEqualTo("{\"webhookEvent\":\"worklog_created\",\"worklog\":{\"id\":"
        + "\"32\",\"comment\":" + adf(redaction.placeholder("Paid the pickers")) + "}}");
  }

  @Test
  void a_comment_object_outside_webhooks_is_redacted() {
    Redaction redaction = Redaction.withKey(KEY);
    String comment = "{\"self\":\"x\",\"id\":\"7\",\"author\":{\"accountId\":\"a1\"},\"body\":\"Secret\","
        + "\"renderedBody\":\"<p>Secret</p>\"}";
    assertThat(redaction.redact(comment)).isEqualTo("{\"self\":\"x\",\"id\":\"7\",\"author\":{\"accountId\":"
        + "\"a1\"},\"body\":\"" + redaction.placeholder("Secret") + "\",\"renderedBody\":\""
        + redaction.placeholder(org.mutuality.jira.mapping.RichText.toPlain(
            com.fasterxml.jackson.databind.node.TextNode.valueOf("<p>Secret</p>"))) + "\"}");
    String wrapped = "{\"comment\":{\"id\":\"7\",\"body\":\"Secret\"}}";
    assertThat(redaction.redact(wrapped)).isEqualTo("{\"comment\":{\"id\":\"7\",\"body\":\""
        + redaction.placeholder("Secret") + "\"}}");
    // an issue (id, no author) and a history (id, author, no text) keep everything
    String history = "{\"id\":\"10005\",\"changelog\":{\"histories\":[{\"id\":\"3\",\"author\":{},\"items\":[]}]}}";
    assertThat(redaction.redact(history)).isEqualTo(history);
  }

  @Test
  void the_manifest_keeps_what_changes_the_plan_and_says_when_settings_change_it() throws Exception {
    JiraSettings recorded = settings("http://127.0.0.1:1", null).withGroups(java.util.Set.of("pit-growers",
        "cafesur-staff")).withPartnerField("customfield_10050", Map.of("cafesur", "cafesur"));
    Recording recording = Recording.create(dir.resolve("plan"), Manifest.of(recorded, false,
        java.time.Instant.parse("2026-11-20T09:00:00Z")));
    recording.captured(java.time.Instant.parse("2026-11-20T08:59:58Z"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("plan/recording.json"))))
        .isEqualTo("rw-------");
    Manifest manifest = Recording.open(dir.resolve("plan")).manifest();
    assertThat(manifest).isEqualTo(new Manifest(Recording.FORMAT, "http://127.0.0.1:1", List.of("COF", "PIT"), null,
        false, "2026-11-20T09:00:00Z", "customfield_10050", List.of("cafesur-staff", "pit-growers"),
        "2026-11-20T08:59:58Z"));
    assertThat(ReplayTransport.clock(Recording.open(dir.resolve("plan"))).instant())
        .isEqualTo(java.time.Instant.parse("2026-11-20T08:59:58Z"));

    assertThat(manifest.planChanges(recorded)).isEmpty();
    assertThat(manifest.planChanges(recorded.withPartnerField("CUSTOMFIELD_10050", Map.of()))).isEmpty();
    assertThat(manifest.planChanges(settings("http://127.0.0.1:1", null))).containsExactly(
        "the recording was made with partner field customfield_10050, the configuration gives none: the replay "
            + "asks for other search fields than were recorded",
        "the recording was made mapping partners by the groups [cafesur-staff, pit-growers], the configuration maps "
            + "by []: the replay reads other group members than were recorded");
    Manifest old = new Manifest(Recording.FORMAT, "http://127.0.0.1:1", List.of("COF"), null, false, null);
    assertThat(old.planChanges(recorded.withGroups(java.util.Set.of()))).containsExactly(
        "the recording was made with no partner field, the configuration gives customfield_10050: the replay asks "
            + "for other search fields than were recorded");
  }

  @Test
  void a_replay_keeps_the_recorded_captured_at_when_the_site_did_not_say_its_time() throws Exception {
    Path folder = dir.resolve("rec");
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    java.time.Instant machine = java.time.Instant.parse("2026-11-20T09:30:00Z");
    Snapshot live;
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).clock(clock)
        .start()) {
      JdkTransport http = new JdkTransport(CREDENTIALS, Duration.ofSeconds(5), Duration.ofSeconds(30));
      // a site whose serverInfo has no serverTime
      org.mutuality.jira.http.JiraTransport timeless = request -> {
        JiraResponse response = http.send(request);
        return request.uri().getPath().endsWith("/serverInfo") ? new JiraResponse(response.status(),
            response.headers(), response.body().replaceAll("\"serverTime\":\"[^\"]*\",?", "")) : response;
      };
      Recording recording = Recording.create(folder, manifest(jira, false));
      live = recording.capturing(new JiraSource(settings(jira.baseUri().toString(), CREDENTIALS),
          new RetryingTransport(new RecordingTransport(timeless, recording, false), RetryPolicy.defaults(), clock,
              clock::advance, new Random(7)), Clock.fixed(machine, java.time.ZoneOffset.UTC), ReadProgress.NONE))
          .read();
    }
    assertThat(live.capturedAt()).isEqualTo(machine);
    assertThat(Files.readString(folder.resolve("responses/000001.json"))).doesNotContain("serverTime");
    assertThat(Recording.open(folder).manifest().capturedAt()).isEqualTo("2026-11-20T09:30:00Z");
    Snapshot replayed = replay(folder);
    assertThat(replayed.capturedAt()).isEqualTo(machine);
    assertThat(replayed).isEqualTo(live);
  }
}
