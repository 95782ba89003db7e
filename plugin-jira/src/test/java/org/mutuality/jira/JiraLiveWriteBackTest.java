package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.jira.writeback.Change;
import org.mutuality.jira.writeback.JiraWriteBack;
import org.mutuality.jira.writeback.ObservedIssue;
import org.mutuality.jira.writeback.Plan;
import org.mutuality.model.Comment;
import org.mutuality.model.Dependency;
import org.mutuality.model.ItemFacts;
import org.mutuality.model.Member;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.Issue;

/**
 * The write-back of a few issues read again, as a live session makes it: after a full audit's write-back, an issue
 * read alone shows the rules what people left and plans nothing; when its findings change, the plan of that issue
 * alone has exactly the changes, and applying it converges.
 */
class JiraLiveWriteBackTest {
  private static final WriteBackSettings SETTINGS = new WriteBackSettings("mutuality", true, "Task");
  /** COF-36 has two findings under two keys (COORD-006 coordination, CONF-001 confidence), comments and links. */
  private static final String KEY = "COF-36";

  private static Instant peopleUpdated(JiraSandbox jira, String key) {
    return jira.dataset().site().issues().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow()
        .updated();
  }

  private static List<ReportFinding> without(List<ReportFinding> findings, String key, String ruleId) {
    return findings.stream().filter(f -> !(f.subject().id().equals(key) && f.ruleId().equals(ruleId))).toList();
  }

  private static List<ReportFinding> inShadow(List<ReportFinding> findings, String key, String ruleId) {
    return findings.stream().map(f -> f.subject().id().equals(key) && f.ruleId().equals(ruleId)
        ? new ReportFinding(f.ruleId(), f.key(), f.severity(), f.subject(), f.message(), f.evidence(),
            f.fingerprint(), f.remediation(), f.waiver(), true) : f).toList();
  }

