package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.model.AccessKind;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.mutuality.model.Dependency;
import org.mutuality.model.DependencyType;
import org.mutuality.model.Member;
import org.mutuality.model.Partnership;
import org.mutuality.model.Snapshot;
import org.mutuality.model.WorkItem;
import org.mutuality.model.WorkPackage;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.LoggedRequest;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.Component;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.Site;
import org.mutuality.sandbox.site.User;

/** The demo site read completely, in both flavours: the snapshot's figures are the sandbox's own. */
class JiraSourceSandboxTest {
  private static int itemsOf(JiraSandbox jira, String key) {
    return jira.dataset().site().issues().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow()
        .histories().stream().mapToInt(h -> h.items().size()).sum();
  }

  private static final Set<String> PROJECTS = Set.of("COF", "PIT");
  private static final int DC_REQUESTS = 31;
  /** The gap a read of COF alone records: PIT-3 blocks COF-35. */
  static final DataGap OUTSIDE_COF = new DataGap(DataArea.OUTSIDE_SCOPE, "1 link points to an issue outside the scope "
      + "(1 blocks), e.g. PIT-3 blocks COF-35: left out, as PIT-3 is not read and has no partner");
  /** The gap every read of the demo records on Data Center, which does not list security levels' members. */
  static final DataGap DC_LEVELS = new DataGap(DataArea.SECURITY, "Jira Data Center's REST API does not list the "
      + "members of issue security levels, so who may see the issues with levels 'Commercial confidential', "
      + "'Steering only' is not known");

  /** The gaps of a read of the demo that misses nothing it could read: none on Cloud, {@link #DC_LEVELS} on DC. */
  static List<DataGap> levelGaps(Flavor flavor) {
    return flavor == Flavor.CLOUD ? List.of() : List.of(DC_LEVELS);
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void links_to_issues_outside_the_scope_are_left_out_and_counted_in_a_gap(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      Snapshot cof = SandboxRead.of(clock).source(jira, List.of("COF")).read();
      Snapshot both = SandboxRead.of(clock).source(jira, List.of("COF", "PIT")).read();

      List<DataGap> cofGaps = new ArrayList<>(List.of(OUTSIDE_COF));
      cofGaps.addAll(levelGaps(flavor));
      assertThat(cof.gaps()).containsExactlyElementsOf(cofGaps);
      assertThat(cof.dependencies()).allMatch(d -> d.fromKey().startsWith("COF-") && d.toKey().startsWith("COF-"))
          .isNotEmpty();
      // with PIT in the scope the link is kept, and nothing is missing (but the levels' members on Data Center)
      assertThat(both.gaps()).containsExactlyElementsOf(levelGaps(flavor));
      assertThat(both.dependencies()).contains(new Dependency("PIT-3", "COF-35", DependencyType.BLOCKS))
          .hasSize(cof.dependencies().size() + 1);
    }
  }

  @Test
  void the_gap_counts_every_link_left_out_by_kind_with_the_first_as_example() {
    Gaps gaps = new Gaps();
    List<Dependency> kept = SiteReader.inScope(List.of(
        new Dependency("COF-1", "COF-2", DependencyType.BLOCKS),
        new Dependency("COF-2", "OPS-7", DependencyType.BLOCKS),
        new Dependency("HR-4", "COF-1", DependencyType.RELATES),
        new Dependency("HR-5", "COF-3", DependencyType.BLOCKS)), Set.of("COF-1", "COF-2", "COF-3"), gaps);

    assertThat(kept).containsExactly(new Dependency("COF-1", "COF-2", DependencyType.BLOCKS));
    assertThat(gaps.list()).containsExactly(new DataGap(DataArea.OUTSIDE_SCOPE, "3 links point to an issue outside the scope "
        + "(2 blocks, 1 relates), e.g. COF-2 blocks OPS-7: left out, as OPS-7 is not read and has no partner"));

    Gaps none = new Gaps();
    assertThat(SiteReader.inScope(List.of(new Dependency("COF-1", "COF-2", DependencyType.RELATES)),
        Set.of("COF-1", "COF-2"), none)).hasSize(1);
    assertThat(none.list()).isEmpty();
  }

