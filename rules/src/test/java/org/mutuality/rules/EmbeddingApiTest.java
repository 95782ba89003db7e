package org.mutuality.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutuality.config.Configuration;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.engine.RuleBase;
import org.mutuality.engine.RuleDocs;
import org.mutuality.engine.RuleProblem;
import org.mutuality.engine.Severity;
import org.mutuality.model.Member;
import org.mutuality.model.Partner;
import org.mutuality.model.Partnership;
import org.mutuality.model.Sector;
import org.mutuality.model.Snapshot;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.WorkItem;
import org.mutuality.report.Outcome;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;
import org.mutuality.report.RuleResult;

/**
 * The engine as another tool embeds it: a snapshot built in code (another tracker, a portal), no files, no
 * CLI; then an organisation's own rule folder next to the built-in rules.
 */
class EmbeddingApiTest {
  private static final Instant AS_OF = Instant.parse("2026-11-20T09:00:00Z");

  private static WorkItem item(String key, String assignee, List<String> labels) {
    return new WorkItem(key, "Task", "Item " + key, "Open", StatusCategory.TO_DO, assignee, null, null,
        Instant.parse("2026-10-01T00:00:00Z"), null, null, null, labels, null, null, null, null, null, null, false, null);
  }

  private static Snapshot snapshot() {
    return new Snapshot(AS_OF, "portal", null, new Partnership("PORT", "Portal partnership", "", false, null),
        List.of(new Partner("muni", "Municipality", Sector.PUBLIC, List.of()),
            new Partner("ngo", "NGO", Sector.CIVIL_SOCIETY, List.of())),
        List.of(new Member("ana", "Ana", null, List.of(), "muni", false)),
        List.of(item("PORT-1", "ana", List.of()), item("PORT-2", null, List.of("steering"))),
        null, null, null, null, null, null, null, null, null);
  }

  @Test
  void auditsASnapshotBuiltInCode() throws Exception {
    MutualityEngine engine = MutualityEngine.create(Configuration.defaults());
    Report report = engine.audit(snapshot(), AS_OF);

    assertThat(report.asOf()).isEqualTo(AS_OF);
    assertThat(report.partnershipId()).isEqualTo("PORT");
    assertThat(report.findings()).extracting(ReportFinding::ruleId, f -> f.subject().toString(), ReportFinding::message)
        .containsExactly(
            tuple("DATA-001", "project PORT",
                "Only 0 partner(s) have active members; judging a partnership takes at least 2"),
            tuple("ACCT-009", "project PORT", "Portal partnership has no project lead"),
            tuple("IDEN-001", "project PORT", "Portal partnership shows a system avatar, not a logo of the partnership"),
            tuple("IDEN-002", "project PORT", "Portal partnership has no description saying what the partnership is"),
            // Neither open work item has a due date or a fix version: the overdue rules are gated anyway.
            tuple("DATA-005", "project PORT",
                "Only 0 of the 2 open work items (0%) have a due date or a fix version, fewer than the 50% overdue rules need"),
            // Ana maps to the municipality; the NGO has nobody mapped to it, so only the municipality is expected.
            tuple("IDEN-003", "project PORT", "The description of Portal partnership does not name its partner Municipality"),
            // Two work items, without an `updated` instant: each counts as updated when it was created.
            tuple("DATA-003", "project PORT",
                "Only 2 work item(s) were updated in the last 90 days, fewer than the 20 that ratio rules need"));
    // Partner rules are gated by DATA-001, ratio rules by DATA-003; COORD-004 finds no work packages and
    // COORD-005 no work in progress; COORD-003 sees no item in progress or in a sprint; ACCT-002 finds no
    // milestone; ACCT-007/008 lack their decisionMarker setting; ACCT-009 finds no project lead; COORD-007
    // cannot tell how stale an item is whose last update the portal does not give. CONF-003/005/006 lack their
    // documentRoles and meetingMarker settings, CONF-004 finds no item under a security level and CONF-009 no
    // sprint.
    assertThat(report.rules()).extracting(RuleResult::ruleId, RuleResult::outcome).containsExactly(
        tuple("COORD-001", Outcome.NOT_EVALUABLE),
        tuple("COORD-002", Outcome.NOT_EVALUABLE),
        tuple("COORD-003", Outcome.PASS),
        tuple("COORD-004", Outcome.NOT_EVALUABLE),
        tuple("COORD-005", Outcome.NOT_EVALUABLE),
        tuple("COORD-006", Outcome.PASS),
        tuple("COORD-007", Outcome.NOT_EVALUABLE),
        tuple("COORD-008", Outcome.PASS),
        tuple("COORD-009", Outcome.NOT_EVALUABLE),
        tuple("COORD-010", Outcome.NOT_EVALUABLE),
        tuple("COORD-011", Outcome.NOT_EVALUABLE),
        tuple("ACCT-001", Outcome.NOT_EVALUABLE),
        tuple("ACCT-002", Outcome.NOT_EVALUABLE),
        tuple("ACCT-003", Outcome.NOT_EVALUABLE),
        tuple("ACCT-004", Outcome.NOT_EVALUABLE),
        tuple("ACCT-005", Outcome.PASS),
        tuple("ACCT-006", Outcome.NOT_EVALUABLE),
        tuple("ACCT-007", Outcome.NOT_EVALUABLE),
        tuple("ACCT-008", Outcome.NOT_EVALUABLE),
        tuple("ACCT-009", Outcome.FAIL),
        tuple("IDEN-001", Outcome.FAIL),
        tuple("IDEN-002", Outcome.FAIL),
        tuple("IDEN-003", Outcome.FAIL),
        tuple("IDEN-004", Outcome.NOT_EVALUABLE),
        tuple("IDEN-005", Outcome.NOT_EVALUABLE),
        tuple("IDEN-006", Outcome.NOT_EVALUABLE),
        tuple("IDEN-007", Outcome.NOT_EVALUABLE),
        tuple("IDEN-008", Outcome.NOT_EVALUABLE),
        tuple("IDEN-009", Outcome.NOT_EVALUABLE),
        tuple("CONF-001", Outcome.NOT_EVALUABLE),
        tuple("CONF-002", Outcome.NOT_EVALUABLE),
        tuple("CONF-003", Outcome.NOT_EVALUABLE),
        tuple("CONF-004", Outcome.PASS),
        tuple("CONF-005", Outcome.NOT_EVALUABLE),
        tuple("CONF-006", Outcome.NOT_EVALUABLE),
        tuple("CONF-007", Outcome.NOT_EVALUABLE),
        tuple("CONF-008", Outcome.NOT_EVALUABLE),
        tuple("CONF-009", Outcome.NOT_EVALUABLE),
        tuple("DATA-001", Outcome.FAIL),
        tuple("DATA-002", Outcome.PASS),
        tuple("DATA-003", Outcome.FAIL),
        tuple("DATA-004", Outcome.NOT_EVALUABLE),
        tuple("DATA-005", Outcome.FAIL),
        tuple("DATA-006", Outcome.PASS));
    assertThat(report.countAtLeast(Severity.CRITICAL)).isEqualTo(1);
  }