  private static List<String> describe(List<Change> changes) {
    return changes.stream().map(Change::describe).toList();
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void an_issue_read_again_plans_nothing_until_its_findings_change_and_then_converges(Flavor flavor)
      throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      WriteBackSandbox run = new WriteBackSandbox(jira, clock, WriteBackSandbox.config(), SETTINGS);
      assertThat(run.apply().failed()).isEmpty();
      JiraWriteBack writeBack = run.writeBack();
      JiraLiveSource live = run.live();
      JiraWriteBack.Observed observed = writeBack.observe(live.read(), JiraWriteBack.Progress.NONE);
      Report report = run.audit(observed);
      assertThat(report.findings()).filteredOn(f -> f.subject().id().equals(KEY)).extracting(ReportFinding::ruleId)
          .containsExactlyInAnyOrder("COORD-006", "CONF-001");

      ObservedIssue seen = writeBack.observe(live.readIssue(KEY).orElseThrow(), live.readerId());

      // as read, the issue carries our labels, our comment and the updated our writes left
      assertThat(seen.raw().item().labels()).contains("mutuality-coordination", "mutuality-confidence");
      assertThat(seen.raw().comments()).filteredOn(c -> c.body().contains("mutuality-managed-comment")).hasSize(1);
      assertThat(seen.raw().item().updated()).isAfter(peopleUpdated(jira, KEY));
      // the rules see what people left: no label or comment of ours, people's updated, as a full observe gives it
      ItemFacts stripped = seen.stripped().orElseThrow();
      assertThat(stripped.item().labels()).containsExactlyInAnyOrder("research", "cupping");
      assertThat(stripped.comments()).extracting(Comment::body).noneMatch(b -> b.contains("mutuality"))
          .hasSize(seen.raw().comments().size() - 1);
      assertThat(stripped.item().updated()).isEqualTo(peopleUpdated(jira, KEY));
      Set<String> keys = new TreeSet<>();
      observed.stripped().workItems().forEach(i -> keys.add(i.key()));
      ItemFacts full = JiraLiveSourceSandboxTest.factsOf(observed.stripped(), KEY);
      assertThat(JiraLiveSourceSandboxTest.ordered(inScope(stripped, keys, full.members())))
          .isEqualTo(JiraLiveSourceSandboxTest.ordered(full));
      // the members stay as read: the integration account, named only by our comment, is a member of any snapshot
      assertThat(stripped.members()).isEqualTo(seen.raw().members());
      assertThat(stripped.members()).extracting(Member::id)
          .containsAll(full.members().stream().map(Member::id).toList())
          .contains(live.readerId()).hasSize(full.members().size() + 1);
      // what it holds of ours is what the applier reads
      assertThat(seen.state()).isEqualTo(writeBack.readState(KEY));
      assertThat(seen.state().ownComments()).hasSize(1);
      assertThat(seen.state().personUpdated()).isEqualTo(peopleUpdated(jira, KEY));

      assertThat(writeBack.planIssues(report.findings(), Map.of(KEY, seen.state()), List.of(KEY)).changes())
          .isEmpty();

      // CONF-001 no longer fires on the issue
      List<ReportFinding> fewer = without(report.findings(), KEY, "CONF-001");
      Plan plan = writeBack.planIssues(fewer, Map.of(KEY, seen.state()), List.of(KEY));

      String comment = seen.state().ownComments().get(0);
      assertThat(describe(plan.changes())).containsExactly(
          KEY + "  record updated  mutuality.findings  (the issue's updated as people left it, before Mutuality's "
              + "writes)",
          KEY + "  update comment  " + comment + "  (findings now: COORD-006 major)",
          KEY + "  remove labels  mutuality-confidence  (no counted finding under confidence any more)",
          KEY + "  set property  mutuality.findings  (the findings as JSON, the managed comment's id)");
      assertThat(plan.summaries()).isEmpty();
      assertThat(plan.targets()).containsOnlyKeys(KEY);
      assertThat(writeBack.apply(plan, JiraWriteBack.Progress.NONE).failed()).isEmpty();

      ObservedIssue after = writeBack.observe(live.readIssue(KEY).orElseThrow(), live.readerId());
      assertThat(after.stripped().orElseThrow().item().updated()).isEqualTo(peopleUpdated(jira, KEY));
      assertThat(after.stripped().orElseThrow().item().labels()).containsExactlyInAnyOrder("research", "cupping");
      assertThat(after.raw().item().labels()).contains("mutuality-coordination").doesNotContain(
          "mutuality-confidence");
      assertThat(writeBack.planIssues(fewer, Map.of(KEY, after.state()), List.of(KEY)).changes()).isEmpty();
      assertThat(writeBack.planIssues(fewer, Map.of(), List.of(KEY)).changes()).isEmpty();
      assertThat(WriteBackSandbox.ours(jira, SETTINGS).get(KEY)).contains("COORD-006").doesNotContain("CONF-001");

      // CONF-001 back, in shadow: shown, never written
      Plan shadow = writeBack.planIssues(inShadow(report.findings(), KEY, "CONF-001"), Map.of(KEY, after.state()),
          List.of(KEY));
      assertThat(shadow.writes()).isEmpty();
      assertThat(describe(shadow.shadowChanges())).containsExactly(
          "[shadow] " + KEY + "  record updated  mutuality.findings  (in shadow: CONF-001)",
          "[shadow] " + KEY + "  update comment  " + comment + "  (in shadow: CONF-001)",
          "[shadow] " + KEY + "  add labels  mutuality-confidence  (in shadow: CONF-001)",
          "[shadow] " + KEY + "  set property  mutuality.findings  (in shadow: CONF-001)");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void a_gone_issue_and_the_summary_issue_are_not_planned(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      WriteBackSandbox run = new WriteBackSandbox(jira, clock, WriteBackSandbox.config(), SETTINGS);
      assertThat(run.apply().failed()).isEmpty();
      JiraWriteBack writeBack = run.writeBack();
      JiraLiveSource live = run.live();
      Snapshot raw = live.read();
      Report report = run.audit(writeBack.observe(raw, JiraWriteBack.Progress.NONE));
      String summary = jira.store().current().site().issues().stream()
          .filter(i -> i.labels().contains("mutuality-summary")).map(Issue::key).findFirst().orElseThrow();

      ObservedIssue seen = writeBack.observe(live.readIssue(summary).orElseThrow(), live.readerId());

      assertThat(seen.stripped()).isEmpty();
      assertThat(writeBack.planIssues(report.findings(), Map.of(summary, seen.state()), List.of(summary)).changes())
          .isEmpty();
      assertThat(writeBack.planIssues(report.findings(), Map.of(), List.of("COF-999", summary)).changes())
          .isEmpty();
      // an issue with nothing of ours and no finding: no property is read, nothing planned
      jira.clearRequests();
      ObservedIssue clean = writeBack.observe(live.readIssue("COF-3").orElseThrow(), live.readerId());
      assertThat(jira.requests()).noneMatch(r -> r.path().contains("/properties"));
      assertThat(clean.stripped()).contains(clean.raw());
      assertThat(writeBack.planIssues(report.findings(), Map.of("COF-3", clean.state()), List.of("COF-3"))
          .changes()).isEmpty();
    }
  }

  private static ItemFacts inScope(ItemFacts facts, Set<String> keys, List<Member> members) {
    List<Dependency> kept = new ArrayList<>();
    facts.dependencies().stream().filter(d -> keys.contains(d.fromKey()) && keys.contains(d.toKey()))
        .forEach(kept::add);
    return new ItemFacts(facts.item(), facts.comments(), facts.worklogs(), facts.transitions(), kept, members);
  }
}
