package org.mutuality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutuality.report.ReportFixture.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;

class ScoresTest {
  private static final AppliedWaiver ACTIVE =
      new AppliedWaiver("accepted", "Ana", LocalDate.parse("2025-12-31"), WaiverStatus.ACTIVE);
  private static final AppliedWaiver EXPIRED =
      new AppliedWaiver("accepted", "Ana", LocalDate.parse("2025-01-31"), WaiverStatus.EXPIRED);

  @Test
  void everyScoredKeyInKeyOrderAndNoDataKey() {
    Map<Key, KeyScore> scores = Scores.compute(List.of(), List.of());

    assertThat(scores.keySet())
        .containsExactly(Key.COORDINATION, Key.ACCOUNTABILITY, Key.IDENTITY, Key.CONFIDENCE);
    assertThat(scores.get(Key.IDENTITY)).isEqualTo(new KeyScore(Key.IDENTITY, null, 0.0, 0, 0, List.of()));
  }

  @Test
  void deductsTheWeightOfEachSeverity() {
    List<ReportFinding> findings = List.of(
        finding("COORD-001", Severity.CRITICAL, issue("COF-1"), "fp-crit", null),
        finding("COORD-002", Severity.MAJOR, issue("COF-2"), "fp-major", null),
        finding("COORD-003", Severity.MINOR, issue("COF-3"), "fp-minor", null),
        finding("COORD-004", Severity.INFO, issue("COF-4"), "fp-info", null));

    KeyScore score = Scores.compute(findings, List.of()).get(Key.COORDINATION);

    assertThat(score.score()).isEqualTo(100 - 25 - 10 - 4);
    assertThat(score.fingerprints()).containsExactly("fp-crit", "fp-major", "fp-minor");
  }

  @Test
  void capsEachRuleAtTwiceItsHeaviestWeight() {
    List<ReportFinding> findings = List.of(
        // three majors: 30, capped at 20
        finding("ACCT-001", Severity.MAJOR, issue("COF-1"), "a1", null),
        finding("ACCT-001", Severity.MAJOR, issue("COF-2"), "a2", null),
        finding("ACCT-001", Severity.MAJOR, issue("COF-3"), "a3", null),
        // five minors: 20, capped at 8
        finding("ACCT-002", Severity.MINOR, issue("COF-1"), "b1", null),
        finding("ACCT-002", Severity.MINOR, issue("COF-2"), "b2", null),
        finding("ACCT-002", Severity.MINOR, issue("COF-3"), "b3", null),
        finding("ACCT-002", Severity.MINOR, issue("COF-4"), "b4", null),
        finding("ACCT-002", Severity.MINOR, issue("COF-5"), "b5", null),
        // one major and one minor: 14, under the cap of 20
        finding("ACCT-003", Severity.MAJOR, issue("COF-1"), "c1", null),
        finding("ACCT-003", Severity.MINOR, issue("COF-2"), "c2", null));

    KeyScore score = Scores.compute(findings, List.of()).get(Key.ACCOUNTABILITY);

    assertThat(score.score()).isEqualTo(100 - 20 - 8 - 14);
    assertThat(score.fingerprints()).containsExactly("a1", "a2", "a3", "c1", "b1", "b2", "b3", "b4", "b5", "c2");
  }

  @Test
  void neverBelowZero() {
    List<ReportFinding> findings = new ArrayList<>();
    for (int rule = 1; rule <= 5; rule++) {
      findings.add(finding("CONF-00" + rule, Severity.CRITICAL, issue("COF-1"), "x" + rule, null));
    }

    assertThat(Scores.compute(findings, List.of()).get(Key.CONFIDENCE).score()).isZero();
  }

  @Test
  void activeWaiversDoNotCountButExpiredOnesDo() {
    List<ReportFinding> findings = List.of(
        finding("IDEN-001", Severity.CRITICAL, project(), "waived", ACTIVE),
        finding("IDEN-002", Severity.MAJOR, project(), "expired", EXPIRED));

    KeyScore score = Scores.compute(findings, List.of()).get(Key.IDENTITY);

    assertThat(score.score()).isEqualTo(90);
    assertThat(score.fingerprints()).containsExactly("expired");
  }

  @Test
  void shadowFindingsDoNotCountInScoresNorForFailOn() {
    ReportFinding shadow = new ReportFinding("IDEN-001", Key.IDENTITY, Severity.CRITICAL, project(), "message",
        evidence(), "shadow", "remediation", null, true);
    List<ReportFinding> findings = List.of(shadow,
        finding("IDEN-002", Severity.MAJOR, project(), "counted", null));

    KeyScore score = Scores.compute(findings, List.of()).get(Key.IDENTITY);

    assertThat(score.score()).isEqualTo(90);
    assertThat(score.fingerprints()).containsExactly("counted");
    assertThat(shadow.isCounted()).isFalse();
    assertThat(shadow.isWaived()).isFalse();
  }