  @Test
  void anOrganisationsRulesRunBesideTheBuiltInOnesAndABrokenFileIsLeftOut() throws Exception {
    Path folder = Path.of("src/test/resources/org-rules");
    RuleBase ruleBase = RuleBase.load(List.of(folder));

    assertThat(ruleBase.problems()).hasSize(3);
    RuleProblem clash = ruleBase.problems().get(2);
    assertThat(clash.file()).isEqualTo(folder.resolve("broken/clash.drl").toString());
    assertThat(clash.message()).isEqualTo("id COORD-001 is already used by another rule; ids are never reused");
    RuleProblem thrown = ruleBase.problems().get(1);
    assertThat(thrown.file()).isEqualTo(folder.resolve("broken/ORG-003-annotation-drools-misreads.drl").toString());
    assertThat(thrown.message()).startsWith("Drools could not compile it: NoSuchMethodException: ");
    RuleProblem problem = ruleBase.problems().get(0);
    assertThat(problem.file()).isEqualTo(folder.resolve("broken/ORG-002-typo.drl").toString());
    assertThat(problem.line()).isEqualTo(15);
    assertThat(problem.rule()).isEqualTo("ORG-002 Typo in a field name");
    assertThat(problem.message()).contains("asignee");
    assertThat(ruleBase.catalogue().contains("ORG-002")).isFalse();
    assertThat(ruleBase.version()).endsWith("+organisation");
    assertThat(RuleDocs.find(ruleBase.catalogue().get("ORG-001"), List.of(folder)))
        .contains(new RuleDocs.Doc(folder.resolve("good/ORG-001.md").toString(),
            Files.readString(folder.resolve("good/ORG-001.md"))));

    Report report = MutualityEngine.create(ruleBase, Configuration.defaults()).audit(snapshot(), AS_OF);
    assertThat(report.findings()).extracting(ReportFinding::ruleId, f -> f.subject().toString(), ReportFinding::message)
        .contains(
            tuple("ORG-001", "issue PORT-2", "PORT-2 is a steering item that no partner owns"),
            tuple("IDEN-001", "project PORT", "Portal partnership shows a system avatar, not a logo of the partnership"));
  }

  @Test
  void oneEngineAuditsSeveralSnapshotsAtOnce() throws Exception {
    MutualityEngine engine = MutualityEngine.create(Configuration.defaults());
    Report alone = engine.audit(snapshot(), AS_OF);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Report>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> engine.audit(snapshot(), AS_OF)));
      }
      for (java.util.concurrent.Future<Report> future : futures) {
        assertThat(future.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anActiveWaiverWinsOverAnExpiredOneForTheSameFinding() throws Exception {
    Configuration config = Configuration.load(new java.io.ByteArrayInputStream("""
        waivers:
          - {rule: IDEN-001, subject: PORT, reason: Old, approver: Ana, expires: 2026-01-31}
          - {rule: IDEN-001, subject: PORT, reason: Renewed, approver: Ben, expires: 2027-01-31}
          - {rule: IDEN-001, subject: PORT, reason: First, approver: Cai, expires: 2026-12-31}
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "mutuality.yml");
    Report report = MutualityEngine.create(config).audit(snapshot(), AS_OF);
    ReportFinding logo = report.findings().stream().filter(f -> f.ruleId().equals("IDEN-001")).findFirst()
        .orElseThrow();
    assertThat(logo.waiver().reason()).isEqualTo("Renewed");
    assertThat(logo.isWaived()).isTrue();
  }
}
