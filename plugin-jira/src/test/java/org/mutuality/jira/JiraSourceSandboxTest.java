package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.model.AccessKind;
import org.mutuality.model.Snapshot;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.LoggedRequest;
import org.mutuality.sandbox.limits.ManualClock;

/** The demo site read completely, in both flavours: the snapshot's figures are the sandbox's own. */
class JiraSourceSandboxTest {
  private static int itemsOf(JiraSandbox jira, String key) {
    return jira.dataset().site().issues().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow()
        .histories().stream().mapToInt(h -> h.items().size()).sum();
  }

  private static final Set<String> PROJECTS = Set.of("COF", "PIT");

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void reads_the_demo_completely(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      SandboxRead read = SandboxRead.of(clock);
      Snapshot snapshot = read.source(jira, List.of("COF", "PIT")).read();
      SandboxRead.Expected expected = SandboxRead.Expected.of(jira, PROJECTS);

      assertThat(snapshot.workItems()).hasSize(expected.issues());
      assertThat(snapshot.comments()).hasSize(expected.comments());
      assertThat(snapshot.worklogs()).hasSize(expected.worklogs());
      assertThat(snapshot.transitions()).hasSize(expected.transitions());
      assertThat(snapshot.iterations()).hasSize(expected.sprints());
      assertThat(snapshot.accessGrants().stream().filter(g -> g.kind() == AccessKind.ROLE).count())
          .isEqualTo(expected.roleGrants());
      assertThat(snapshot.gaps()).isEmpty();
      assertThat(snapshot.capturedAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
      assertThat(snapshot.source()).isEqualTo(jira.baseUri().toString());
      // COF-5 has more than every preview: 35 comments (1 restricted to a group the account lacks), 25 worklogs
      // (1 likewise), 45 histories.
      assertThat(snapshot.comments()).filteredOn(c -> c.itemKey().equals("COF-5")).hasSize(34);
      assertThat(snapshot.worklogs()).filteredOn(w -> w.itemKey().equals("COF-5")).hasSize(24);
      assertThat(snapshot.transitions()).filteredOn(t -> t.itemKey().equals("COF-5"))
          .hasSize(itemsOf(jira, "COF-5"));
      assertThat(jira.requests()).noneMatch(r -> r.status() == 410 || r.path().matches("/rest/api/\\d/search")
          && flavor == Flavor.CLOUD);
      // The requests of a full read: serverInfo, field, status, the search pages, COF-5's extra pages, 2 projects
      // (project, avatars, roles and each role, boards and sprints), 6 groups; on Data Center one user looked up by
      // name (a role actor no issue mentions), and no changelog paging (it embeds every history).
      assertThat(jira.requests()).hasSize(flavor == Flavor.CLOUD ? 32 : 29);
      assertThat(jira.requests()).allMatch(r -> r.status() == 200);
      String api = flavor == Flavor.CLOUD ? "/rest/api/3" : "/rest/api/2";
      assertThat(jira.requests()).filteredOn(r -> r.path().endsWith("/status"))
          .containsExactly(new LoggedRequest("GET", api + "/status", null, 200));
    }
  }
}
