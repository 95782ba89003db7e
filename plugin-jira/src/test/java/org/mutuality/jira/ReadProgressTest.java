package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.model.Snapshot;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.LoggedRequest;
import org.mutuality.sandbox.faults.Fault;
import org.mutuality.sandbox.faults.Faults;
import org.mutuality.sandbox.limits.ManualClock;

/**
 * What a read tells its {@link ReadProgress}: issues read of those expected — Cloud's approximate count asked once
 * before the search, Data Center's total from its first page — and no total, never a failure, when the count fails.
 */
class ReadProgressTest {
  private static final List<String> SCOPE = List.of("COF", "PIT");

  /** One update. */
  record Update(String stage, int read, int expected) {
  }

  /** Updates as they came, and the snapshot (its source, the sandbox's port, left out). */
  record Heard(List<Update> updates, Snapshot snapshot, List<LoggedRequest> requests) {
    List<Update> issues() {
      return updates.stream().filter(u -> u.stage().equals("issues")).toList();
    }
  }

  private static Heard read(Flavor flavor, Faults faults) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).faults(faults)
        .start()) {
      List<Update> updates = new ArrayList<>();
      ReadProgress progress = (stage, read, expected, requests, retries) -> {
        synchronized (updates) {
          updates.add(new Update(stage, read, expected));
        }
      };
      SandboxRead read = SandboxRead.of(clock);
      JiraSource source = new JiraSource(JiraSettings.of(org.mutuality.jira.http.Site.parse(jira.baseUri()
          .toString()), SCOPE, null, SandboxRead.CREDENTIALS), read.transport, java.time.Clock.systemUTC(), progress);
      Snapshot s = source.read();
      Snapshot snapshot = new Snapshot(s.capturedAt(), "sandbox", s.readerId(), s.partnership(), s.partners(), s.members(),
          s.workItems(), s.comments(), s.worklogs(), s.transitions(), s.dependencies(), s.milestones(),
          s.iterations(), s.workPackages(), s.accessGrants(), s.gaps());
      return new Heard(List.copyOf(updates), snapshot, jira.requests());
    }
  }

  private static int visibleIssues() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().dataset(Dataset.demo()).start()) {
      return SandboxRead.Expected.of(jira, Set.copyOf(SCOPE)).issues();
    }
  }

  @Test
  void on_cloud_the_approximate_count_is_the_total_from_the_start() throws Exception {
    int issues = visibleIssues();
    Heard heard = read(Flavor.CLOUD, Faults.none());

    // the count is asked once, before the first search page
    List<String> paths = heard.requests().stream().map(LoggedRequest::path).toList();
    assertThat(paths).filteredOn(p -> p.endsWith("/search/approximate-count")).hasSize(1);
    assertThat(paths.indexOf("/rest/api/3/search/approximate-count"))
        .isLessThan(paths.indexOf("/rest/api/3/search/jql"));
    // 304 issues in pages of 100: 0, 100, 200, 300, 304 — each of the 304 estimated
    assertThat(heard.issues()).containsExactly(new Update("issues", 0, issues), new Update("issues", 100, issues),
        new Update("issues", 200, issues), new Update("issues", 300, issues), new Update("issues", issues, issues));
    assertThat(heard.updates()).extracting(Update::stage).containsSubsequence("issues",
        "comments, worklogs and changelogs", "projects", "groups", "done");
    assertThat(heard.updates().get(heard.updates().size() - 1)).isEqualTo(new Update("done", issues, issues));
  }

  @Test
  void the_count_asks_for_the_scope_without_its_order() {
    assertThat(SiteReader.withoutOrder("project in (COF, PIT) ORDER BY key ASC")).isEqualTo("project in (COF, PIT)");
    assertThat(SiteReader.withoutOrder("project = COF AND labels = export order by created DESC"))
        .isEqualTo("project = COF AND labels = export");
    assertThat(SiteReader.withoutOrder("project = COF")).isEqualTo("project = COF");
  }

  @Test
  void on_data_center_the_first_page_says_the_total() throws Exception {
    int issues = visibleIssues();
    Heard heard = read(Flavor.DC, Faults.none());

    assertThat(heard.requests()).noneMatch(r -> r.path().contains("approximate-count"));
    // one page of up to 1,000: unknown before it, then the total it says
    assertThat(heard.issues()).containsExactly(new Update("issues", 0, -1), new Update("issues", issues, issues));
  }

  @Test
  void a_count_that_fails_shows_no_total_and_the_read_goes_on_unchanged() throws Exception {
    Heard quiet = read(Flavor.CLOUD, Faults.none());

    // refused (not retried), and unavailable however often it is asked (retried, then given up)
    Heard refused = read(Flavor.CLOUD, Faults.builder().on("POST", "/rest/api/{v}/search/approximate-count")
        .answer(Fault.status(400, "The JQL query is too complex to count.")).build());
    Heard down = read(Flavor.CLOUD, Faults.builder().on("POST", "/rest/api/{v}/search/approximate-count")
        .answer(Fault.unavailable(1)).build());

    for (Heard heard : List.of(refused, down)) {
      assertThat(heard.snapshot()).isEqualTo(quiet.snapshot());
      assertThat(heard.issues()).isNotEmpty().allMatch(u -> u.expected() == -1);
      assertThat(heard.updates()).extracting(Update::stage).endsWith("done");
    }
    assertThat(refused.requests()).filteredOn(r -> r.path().endsWith("/approximate-count"))
        .containsExactly(new LoggedRequest("POST", "/rest/api/3/search/approximate-count", null, 400));
    // the first try and 4 retries, as any read-only request
    assertThat(down.requests()).filteredOn(r -> r.path().endsWith("/approximate-count")).hasSize(5)
        .allMatch(r -> r.status() == 503);
  }
}