  @Test
  void aWaivedFindingDoesNotRaiseTheCapOfItsRule() {
    List<ReportFinding> findings = List.of(
        finding("COORD-001", Severity.CRITICAL, issue("COF-1"), "waived", ACTIVE),
        finding("COORD-001", Severity.MINOR, issue("COF-2"), "m1", null),
        finding("COORD-001", Severity.MINOR, issue("COF-3"), "m2", null),
        finding("COORD-001", Severity.MINOR, issue("COF-4"), "m3", null));

    assertThat(Scores.compute(findings, List.of()).get(Key.COORDINATION).score()).isEqualTo(92);
  }

  @Test
  void contributingFindingsAreOrderedBySeverityThenRuleThenSubject() {
    Subject partner = new Subject(SubjectType.PARTNER, "coop", "Cooperative");
    List<ReportFinding> findings = List.of(
        finding("COORD-009", Severity.MINOR, issue("COF-2"), "minor-9-issue2", null),
        finding("COORD-002", Severity.MINOR, issue("COF-9"), "minor-2-issue9", null),
        finding("COORD-002", Severity.MINOR, partner, "minor-2-partner", null),
        finding("COORD-009", Severity.MAJOR, issue("COF-1"), "major-9", null),
        finding("COORD-002", Severity.INFO, issue("COF-1"), "info", null));

    assertThat(Scores.compute(findings, List.of()).get(Key.COORDINATION).fingerprints())
        .containsExactly("major-9", "minor-2-partner", "minor-2-issue9", "minor-9-issue2");
  }

  @Test
  void coverageCountsFailAndPassOverAllRulesOfTheKeyDisabledOnesIncluded() {
    List<RuleResult> rules = List.of(
        rule("CONF-001", Outcome.FAIL),
        rule("CONF-002", Outcome.PASS),
        rule("CONF-003", Outcome.NOT_EVALUABLE),
        rule("CONF-004", Outcome.DISABLED),
        new RuleResult("COORD-001", Key.COORDINATION, "other key", Outcome.NOT_EVALUABLE, 0));

    Map<Key, KeyScore> scores = Scores.compute(List.of(), rules);

    // RULES.md: evaluable ÷ all rules in the key; the disabled CONF-004 judged nothing.
    assertThat(scores.get(Key.CONFIDENCE)).isEqualTo(new KeyScore(Key.CONFIDENCE, 100, 2.0 / 4, 4, 2, List.of()));
    assertThat(scores.get(Key.COORDINATION)).isEqualTo(new KeyScore(Key.COORDINATION, null, 0.0, 1, 0, List.of()));
    assertThat(scores.get(Key.ACCOUNTABILITY)).isEqualTo(new KeyScore(Key.ACCOUNTABILITY, null, 0.0, 0, 0, List.of()));
  }

  @Test
  void dataFindingsAndOtherKeysDoNotCount() {
    List<ReportFinding> findings = List.of(
        new ReportFinding("DATA-001", Key.DATA, Severity.CRITICAL, project(), "too few partners",
            evidence(), "data", "map people", null),
        finding("COORD-001", Severity.MAJOR, issue("COF-1"), "coord", null));

    Map<Key, KeyScore> scores = Scores.compute(findings, List.of());

    assertThat(scores.get(Key.COORDINATION).score()).isEqualTo(90);
    // Keys without findings or any rule that could judge get no score at all.
    assertThat(scores.get(Key.ACCOUNTABILITY).score()).isNull();
    assertThat(scores.get(Key.IDENTITY).score()).isNull();
    assertThat(scores.get(Key.CONFIDENCE).score()).isNull();
  }

  @Test
  void theCoffeeReport() {
    Map<Key, KeyScore> scores = ReportFixture.coffee().scores();

    assertThat(scores.get(Key.COORDINATION)).isEqualTo(
        new KeyScore(Key.COORDINATION, 86, 1.0, 2, 2, List.of("c00d0010e5a7f214", "c00d00509a2b3c4d")));
    assertThat(scores.get(Key.ACCOUNTABILITY)).isEqualTo(
        new KeyScore(Key.ACCOUNTABILITY, 86, 1.0, 2, 2, List.of("a1c0e0010f3d9b72", "a1c0e0020b6c8d03")));
    // IDEN-002 is disabled: 1 of the 2 identity rules judged.
    assertThat(scores.get(Key.IDENTITY)).isEqualTo(new KeyScore(Key.IDENTITY, 100, 0.5, 2, 1, List.of()));
    assertThat(scores.get(Key.CONFIDENCE)).isEqualTo(
        new KeyScore(Key.CONFIDENCE, 96, 2.0 / 3, 3, 2, List.of("c0f00010d41e7a55")));
  }

  private static ReportFinding finding(
      String ruleId, Severity severity, Subject subject, String fingerprint, AppliedWaiver waiver) {
    return new ReportFinding(ruleId, Key.parse(ruleId.substring(0, ruleId.indexOf('-'))), severity, subject,
        "message", evidence(), fingerprint, "remediation", waiver);
  }

  private static RuleResult rule(String ruleId, Outcome outcome) {
    return new RuleResult(ruleId, Key.CONFIDENCE, ruleId, outcome, outcome == Outcome.FAIL ? 1 : 0);
  }

  private static Subject issue(String key) {
    return new Subject(SubjectType.ISSUE, key, key);
  }

  private static Subject project() {
    return new Subject(SubjectType.PROJECT, "COF", "Coffee for Tomorrow");
  }
}
