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
    Report report = auditDemo(flavor);
    // DemoIssues documents what was planted: the roaster resolves most of the work, the cooperative's open
    // issues are overdue, Steering Committee comments hide information from the university, a system avatar. The
    // first five rules only; the next test covers the other COORD and ACCT rules.
    assertThat(report.findings()).filteredOn(f -> FIRST_RULES.contains(f.ruleId()))
        .extracting(f -> f.ruleId() + " " + f.subject() + ": " + f.message())
        .containsExactly(
            "ACCT-001 partner coop: Cooperativa Cafetera del Sur has 5 of its 12 open work items overdue (42%), "
                + "against 4% for the other partners",
            "CONF-001 project COF: 2 of the 18 comments of the last 30 days (11%) are hidden from at least one "
                + "partner",
            // Fundación Raíces is in no project role (since the issue-7 data, for IDEN-004), so the Steering
            // Committee's comments on two pilot issues it owns are hidden from it too.
            "CONF-001 issue COF-136: 1 comment(s) and 0 worklog(s) on COF-136 are hidden from Fundación Raíces, the "
                + "partner that owns it",
            "CONF-001 issue COF-36: 1 comment(s) and 0 worklog(s) on COF-36 are hidden from Universidad del Alto "
                + "Magdalena, the partner that owns it",
            "CONF-001 issue COF-66: 1 comment(s) and 0 worklog(s) on COF-66 are hidden from Fundación Raíces, the "
                + "partner that owns it",
            "COORD-001 project COF: Tostadores Andinos did 75% of the work in the last 90 days (18 of the 24 work "
                + "items resolved)",
            "IDEN-001 project COF: Café del Sur Partnership shows a system avatar, not a logo of the partnership");
    assertThat(report.notEvaluable()).filteredOn(n -> FIRST_RULES.contains(n.ruleId())).isEmpty();
  }

  /**
   * The coordination and accountability rules on the demo site: every finding a reader can check against
   * DemoIssues (the stalled and stale items by key, the others with their message).
   */
  @ParameterizedTest
  @EnumSource(Flavor.class)
  void coordination_and_accountability_findings_on_the_demo(Flavor flavor) throws Exception {
    Report report = auditDemo(flavor);
    // Every COORD and ACCT finding with its message, but the many stalled and stale items, checked by key below.
    assertThat(report.findings()).filteredOn(f -> f.ruleId().matches("(COORD|ACCT)-\\d+")
            && !Set.of("COORD-006", "COORD-007").contains(f.ruleId()))
        .extracting(f -> f.ruleId() + " " + f.subject() + ": " + f.message())
        .containsExactly(
            "COORD-008 issue COF-221: COF-221 of Universidad del Alto Magdalena is blocked by COF-218 of Alcaldía "
                + "de Pitalito, and both have been open for 197 days",
            "COORD-008 issue COF-33: COF-33 of Tostadores Andinos is blocked by COF-32 of Cooperativa Cafetera del "
                + "Sur, and both have been open for 20 days",
            "ACCT-001 partner coop: Cooperativa Cafetera del Sur has 5 of its 12 open work items overdue (42%), "
                + "against 4% for the other partners",
            "ACCT-002 version 10202: Export fair Q4 is 20 day(s) past its release date of 2026-10-31 and still has "
                + "2 open work item(s)",
            "COORD-001 project COF: Tostadores Andinos did 75% of the work in the last 90 days (18 of the 24 work "
                + "items resolved)",
            "COORD-003 issue COF-37: COF-37 is in progress (In Progress) with nobody assigned",
            "COORD-004 project COF: 2 of the 5 work packages in use have no lead from a partner: Community "
                + "Outreach, Policy & Permits",
            // People are accountIds on Cloud and user keys on Data Center.
            "COORD-005 person " + (flavor == Flavor.CLOUD ? "63f1c0ffee000000a11ce00a" : "JIRAUSER10110")
                + ": Felipe Cano holds 4 work items in progress at once, more "
                + "than 3",
            "COORD-010 partner ngo: Fundación Raíces hangs on one person: Ana María Losada is its only member with "
                + "activity in the last 90 days",
            "ACCT-003 project COF: 4 of the last 4 closed sprints delivered less than 80% of the work items "
                + "committed at their start (COF Sprint 2: 0 of 1, 0%; COF Sprint 3: 1 of 3, 33%; COF Sprint 4: 1 "
                + "of 5, 20%; COF Sprint 5: 1 of 3, 33%)",
            "ACCT-005 issue COF-40: Mateo Ramírez (Universidad del Alto Magdalena) has not acted on COF-40 since "
                + "Jorge Perdomo (Cooperativa Cafetera del Sur) handed it over on 2026-11-10; the 5 working days to "
                + "take it up ended on 2026-11-17");
    assertThat(subjects(report, "COORD-006")).containsExactlyInAnyOrder("COF-1", "COF-2", "COF-30", "COF-32",
        "COF-33", "COF-34", "COF-36", "COF-37", "COF-40", "COF-41", "COF-43", "COF-44", "COF-45", "COF-46", "COF-47",
        "COF-218", "COF-279");
    assertThat(subjects(report, "COORD-007")).containsExactlyInAnyOrder("COF-1", "COF-2", "COF-35", "COF-82",
        "COF-100", "COF-108", "COF-122", "COF-131", "COF-152", "COF-155", "COF-159", "COF-168", "COF-169", "COF-181",
        "COF-205", "COF-218", "COF-221", "COF-279");
    // The demo names no decision marker, so the two decision rules say which setting they need.
    assertThat(report.notEvaluable()).filteredOn(n -> n.ruleId().matches("(COORD|ACCT)-\\d+"))
        .extracting(n -> n.ruleId() + " " + n.subject())
        .containsExactly("ACCT-007 project COF", "ACCT-008 project COF");
  }

  /**
   * The identity, confidence and data rules on the demo site (DemoIssues documents what was planted for each):
   * with the coordination and accountability findings above, every key has findings.
   */
  @ParameterizedTest
  @EnumSource(Flavor.class)
  void identity_confidence_and_data_findings_on_the_demo(Flavor flavor) throws Exception {
    Report report = auditDemo(flavor);
    String sofia = flavor == Flavor.CLOUD ? "63f1c0ffee000000a11ce014" : "JIRAUSER10120";
    String automation = flavor == Flavor.CLOUD ? "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077" : "JIRAUSER10119";
    List<String> expected = new java.util.ArrayList<>(List.of(
        "CONF-003 CRITICAL partner ngo: Nobody of Fundación Raíces (2 people) holds a document-access role (Members)",
        "IDEN-004 MAJOR partner ngo: None of the 2 people of Fundación Raíces holds a project role (the project's "
            + "roles: Administrators, Members, Steering Committee, Viewers)",
        "CONF-006 MAJOR partner ngo: Nobody of Fundación Raíces commented on or took part in the last 3 meeting "
            + "records (COF-12, COF-11, COF-10)",
        "IDEN-001 MINOR project COF: Café del Sur Partnership shows a system avatar, not a logo of the partnership",
        "IDEN-002 MINOR project COF: Café del Sur Partnership describes itself in 150 characters, fewer than the 200 "
            + "that say what the partnership is",
        "IDEN-005 MINOR project COF: 4 of the 5 sprints that ran in the last 90 days (80%) had no goal: COF Sprint 2, "
            + "COF Sprint 3, COF Sprint 4, COF Sprint 5",
        "IDEN-006 MINOR project COF: No component or epic holds work of two partners: each of the 7 used in the last "
            + "90 days holds one partner's work items",
        "CONF-005 MINOR project COF: No meeting record (type or label 'Meeting') was created in the last 31 days; the "
            + "last is COF-12 of 2026-10-11, 40 days ago",
        "CONF-008 MINOR partner-pair coop+uni: Cooperativa Cafetera del Sur moved 1 of the 1 work items Universidad "
            + "del Alto Magdalena completed in the last 90 days back out of Done (100%)",
        "CONF-009 MINOR sprint 3: After COF Sprint 3 ended on 2026-09-15, 20 days passed before the next sprint, COF "
            + "Sprint 4, started, more than 14 days",
        "IDEN-003 INFO project COF: The description of Café del Sur Partnership does not name 2 of its 5 partners: "
            + "Fundación Raíces, Universidad del Alto Magdalena",
        "IDEN-008 INFO person " + sofia + ": Sofía Trujillo (Universidad del Alto Magdalena) joined with a comment on "
            + "COF-15 on 2026-10-17; nobody of another partner commented on COF-15 within 5 working days",
        "DATA-006 INFO person " + automation + ": Automation for Jira was left out of every count as a bot (an app "
            + "account, or listed under bots in mutuality.yml), though it had 9 changes in the last 90 days"));
    if (flavor == Flavor.CLOUD) {
      // Data Center's REST API does not list who may see a security level, so CONF-004 cannot judge there.
      expected.addAll(2, List.of(
          "CONF-004 MAJOR issue COF-34: COF-34 carries the security level 'Commercial confidential', which nobody of "
              + "Universidad del Alto Magdalena (owns linked COF-36) may see",
          "CONF-004 MAJOR issue COF-38: COF-38 carries the security level 'Steering only', which nobody of "
              + "Universidad del Alto Magdalena (owns linked COF-36) may see"));
    }
    // IDEN-007 is checked by pair below; CONF-001 by the first test.
    assertThat(report.findings()).filteredOn(f -> f.ruleId().matches("(IDEN|CONF|DATA)-\\d+")
            && !Set.of("IDEN-007", "CONF-001").contains(f.ruleId()))
        .extracting(f -> f.ruleId() + " " + f.severity() + " " + f.subject() + ": " + f.message())
        .containsExactlyElementsOf(expected);
    // Label vocabularies: only the cooperative and the university, and the roaster and the university, share a
    // label (1 of 8 and 1 of 11), still under the 0.2 overlap; the other pairs share none.
    assertThat(subjects(report, "IDEN-007")).containsExactly("coop+muni", "coop+ngo", "coop+uni", "muni+ngo",
        "muni+roaster", "muni+uni", "ngo+uni", "roaster+uni");
    List<String> notEvaluable = new java.util.ArrayList<>(List.of("IDEN-009 partner muni", "IDEN-009 partner ngo",
        "IDEN-009 partner uni", "CONF-002 project COF", "CONF-007 project COF"));
    if (flavor == Flavor.DC) {
      notEvaluable.add(4, "CONF-004 project COF");
    }
    assertThat(report.notEvaluable()).filteredOn(n -> n.ruleId().matches("(IDEN|CONF|DATA)-\\d+"))
        .extracting(n -> n.ruleId() + " " + n.subject())
        .containsExactlyElementsOf(notEvaluable);
  }

  /** Reads the demo site of a sandbox in one flavour, at the demo's clock, and audits it. */
  private static Report auditDemo(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    Configuration config = Configuration.load(Path.of("src/test/resources/sandbox/mutuality.yml"));
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      JiraScope scope = JiraScope.from(config.source().orElseThrow());
      Snapshot snapshot = SandboxRead.of(clock).source(jira, List.of("COF"), scope.participantsField()).read();
      return MutualityEngine.create(config).audit(snapshot, snapshot.capturedAt());
    }
  }

  private static List<String> subjects(Report report, String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> f.subject().id()).toList();
  }
}
