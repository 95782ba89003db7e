package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.jira.http.Site;
import org.mutuality.jira.mapping.JiraTimes;
import org.mutuality.model.Comment;
import org.mutuality.model.Dependency;
import org.mutuality.model.DependencyType;
import org.mutuality.model.ItemFacts;
import org.mutuality.model.Member;
import org.mutuality.model.Snapshot;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.LoggedRequest;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.User;

/** The demo site read whole, then issue by issue, in both flavours: one issue's facts are the full read's. */
class JiraLiveSourceSandboxTest {
  private static final List<String> PROJECTS = List.of("COF", "PIT");

  static JiraLiveSource source(JiraSandbox jira, ManualClock clock, List<String> projects, String jql) {
    JiraSettings settings = JiraSettings.of(Site.parse(jira.baseUri().toString()), projects, jql,
        SandboxRead.CREDENTIALS);
    return new JiraLiveSource(settings, SandboxRead.of(clock).transport, Clock.systemUTC(), ReadProgress.NONE);
  }

  /** The facts a full read holds of one issue, its dependencies those that touch it. */
  static ItemFacts factsOf(Snapshot snapshot, String key) {
    WorkItem item = snapshot.workItems().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    List<Comment> comments = snapshot.comments().stream().filter(c -> c.itemKey().equals(key)).toList();
    List<org.mutuality.model.Worklog> worklogs = snapshot.worklogs().stream().filter(w -> w.itemKey().equals(key))
        .toList();
    List<Transition> transitions = snapshot.transitions().stream().filter(t -> t.itemKey().equals(key)).toList();
    List<Dependency> dependencies = snapshot.dependencies().stream()
        .filter(d -> d.fromKey().equals(key) || d.toKey().equals(key)).toList();
    Set<String> named = new java.util.HashSet<>();
    named.add(item.assigneeId());
    named.add(item.reporterId());
    named.addAll(item.participants());
    comments.forEach(c -> named.add(c.authorId()));
    worklogs.forEach(w -> named.add(w.authorId()));
    for (Transition t : transitions) {
      named.add(t.authorId());
      if (Transition.ASSIGNEE.equals(t.field())) {
        named.add(t.oldValue());
        named.add(t.newValue());
      }
    }
    named.remove(null);
    List<Member> members = snapshot.members().stream().filter(m -> named.contains(m.id())).toList();
    return new ItemFacts(item, comments, worklogs, transitions, dependencies, members);
  }

  /**
   * The facts with their dependencies in one order: a full read lists a link once, where it first met it; an issue
   * read alone, in the order of its own links.
   */
  static ItemFacts ordered(ItemFacts facts) {
    return new ItemFacts(facts.item(), facts.comments(), facts.worklogs(), facts.transitions(),
        facts.dependencies().stream().sorted(java.util.Comparator.comparing(Dependency::toString)).toList(),
        facts.members());
  }