  /** The person id a read gives a sandbox user: the account id on Cloud, the key on Data Center. */
  private static String personId(JiraSandbox jira, Flavor flavor, String accountId) {
    User user = jira.dataset().site().users().stream().filter(u -> u.accountId().equals(accountId)).findFirst()
        .orElseThrow();
    return flavor == Flavor.CLOUD ? user.accountId() : user.key();
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void reads_descriptions_flags_and_components_with_their_leads(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      Snapshot snapshot = SandboxRead.of(clock).source(jira, List.of("COF", "PIT")).read();
      Site site = jira.dataset().site();

      // every description as the sandbox holds it (ADF on Cloud, a wiki string on Data Center), and none invented
      Map<String, String> descriptions = new TreeMap<>();
      site.issues().forEach(i -> descriptions.put(i.key(), i.description() == null ? "" : i.description()));
      Map<String, String> read = new TreeMap<>();
      snapshot.workItems().forEach(w -> read.put(w.key(), w.description()));
      assertThat(read).isEqualTo(descriptions);
      assertThat(read.values()).filteredOn(d -> !d.isEmpty()).hasSizeGreaterThan(5);
      assertThat(read.get("COF-1")).startsWith("Everything we do together to raise cup scores of the cooperative's "
          + "lots.\n\nOwned by the ");

      assertThat(snapshot.workItems()).filteredOn(WorkItem::flagged).extracting(WorkItem::key)
          .containsExactlyInAnyOrder("COF-30", "COF-33", "PIT-3");

      // COF's five components, one without a lead; PIT has none
      String freelancer = personId(jira, flavor, site.users().stream()
          .filter(u -> u.name().equals("diego.herrera")).findFirst().orElseThrow().accountId());
      List<WorkPackage> expected = new ArrayList<>();
      for (Component c : site.projects().get(0).components()) {
        expected.add(new WorkPackage(c.id(), c.name(), c.leadId() == null ? null : personId(jira, flavor,
            c.leadId())));
      }
      assertThat(snapshot.workPackages()).containsExactlyElementsOf(expected);
      assertThat(snapshot.workPackages()).extracting(WorkPackage::name).containsExactly("Harvest & Quality",
          "Roasting & Sales", "Research", "Community Outreach", "Policy & Permits");
      assertThat(snapshot.workPackages()).filteredOn(p -> p.leadId() == null).extracting(WorkPackage::name)
          .containsExactly("Community Outreach");
      assertThat(snapshot.workPackages()).filteredOn(p -> p.name().equals("Policy & Permits"))
          .extracting(WorkPackage::leadId).containsExactly(freelancer);
      // component leads are people of the snapshot, like anyone else the read met
      assertThat(snapshot.members()).extracting(Member::id).contains(snapshot.workPackages().stream()
          .map(WorkPackage::leadId).filter(java.util.Objects::nonNull).toArray(String[]::new));
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void two_projects_make_one_partnership_deliberately(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      Site site = jira.dataset().site();
      Project cof = site.projects().get(0);
      Project pit = site.projects().get(1);

      Partnership both = SandboxRead.of(clock).source(jira, List.of("COF", "PIT")).read().partnership();
      // each description under its key; a logo only if every project shows one (PIT does, COF does not); COF's lead
      assertThat(both).isEqualTo(new Partnership("COF+PIT", cof.name() + " + " + pit.name(), "COF: "
          + cof.description() + "\n\nPIT: " + pit.description(), false, personId(jira, flavor, cof.leadId())));

      Partnership reversed = SandboxRead.of(clock).source(jira, List.of("PIT", "COF")).read().partnership();
      assertThat(reversed).isEqualTo(new Partnership("PIT+COF", pit.name() + " + " + cof.name(), "PIT: "
          + pit.description() + "\n\nCOF: " + cof.description(), false, personId(jira, flavor, pit.leadId())));

      Partnership alone = SandboxRead.of(clock).source(jira, List.of("PIT")).read().partnership();
      assertThat(alone).isEqualTo(new Partnership("PIT", pit.name(), pit.description(), true,
          personId(jira, flavor, pit.leadId())));
    }
  }

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
      assertThat(snapshot.gaps()).containsExactlyElementsOf(levelGaps(flavor));
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
      // The requests of a full read: serverInfo, field, status, on Cloud the approximate count, the search pages,
      // COF-5's extra pages, 2 projects (project, avatars, components, roles and each role, boards and sprints),
      // 5 groups, the reading account (/myself); on Cloud the members of the 2 security levels the issues carry; on
      // Data Center one user looked up by name (a role actor no issue mentions), and no changelog paging (it embeds
      // every history).
      assertThat(jira.requests()).hasSize(flavor == Flavor.CLOUD ? 37 : DC_REQUESTS);
      assertThat(jira.requests()).allMatch(r -> r.status() == 200);
      String api = flavor == Flavor.CLOUD ? "/rest/api/3" : "/rest/api/2";
      assertThat(jira.requests()).filteredOn(r -> r.path().endsWith("/approximate-count"))
          .hasSize(flavor == Flavor.CLOUD ? 1 : 0);
      assertThat(jira.requests()).filteredOn(r -> r.path().endsWith("/status"))
          .containsExactly(new LoggedRequest("GET", api + "/status", null, 200));
    }
  }
}
