package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.config.Configuration;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Report;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;

/** The engine judges what the adapter read from the demo site, and finds the problems planted in it. */
class JiraAuditTest {
  private static final Set<String> FIRST_RULES = Set.of("COORD-001", "ACCT-001", "IDEN-001", "CONF-001", "DATA-001");

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void the_planted_problems_are_found(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    Configuration config = Configuration.load(Path.of("src/test/resources/sandbox/mutuality.yml"));
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      Snapshot snapshot = SandboxRead.of(clock).source(jira, List.of("COF")).read();
      Report report = MutualityEngine.create(config).audit(snapshot, snapshot.capturedAt());
      // DemoIssues documents what was planted: the roaster resolves most of the work, the cooperative's open
      // issues are overdue, Steering Committee comments hide information from the university, a system avatar.
      // The first five rules, whose findings on the demo DemoIssues documents.
      assertThat(report.findings()).filteredOn(f -> FIRST_RULES.contains(f.ruleId()))
          .extracting(f -> f.ruleId() + " " + f.subject() + ": " + f.message())
          .containsExactly(
              "ACCT-001 partner coop: Cooperativa Cafetera del Sur has 5 of its 12 open work items overdue (42%), "
                  + "against 4% for the other partners",
              "CONF-001 project COF: 2 of the 18 comments of the last 30 days (11%) are hidden from at least one "
                  + "partner",
              "CONF-001 issue COF-36: 1 comment(s) and 0 worklog(s) on COF-36 are hidden from Universidad del Alto "
                  + "Magdalena, the partner that owns it",
              "COORD-001 project COF: Tostadores Andinos did 75% of the work in the last 90 days (18 of the 24 work "
                  + "items resolved)",
              "IDEN-001 project COF: Café del Sur Partnership shows a system avatar, not a logo of the partnership");
      assertThat(report.notEvaluable()).filteredOn(n -> FIRST_RULES.contains(n.ruleId())).isEmpty();
    }
  }
}
