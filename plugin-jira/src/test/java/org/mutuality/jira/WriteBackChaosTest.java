package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.jira.writeback.ApplyResult;
import org.mutuality.jira.writeback.JiraWriteBack;
import org.mutuality.jira.writeback.Plan;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.LoggedRequest;
import org.mutuality.sandbox.faults.Fault;
import org.mutuality.sandbox.faults.Faults;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.write.WriteLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chaos: with the sandbox refusing, failing, dropping and losing the answers of a share of the requests (seeded,
 * so every run of the test sees the same faults), repeated {@code --apply} runs converge to exactly what a
 * fault-free run writes, with never a duplicate comment or summary issue and nothing people wrote touched.
 */
class WriteBackChaosTest {
  private static final Logger LOG = LoggerFactory.getLogger(WriteBackChaosTest.class);
  private static final WriteBackSettings SETTINGS = new WriteBackSettings("mutuality", true, "Task");
  private static final int MAX_RUNS = 10;

  /** The faults: each write endpoint fails in its own way on a share of its requests. */
  static Faults faults(long seed) {
    return Faults.builder()
        // a comment's creation lands but its answer is lost: the applier must find it by reading, not re-create it
        .on("POST", "/rest/api/{v}/issue/*/comment").rate(0.3).answer(Fault.lostAnswer())
        .on("POST", "/rest/api/{v}/issue/*/comment").rate(0.1).answer(Fault.drop())
        .on("POST", "/rest/api/{v}/issue").rate(0.5).answer(Fault.lostAnswer())
        .on("PUT", "/rest/api/{v}/issue/*").rate(0.25).answer(
            Fault.status(409, "Issue could not be updated due to a conflicting update."))
        .on("*", "/rest/api/{v}/issue/*/comment/*").rate(0.2).answer(Fault.drop())
        .on("PUT", "/rest/api/{v}/issue/*/properties/*").rate(0.2).answer(Fault.unavailable(1))
        .on("DELETE", "/rest/api/{v}/issue/*/properties/*").rate(0.2).answer(Fault.status(429))
        .on("GET", "/rest/api/{v}/issue/*/properties/*").rate(0.1).answer(Fault.unavailable(2))
        .on("GET", "/rest/api/{v}/issue/*").rate(0.05).answer(Fault.drop())
        .seed(seed).build();
  }

  @Test
  void repeated_applies_under_faults_converge_to_the_state_of_a_fault_free_run() throws Exception {
    Map<String, String> expected;
    ManualClock calm = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().dataset(Dataset.demo()).clock(calm).start()) {
      WriteBackSandbox run = new WriteBackSandbox(jira, calm, WriteBackSandbox.config(), SETTINGS);
      assertThat(run.apply().failed()).isEmpty();
      expected = WriteBackSandbox.ours(jira, SETTINGS);
    }

    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    // Jira's per-issue limit, tightened so that a run's writes on one issue hit it (429 with Retry-After).
    WriteLimits tight = new WriteLimits(List.of(new WriteLimits.Window(3, Duration.ofSeconds(2))));
    try (JiraSandbox jira = JiraSandbox.builder().dataset(Dataset.demo()).clock(clock).faults(faults(42))
        .writeLimits(tight).start()) {
      WriteBackSandbox run = new WriteBackSandbox(jira, clock, WriteBackSandbox.config(), SETTINGS);
      Map<String, String> people = WriteBackSandbox.people(jira, SETTINGS);
      int runs = 0;
      int retries = 0;
      int unfinished = 0;
      long duplicates = 0;
      Plan plan = run.plan();
      while (!plan.writes().isEmpty() && runs < MAX_RUNS) {
        runs++;
        // The first run is killed after 10 issues, as a process stopped mid-way would be.
        JiraWriteBack.Progress progress = runs > 1 ? JiraWriteBack.Progress.NONE : (stage, done, total) -> {
          if (done == 10) {
            throw new Killed();
          }
        };
        ApplyResult result;
        try {
          result = run.writeBack().apply(plan, progress);
        } catch (Killed e) {
          result = new ApplyResult(List.of(), List.of("killed"), 0);
        }
        retries += result.retries();
        unfinished += result.failed().size();
        duplicates += WriteBackSandbox.duplicates(jira).values().stream().mapToLong(n -> n - 1).sum();
        duplicates += Math.max(0, jira.store().current().site().issues().stream()
            .filter(i -> i.labels().contains("mutuality-summary")).count() - 1);
        plan = run.plan();
      }
      List<LoggedRequest> requests = jira.requests();
      Map<String, String> after = WriteBackSandbox.people(jira, SETTINGS);
      long items = people.values().stream().mapToLong(text -> text.lines().count()).sum();
      long touched = people.keySet().stream().filter(k -> !people.get(k).equals(after.get(k))).count();
      long faults = requests.stream().filter(r -> r.dropped() || r.status() == 409 || r.status() == 429
          || r.status() == 503).count();
      LOG.info("chaos: {} apply runs to converge, {} requests, {} faults injected ({} 409, {} 429, {} 503, {} "
              + "dropped or lost), {} re-plans, {} issues left for a later run, {} duplicates, {} issues with "
              + "person-written items touched (of {} items on {} issues)", runs, requests.size(), faults,
          count(requests, 409), count(requests, 429), count(requests, 503),
          requests.stream().filter(LoggedRequest::dropped).count(), retries, unfinished, duplicates, touched, items,
          people.size());

      assertThat(plan.writes()).as("converged within %d runs", MAX_RUNS).isEmpty();
      assertThat(WriteBackSandbox.ours(jira, SETTINGS)).isEqualTo(expected);
      assertThat(duplicates).isZero();
      assertThat(after).isEqualTo(people);
      assertThat(touched).isZero();
      assertThat(runs).isGreaterThan(1);
      assertThat(faults).isGreaterThan(60);
    }
  }

  /** The applying process stopped. */
  private static final class Killed extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static long count(List<LoggedRequest> requests, int status) {
    return requests.stream().filter(r -> r.status() == status).count();
  }
}
