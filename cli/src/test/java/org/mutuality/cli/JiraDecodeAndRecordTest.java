package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;

/**
 * {@code audit --record} then {@code --replay} with the sandbox stopped gives the same report; every kind of
 * {@code jira decode} reads bodies the sandbox sent (taken from the recording, or fetched), and refuses what is
 * not of its kind with the JSON path.
 */
class JiraDecodeAndRecordTest {
  private static final String TOKEN = "dec0de-t0ken-77";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @AfterEach
  void restoreEnvironment() {
    JiraOptions.environment = System.getenv();
  }

  private CliRun decode(String kind, Path file) {
    return CliRun.of("jira", "decode", kind, file.toString());
  }

  private Path write(String name, String body) throws Exception {
    return Files.writeString(dir.resolve(name), body);
  }

  /** The body of the first recorded exchange whose URL matches {@code regex}. */
  private static Path recorded(Path recording, String regex) throws Exception {
    for (String line : Files.readAllLines(recording.resolve("index.jsonl"))) {
      JsonNode exchange = JSON.readTree(line);
      if (exchange.get("url").asText().matches(regex) && exchange.get("status").asInt() == 200) {
        return recording.resolve(exchange.get("file").asText());
      }
    }
    throw new AssertionError("no exchange matches " + regex);
  }