  /** The facts as the session keeps them: dependencies whose two ends it holds. */
  private static ItemFacts withinScope(ItemFacts facts, Set<String> keys) {
    return new ItemFacts(facts.item(), facts.comments(), facts.worklogs(), facts.transitions(),
        facts.dependencies().stream().filter(d -> keys.contains(d.fromKey()) && keys.contains(d.toKey())).toList(),
        facts.members());
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void every_issue_read_alone_has_the_facts_of_the_full_read(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      JiraLiveSource live = source(jira, clock, PROJECTS, null);
      Snapshot snapshot = live.read();
      Set<String> keys = new TreeSet<>();
      snapshot.workItems().forEach(i -> keys.add(i.key()));

      // COF-5 has more comments, worklogs and histories than a search embeds: they are paged as in the full read
      ItemFacts cof5 = live.readIssue("COF-5").orElseThrow();
      assertThat(ordered(cof5)).isEqualTo(ordered(factsOf(snapshot, "COF-5")));
      assertThat(cof5.comments()).hasSize(34);
      assertThat(cof5.worklogs()).hasSize(24);
      assertThat(cof5.transitions()).hasSize(jira.dataset().site().issues().stream()
          .filter(i -> i.key().equals("COF-5")).findFirst().orElseThrow().histories().stream()
          .mapToInt(h -> h.items().size()).sum());
      // PIT-3 blocks COF-35 across the two projects
      assertThat(live.readIssue("COF-35").orElseThrow().dependencies())
          .contains(new Dependency("PIT-3", "COF-35", DependencyType.BLOCKS));

      List<String> linked = new ArrayList<>();
      for (String key : keys) {
        ItemFacts alone = live.readIssue(key).orElseThrow();
        assertThat(ordered(alone)).as(key).isEqualTo(ordered(factsOf(snapshot, key)));
        if (!alone.dependencies().isEmpty()) {
          linked.add(key);
        }
      }
      assertThat(linked).hasSizeGreaterThan(3);
      assertThat(live.readerId()).isEqualTo(snapshot.readerId()).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void links_to_issues_outside_the_scope_are_kept_both_ways(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      JiraLiveSource live = source(jira, clock, List.of("COF"), null);
      Snapshot snapshot = live.read();
      Set<String> keys = new TreeSet<>();
      snapshot.workItems().forEach(i -> keys.add(i.key()));

      ItemFacts cof35 = live.readIssue("COF-35").orElseThrow();

      // the full read of COF leaves PIT-3 blocks COF-35 out (a gap); the issue read alone keeps it, unfiltered
      assertThat(cof35.dependencies()).contains(new Dependency("PIT-3", "COF-35", DependencyType.BLOCKS));
      assertThat(ordered(withinScope(cof35, keys))).isEqualTo(ordered(factsOf(snapshot, "COF-35")));
      assertThat(cof35.dependencies()).hasSize(factsOf(snapshot, "COF-35").dependencies().size() + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void a_comment_another_user_adds_is_read_with_the_issue(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      JiraLiveSource live = source(jira, clock, PROJECTS, null);
      Snapshot snapshot = live.read();
      ItemFacts before = factsOf(snapshot, "COF-32");
      Issue issue = jira.dataset().site().issues().stream().filter(i -> i.key().equals("COF-32")).findFirst()
          .orElseThrow();
      User assignee = jira.dataset().site().users().stream().filter(u -> u.accountId().equals(issue.assigneeId()))
          .findFirst().orElseThrow();
      String person = flavor == Flavor.CLOUD ? assignee.accountId() : assignee.key();
      assertThat(person).isNotEqualTo(live.readerId());

      JsonNode added = comment(jira, flavor, "COF-32", assignee, "Samples went to the lab today.");
      String id = added.path("id").asText();
      Instant created = JiraTimes.instant(added.path("created").asText());

      ItemFacts after = live.readIssue("COF-32").orElseThrow();

      List<Comment> comments = new ArrayList<>(before.comments());
      comments.add(new Comment(id, "COF-32", person, created, null, "Samples went to the lab today."));
      assertThat(after.comments()).containsExactlyElementsOf(comments);
      assertThat(after.item().updated()).isEqualTo(created);
      assertThat(after.item()).usingRecursiveComparison().ignoringFields("updated").isEqualTo(before.item());
      assertThat(after.worklogs()).isEqualTo(before.worklogs());
      assertThat(after.transitions()).isEqualTo(before.transitions());
      assertThat(after.members()).extracting(Member::id).contains(person);
    }
  }

  /** Adds a comment through the site's REST API as {@code author}. */
  private static JsonNode comment(JiraSandbox jira, Flavor flavor, String key, User author, String text)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    Object body = flavor == Flavor.CLOUD
        ? json.readTree("{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{"
            + "\"type\":\"text\",\"text\":" + json.writeValueAsString(text) + "}]}]}")
        : text;
    String api = flavor == Flavor.CLOUD ? "/rest/api/3" : "/rest/api/2";
    String auth = Base64.getEncoder()
        .encodeToString((author.accountId() + ":token").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(jira.baseUri() + api + "/issue/" + key + "/comment"))
        .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("body", body))))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void an_unknown_key_and_a_key_outside_the_scope_read_nothing(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      JiraLiveSource live = source(jira, clock, List.of("COF"), null);
      live.read();
      String api = flavor == Flavor.CLOUD ? "/rest/api/3" : "/rest/api/2";

      jira.clearRequests();
      assertThat(live.readIssue("COF-999")).isEmpty();
      // Jira refuses a key it does not know (400); the issue itself answers 404: gone
      assertThat(jira.requests()).extracting(LoggedRequest::status).containsExactly(400, 404);
      assertThat(jira.requests().get(1).path()).isEqualTo(api + "/issue/COF-999");

      assertThat(live.readIssue("PIT-3")).isEmpty();
      assertThat(live.readIssue("COF-35")).isPresent();
    }
  }

  @Test
  void a_key_outside_a_jql_filter_reads_nothing() throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().dataset(Dataset.demo()).clock(clock).start()) {
      Issue labelled = jira.dataset().site().issues().stream().filter(i -> i.projectKey().equals("COF")
          && !i.labels().isEmpty()).findFirst().orElseThrow();
      String label = labelled.labels().get(0);
      JiraLiveSource live = source(jira, clock, List.of("COF"), "labels = " + label);
      Snapshot snapshot = live.read();
      Issue other = jira.dataset().site().issues().stream().filter(i -> i.projectKey().equals("COF")
          && !i.labels().contains(label)).findFirst().orElseThrow();

      assertThat(live.readIssue(labelled.key())).map(ItemFacts::item)
          .isEqualTo(Optional.of(factsOf(snapshot, labelled.key()).item()));
      assertThat(live.readIssue(other.key())).isEmpty();
    }
  }

  @Test
  void reading_an_issue_needs_a_full_read_first() throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().dataset(Dataset.demo()).clock(clock).start()) {
      JiraLiveSource live = source(jira, clock, List.of("COF"), null);

      assertThatThrownBy(() -> live.readIssue("COF-1")).isInstanceOf(IllegalStateException.class)
          .hasMessage("read the site first: " + jira.baseUri());
      assertThatThrownBy(live::readerId).isInstanceOf(IllegalStateException.class);
      assertThat(jira.requests()).isEmpty();
    }
  }

  @Test
  void the_query_of_one_issue_is_the_scope_and_the_quoted_key() {
    Site site = Site.parse("https://example.atlassian.net");
    assertThat(IssueReader.keyQuery(JiraSettings.of(site, List.of("COF", "PIT"), null, null).scopeJql(), "COF-5"))
        .isEqualTo("project in (COF, PIT) AND key = \"COF-5\"");
    // a filter with OR (either spelling) is already in parentheses in the scope, so AND binds as meant
    assertThat(IssueReader.keyQuery(JiraSettings.of(site, List.of("COF"), "labels = a OR labels = b ORDER BY "
        + "created DESC", null).scopeJql(), "COF-5"))
        .isEqualTo("project in (COF) AND (labels = a OR labels = b) AND key = \"COF-5\"");
    assertThat(IssueReader.keyQuery(JiraSettings.of(site, List.of(), "labels = a || labels = b", null).scopeJql(),
        "COF-5")).isEqualTo("(labels = a || labels = b) AND key = \"COF-5\"");
    assertThat(IssueReader.keyQuery("project = COF", "A\"B\\C")).isEqualTo("project = COF AND key = \"A\\\"B\\\\C\"");
  }
}
