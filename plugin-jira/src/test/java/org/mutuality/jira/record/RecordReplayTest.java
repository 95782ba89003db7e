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
    return new JiraSource(settings(jira.baseUri().toString(), CREDENTIALS), retrying, Clock.systemUTC(),
        ReadProgress.NONE).read();
  }

  private static Snapshot replay(Path folder) throws Exception {
    Recording recording = Recording.open(folder);
    return new JiraSource(settings(recording.manifest().site(), null),
        ReplayTransport.retrying(recording, RetryPolicy.defaults()), Clock.systemUTC(), ReadProgress.NONE).read();
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
    assertThat(replayed).isEqualTo(live);
  }

  @Test
  void redaction_keeps_the_shape_and_replaces_text_by_its_length_and_hash() {
    String adf = "{\"comments\":[{\"id\":\"1\",\"body\":{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":"
        + "\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Harvest figures\"}]}]}}],\"total\":1}";
    String redacted = Redaction.redact(adf);
    String placeholder = Redaction.placeholder("Harvest figures");
    assertThat(placeholder).isEqualTo("[redacted: 15 characters, sha256 "
        + Recording.sha256("Harvest figures".getBytes(StandardCharsets.UTF_8)).substring(0, 16) + "]");
    assertThat(redacted).isEqualTo("{\"comments\":[{\"id\":\"1\",\"body\":{\"type\":\"doc\",\"version\":1,\"content\":"
        + "[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"" + placeholder + "\"}]}]}}],"
        + "\"total\":1}");
    String wiki = "{\"worklogs\":[{\"id\":\"9\",\"comment\":\"*Pruning* day\",\"timeSpentSeconds\":60}]}";
    assertThat(Redaction.redact(wiki)).isEqualTo("{\"worklogs\":[{\"id\":\"9\",\"comment\":\""
        + Redaction.placeholder("Pruning day") + "\",\"timeSpentSeconds\":60}]}");
    assertThat(Redaction.redact("{\"key\":\"COF-1\"}")).isEqualTo("{\"key\":\"COF-1\"}");
    assertThat(Redaction.redact("<html>busy</html>")).isEqualTo("<html>busy</html>");
  }
}