  private static String get(JiraSandbox jira, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(jira.baseUri() + path)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString(("integration@cafesur-partnership.org:" + TOKEN)
        .getBytes(StandardCharsets.UTF_8))).header("Accept", "application/json").build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void a_recorded_audit_replays_to_the_same_report_and_its_bodies_decode(Flavor flavor) throws Exception {
    Path recording = dir.resolve("recording");
    JiraOptions.environment = Map.of("MUTUALITY_JIRA_EMAIL", "integration@cafesur-partnership.org",
        "MUTUALITY_JIRA_TOKEN", TOKEN);
    String v = flavor == Flavor.CLOUD ? "3" : "2";
    Map<String, Path> extra = new java.util.LinkedHashMap<>();
    CliRun live;
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).start()) {
      live = CliRun.of("audit", "--site", jira.baseUri().toString(), "--project", "COF", "--record",
          recording.toString(), "--config", CliRun.resource("jira/mutuality.yml"), "--out",
          dir.resolve("live").toString());
      extra.put("versions", write("versions.json", get(jira, "/rest/api/" + v + "/project/COF/versions")));
      extra.put("user", write("user.json", get(jira, "/rest/api/" + v + "/myself")));
    }
    assertThat(live.exitCode()).as(live.err()).isEqualTo(ExitCode.OK);

    CliRun replay = CliRun.of("audit", "--replay", recording.toString(), "--config",
        CliRun.resource("jira/mutuality.yml"), "--out", dir.resolve("replay").toString());
    assertThat(replay.exitCode()).as(replay.err()).isEqualTo(ExitCode.OK);
    // The live audit ends with its write-back plan, which a replay (offline) has no site to make.
    String liveOut = live.out();
    assertThat(liveOut).contains("\nWrite-back plan (label prefix mutuality): ");
    assertThat(replay.out().replace(dir.resolve("replay").toString(), "OUT"))
        .isEqualTo(liveOut.substring(0, liveOut.indexOf("\nWrite-back plan")).replace(dir.resolve("live").toString(),
            "OUT"));
    assertThat(Files.readString(dir.resolve("replay/mutuality-report.json")))
        .isEqualTo(Files.readString(dir.resolve("live/mutuality-report.json")));
    assertThat(replay.err()).doesNotContain("warning:");
    JsonNode manifest = JSON.readTree(recording.resolve("recording.json").toFile());
    assertThat(manifest.get("groups").toString()).isEqualTo("[\"alcaldia-pitalito\",\"coopsur\",\"fundacion-raices\","
        + "\"tostadores-andinos\",\"udam-investigacion\"]");
    assertThat(manifest.has("partnerField")).isFalse();
    assertThat(manifest.get("capturedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

    // another configuration would read other group members than were recorded: said on stderr
    CliRun other = CliRun.of("audit", "--replay", recording.toString(), "--out", dir.resolve("other").toString());
    assertThat(other.errLines()).contains("warning: the recording was made mapping partners by the groups "
        + "[alcaldia-pitalito, coopsur, fundacion-raices, tostadores-andinos, udam-investigacion], the configuration "
        + "maps by []: the replay reads other group members than were recorded; give the --config the recording was "
        + "made with");

    Map<String, String> firstLines = new java.util.LinkedHashMap<>();
    firstLines.put("serverinfo", "server ");
    firstLines.put("search", "search page: ");
    firstLines.put("comments", "comment page: ");
    firstLines.put("worklogs", "worklog page: ");
    firstLines.put("project", "project COF ");
    firstLines.put("avatars", "avatars: ");
    firstLines.put("components", "work packages (components): 5");
    firstLines.put("role", "role ");
    firstLines.put("group-members", "group members: ");
    firstLines.put("sprints", "sprints (iterations): ");
    firstLines.put("versions", "milestones (versions): ");
    firstLines.put("user", "user ");
    firstLines.put("issue", "issue COF-5 ");
    Map<String, Path> files = new java.util.LinkedHashMap<>();
    files.put("serverinfo", recorded(recording, ".*/serverInfo"));
    files.put("search", recorded(recording, flavor == Flavor.CLOUD ? ".*/search/jql" : ".*/search\\?.*"));
    files.put("comments", recorded(recording, ".*/issue/COF-5/comment\\?.*"));
    files.put("worklogs", recorded(recording, ".*/issue/COF-5/worklog\\?.*"));
    files.put("project", recorded(recording, ".*/project/COF\\?.*"));
    files.put("avatars", recorded(recording, ".*/project/COF/avatars"));
    files.put("components", recorded(recording, ".*/project/COF/components"));
    files.put("role", recorded(recording, ".*/project/COF/role/\\d+"));
    files.put("group-members", recorded(recording, ".*/group/member\\?.*"));
    files.put("sprints", recorded(recording, ".*/board/\\d+/sprint.*"));
    files.putAll(extra);
    if (flavor == Flavor.CLOUD) {
      firstLines.put("changelog", "bulk changelog page: ");
      files.put("changelog", recorded(recording, ".*/changelog/bulkfetch"));
      files.put("issue", write("issue.json", issueFrom(files.get("search"), "COF-5")));
    } else {
      files.put("issue", write("issue.json", issueFrom(files.get("search"), "COF-5")));
      firstLines.put("changelog", "embedded changelog: ");
      files.put("changelog", write("changelog.json", JSON.readTree(files.get("issue").toFile()).get("changelog")
          .toString()));
    }
    for (Map.Entry<String, Path> kind : files.entrySet()) {
      CliRun run = decode(kind.getKey(), kind.getValue());
      assertThat(run.exitCode()).as(kind.getKey() + ": " + run.err()).isEqualTo(ExitCode.OK);
      assertThat(run.outLines().get(0)).as(kind.getKey()).startsWith(firstLines.get(kind.getKey()));
    }
    CliRun comments = decode("comments", files.get("comments"));
    // COF-5 has 35 comments, one restricted to a group the account lacks: 34 are visible.
    assertThat(comments.outLines().get(0)).isEqualTo("comment page: 34 comments, startAt 0, total 34, the last "
        + "page");
  }

  private static String issueFrom(Path search, String key) throws Exception {
    for (JsonNode issue : JSON.readTree(search.toFile()).get("issues")) {
      if (issue.get("key").asText().equals(key)) {
        return issue.toString();
      }
    }
    return JSON.readTree(search.toFile()).get("issues").get(0).toString();
  }

  @Test
  void decode_shows_open_text_and_only_the_length_of_restricted_text() throws Exception {
    Path file = write("comments.json", "{\"comments\":[{\"id\":\"1\",\"author\":{\"accountId\":\"a1\",\"displayName\":"
        + "\"Ana\"},\"body\":\"Harvest *done*\",\"created\":\"2026-11-01T10:00:00.000+0000\"},{\"id\":\"2\",\"author\":"
        + "{\"accountId\":\"a2\"},\"body\":\"Salaries of growers\",\"created\":\"2026-11-02T10:00:00.000+0000\","
        + "\"visibility\":{\"type\":\"role\",\"value\":\"Steering\"}}],\"extra\":true}");
    CliRun run = decode("comments", file);
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).containsExactly(
        "comment page: 2 comments, no total: the last page",
        "  1 by a1 at 2026-11-01T10:00:00Z, open: Harvest done",
        "  2 by a2 at 2026-11-02T10:00:00Z, restricted to role Steering (19 characters)",
        "people (2)",
        "  a1 \"Ana\"",
        "  a2 \"a2\"");
  }

  @Test
  void components_decode_to_work_packages_with_their_leads() throws Exception {
    Path file = write("components.json", "[{\"self\":\"https://x/rest/api/3/component/10100\",\"id\":\"10100\","
        + "\"name\":\"Harvest & Quality\",\"lead\":{\"accountId\":\"a1\",\"displayName\":\"Jorge\"},"
        + "\"assigneeType\":\"PROJECT_DEFAULT\"},{\"id\":\"10103\",\"name\":\"Community Outreach\"},"
        + "{\"id\":\"10104\",\"name\":\"Policy\",\"lead\":{\"key\":\"JIRAUSER10117\",\"name\":\"diego\","
        + "\"displayName\":\"Diego\"}}]");
    CliRun run = decode("components", file);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).containsExactly(
        "work packages (components): 3",
        "  10100 \"Harvest & Quality\", lead a1",
        "  10103 \"Community Outreach\", no lead",
        "  10104 \"Policy\", lead JIRAUSER10117",
        "people (2)",
        "  a1 \"Jorge\"",
        "  JIRAUSER10117 \"Diego\"");

    CliRun page = decode("components", write("page.json", "{\"isLast\":true,\"values\":[{\"id\":\"1\","
        + "\"name\":\"A\"}]}"));
    assertThat(page.outLines()).containsExactly("work packages (components): 1", "  1 \"A\", no lead");
    CliRun nameless = decode("components", write("nameless.json", "[{\"id\":\"1\"}]"));
    assertThat(nameless.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(nameless.errLines()).containsExactly("error: " + dir.resolve("nameless.json")
        + ": $[0].name: a component needs a name");
  }

  @Test
  void an_issue_decodes_with_its_description_and_whether_it_is_flagged_when_it_names_its_fields() throws Exception {
    Path file = write("issue.json", "{\"id\":\"10033\",\"key\":\"COF-33\",\"names\":{\"customfield_10021\":"
        + "\"Flagged\"},\"fields\":{\"summary\":\"Book a container\",\"description\":{\"type\":\"doc\","
        + "\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":"
        + "\"For the January shipment.\"}]},{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":"
        + "\"Ask two carriers.\"}]}]},\"customfield_10021\":[{\"value\":\"Impediment\",\"id\":\"10019\"}]}}");
    CliRun run = decode("issue", file);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).contains(
        "  flagged      yes (customfield_10021)",
        "  description  For the January shipment.",
        "",
        "               Ask two carriers.");

    Path wiki = write("wiki.json", "{\"id\":\"1\",\"key\":\"COF-1\",\"fields\":{\"description\":"
        + "\"h2. Goal\\n*Raise* cup scores\"}}");
    assertThat(decode("issue", wiki).outLines()).contains(
        "  flagged      not known (no names in the issue, ?expand=names; the adapter finds the Flagged field in "
            + "/field)",
        "  description  Goal",
        "               Raise cup scores");
  }

  @Test
  void webhooks_decode_and_an_unhandled_event_says_so() throws Exception {
    Path updated = write("hook.json", "{\"timestamp\":1763629200000,\"webhookEvent\":\"jira:issue_updated\","
        + "\"issue_event_type_name\":\"issue_generic\",\"user\":{\"accountId\":\"a1\"},\"issue\":{\"id\":\"10005\","
        + "\"key\":\"COF-5\",\"fields\":{\"status\":{\"id\":\"3\",\"name\":\"In Progress\",\"statusCategory\":{\"key\":"
        + "\"indeterminate\"}}}},\"changelog\":{\"id\":\"777\",\"items\":[{\"field\":\"status\",\"fieldtype\":\"jira\","
        + "\"from\":\"1\",\"fromString\":\"To Do\",\"to\":\"3\",\"toString\":\"In Progress\"}]}}");
    CliRun run = decode("webhook", updated);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).containsExactly(
        "webhook jira:issue_updated at 2025-11-20T09:00:00Z",
        "  issue        COF-5 (id 10005)",
        "  event type   issue_generic",
        "  by           a1",
        "  status       In Progress (in-progress)",
        "  assignee     -",
        "transitions: 1",
        "  2025-11-20T09:00:00Z by a1: status To Do -> In Progress (in-progress)",
        "people (1)",
        "  a1 \"a1\"");

    Path sprint = write("sprint.json", "{\"timestamp\":1763629200000,\"webhookEvent\":\"sprint_started\","
        + "\"sprint\":{\"id\":7}}");
    CliRun unknown = decode("webhook", sprint);
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(unknown.outLines()).startsWith("webhook sprint_started at 2025-11-20T09:00:00Z",
        "note: Mutuality does not handle sprint_started events; it would ignore this one");
  }

  @Test
  void what_is_not_of_the_kind_fails_with_exit_2_naming_the_json_path() throws Exception {
    Map<List<String>, String> cases = new java.util.LinkedHashMap<>();
    cases.put(List.of("issue", "{\"id\":\"1\",\"fields\":{}}"), "$.key: an issue needs a key");
    cases.put(List.of("issue", "{\"key\":\"COF-1\"}"), "$.id: an issue needs an id");
    cases.put(List.of("search", "{\"values\":[]}"), "$.issues: a search page needs an issues array");
    cases.put(List.of("search", "[]"), "$: a search page is a JSON object, not an array");
    cases.put(List.of("comments", "{\"comments\":[{\"body\":\"x\"}]}"), "$.comments[0].id: a comment needs an id");
    cases.put(List.of("webhook", "{\"timestamp\":1}"), "$.webhookEvent: a webhook payload needs webhookEvent or "
        + "issue");
    cases.put(List.of("project", "{\"name\":\"x\"}"), "$.key: a project needs a key");
    cases.put(List.of("issue", "{\"key\": "), null);
    int n = 0;
    for (Map.Entry<List<String>, String> c : cases.entrySet()) {
      Path file = write("bad" + n++ + ".json", c.getKey().get(1));
      CliRun run = decode(c.getKey().get(0), file);
      assertThat(run.exitCode()).as(c.getKey().toString()).isEqualTo(ExitCode.USAGE);
      if (c.getValue() != null) {
        assertThat(run.errLines()).containsExactly("error: " + file + ": " + c.getValue());
      } else {
        assertThat(run.err()).startsWith("error: " + file + ": $: not JSON at line 1, column ");
      }
    }
    CliRun role = decode("role", write("role.json", "{\"id\":10002,\"name\":\"Viewers\"}"));
    assertThat(role.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(role.outLines()).containsExactly("role Viewers (id 10002): 0 actors");
    CliRun level = decode("security-level-members", write("level.json", "{\"startAt\":0,\"maxResults\":50,"
        + "\"total\":3,\"isLast\":true,\"values\":[{\"id\":\"103010\",\"issueSecurityLevelId\":\"10301\","
        + "\"holder\":{\"type\":\"projectRole\",\"value\":\"10101\",\"projectRole\":{\"id\":10101,"
        + "\"name\":\"Steering Committee\"}}},{\"id\":\"103011\",\"issueSecurityLevelId\":\"10301\","
        + "\"holder\":{\"type\":\"group\",\"parameter\":\"coopsur\",\"value\":\"5e0c\"}},{\"id\":"
        + "\"103012\",\"issueSecurityLevelId\":\"10301\",\"holder\":{\"type\":\"reporter\"}}]}"));
    assertThat(level.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(level.outLines()).containsExactly("security level members: 3, startAt 0, total 3, the last page",
        "  level 10301: role \"Steering Committee\"", "  level 10301: group \"coopsur\"", "  level 10301: reporter");
    CliRun kind = decode("board", write("x.json", "{}"));
    assertThat(kind.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(kind.errLines()).containsExactly("error: unknown kind 'board'; kinds: issue, search, comments, "
        + "worklogs, changelog, project, avatars, components, role, group-members, versions, sprints, user, "
        + "serverinfo, security-level-members, webhook");
  }
}
