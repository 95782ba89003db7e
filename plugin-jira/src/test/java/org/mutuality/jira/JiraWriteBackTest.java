package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.jira.writeback.ApplyResult;
import org.mutuality.jira.writeback.Change;
import org.mutuality.jira.writeback.Plan;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.write.IssueCopy;

/** Write-back into the sandbox's demo site, over HTTP: plan, apply, converge, clean up, purge. */
class JiraWriteBackTest {
  private static final WriteBackSettings SETTINGS = new WriteBackSettings("mutuality", true, "Task");

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void applying_twice_plans_nothing_the_second_time_and_leaves_what_people_wrote(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      WriteBackSandbox run = new WriteBackSandbox(jira, clock, WriteBackSandbox.config(), SETTINGS);
      Map<String, String> people = WriteBackSandbox.people(jira, SETTINGS);

      Plan first = run.plan();
      ApplyResult applied = run.writeBack().apply(first, org.mutuality.jira.writeback.JiraWriteBack.Progress.NONE);

      assertThat(applied.failed()).isEmpty();
      assertThat(applied.applied()).hasSameSizeAs(first.writes());
      // One managed comment, labels and the property on each flagged issue (Data Center cannot judge CONF-004,
      // which flags COF-34 alone on Cloud), and one summary issue.
      int flagged = flavor == Flavor.CLOUD ? 34 : 33;
      assertThat(first.writes().stream().map(c -> c.action().name())).filteredOn("CREATE_COMMENT"::equals)
          .hasSize(flagged);
      assertThat(first.writes()).filteredOn(c -> c.action() == Change.Action.CREATE_SUMMARY)
          .extracting(Change::issue).containsExactly("COF");
      Map<String, String> ours = WriteBackSandbox.ours(jira, SETTINGS);
      assertThat(ours).hasSize(flagged + 1);
      assertThat(ours.get("COF-33")).startsWith("label mutuality-coordination\ncomment Mutuality: partnership "
          + "health findings on COF-33 (mutuality-managed-comment)\n").contains("MAJOR · COORD-008 · coordination\n"
          + "COF-33 of Tostadores Andinos is blocked by COF-32 of Cooperativa Cafetera del Sur, and both have been "
          + "open for 20 days\nEvidence: blockedPartner roaster; blocker COF-32; blockerPartner coop; blockers "
          + "COF-32; openTogetherSince 2026-10-31T09:00:00Z; days 20\nWhat to do: Put the blocked item on the next "
          + "joint meeting's agenda");
      assertThat(WriteBackSandbox.duplicates(jira)).isEmpty();

      assertThat(run.plan().changes()).isEmpty();
      assertThat(WriteBackSandbox.people(jira, SETTINGS)).isEqualTo(people);
    }
  }

  @Test
  void fixing_the_cause_removes_the_label_the_comment_and_the_property() throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().dataset(Dataset.demo()).clock(clock).start()) {
      WriteBackSandbox run = new WriteBackSandbox(jira, clock, WriteBackSandbox.config(), SETTINGS);
      assertThat(run.apply().failed()).isEmpty();
      assertThat(WriteBackSandbox.ours(jira, SETTINGS).get("COF-32")).contains("COORD-006");

      // The assignee of COF-32 (stalled 11 days: COORD-006) reports progress on it.
      jira.store().write(tx -> {
        Issue issue = tx.site().issue("COF-32").orElseThrow();
        Instant now = Dataset.DEMO_NOW.minusSeconds(3600);
        IssueCopy copy = new IssueCopy(tx.issue(issue.id())).updated(now);
        copy.comments().add(new Comment(tx.nextCommentId(), issue.assigneeId(), "Samples went to the lab today.",
            now, now, issue.assigneeId(), null));
        tx.put(copy.build());
        return null;
      });
      Map<String, String> people = WriteBackSandbox.people(jira, SETTINGS);

      Plan plan = run.plan();

      assertThat(plan.writes()).filteredOn(c -> c.issue().equals("COF-32")).extracting(Change::describe)
          .containsExactly(
              "COF-32  delete property  mutuality.findings  (no findings left)",
              "COF-32  delete comment  29006  (no findings left)",
              "COF-32  remove labels  mutuality-coordination  (no counted finding under coordination any more)");
      assertThat(run.writeBack().apply(plan, org.mutuality.jira.writeback.JiraWriteBack.Progress.NONE).failed())
          .isEmpty();
      assertThat(WriteBackSandbox.ours(jira, SETTINGS)).doesNotContainKey("COF-32");
      assertThat(WriteBackSandbox.people(jira, SETTINGS)).isEqualTo(people);
      assertThat(run.plan().changes()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void purge_leaves_no_trace_of_mutuality(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      WriteBackSandbox run = new WriteBackSandbox(jira, clock, WriteBackSandbox.config(), SETTINGS);
      Map<String, String> people = WriteBackSandbox.people(jira, SETTINGS);
      int issues = jira.store().current().site().issues().size();
      assertThat(run.apply().failed()).isEmpty();
      assertThat(jira.store().current().site().issues()).hasSize(issues + 1);

      ApplyResult purged = run.purge();

      assertThat(purged.failed()).isEmpty();
      assertThat(purged.applied()).extracting(c -> c.action().name()).filteredOn("DELETE_SUMMARY"::equals)
          .hasSize(1);
      assertThat(WriteBackSandbox.ours(jira, SETTINGS)).isEmpty();
      assertThat(jira.store().current().site().issues()).hasSize(issues);
      assertThat(WriteBackSandbox.people(jira, SETTINGS)).isEqualTo(people);
      org.mutuality.jira.writeback.JiraWriteBack writeBack = run.writeBack();
      assertThat(writeBack.planPurge(run.read(), org.mutuality.jira.writeback.JiraWriteBack.Progress.NONE)
          .changes()).isEmpty();
    }
  }

  @Test
  void a_conflicting_edit_is_re_read_re_planned_and_retried() throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().dataset(Dataset.demo()).clock(clock).start()) {
      WriteBackSandbox run = new WriteBackSandbox(jira, clock, WriteBackSandbox.config(), SETTINGS);
      Plan plan = run.plan();
      jira.store().injectConflicts("COF-33", 2);

      ApplyResult applied = run.writeBack().apply(plan, org.mutuality.jira.writeback.JiraWriteBack.Progress.NONE);

      assertThat(applied.failed()).isEmpty();
      assertThat(applied.retries()).isEqualTo(2);
      assertThat(jira.requests()).filteredOn(r -> r.status() == 409).extracting(r -> r.method() + " " + r.path())
          .containsExactly("PUT /rest/api/3/issue/COF-33", "PUT /rest/api/3/issue/COF-33");
      assertThat(WriteBackSandbox.duplicates(jira)).isEmpty();
      assertThat(WriteBackSandbox.ours(jira, SETTINGS).get("COF-33")).startsWith("label mutuality-coordination\n");
      assertThat(run.plan().changes()).isEmpty();
    }
  }

  @SuppressWarnings("unused")
  private static List<String> describe(Plan plan) {
    return plan.changes().stream().map(Change::describe).toList();
  }
}
