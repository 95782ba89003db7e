package org.mutuality.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;

/**
 * A realistic report of the coffee partnership: every subject type, an active and an expired waiver, an
 * info finding, not-evaluable entries, every rule outcome, and indices computed from {@link IndexFixture}.
 */
final class ReportFixture {
  static final Subject PROJECT = new Subject(SubjectType.PROJECT, "COF", "Coffee for Tomorrow");
  static final Subject ROASTERY = new Subject(SubjectType.PARTNER, "roastery", "Roastery Nord");
  static final Subject COOP_ROASTERY =
      new Subject(SubjectType.PARTNER_PAIR, "coop+roastery", "Growers' Cooperative and Roastery Nord");
  static final Subject NGO_UNI = new Subject(SubjectType.PARTNER_PAIR, "ngo+uni", "Fair Cup and University");
  static final Subject BOT = new Subject(SubjectType.PERSON, "5b10ac8d82e05b22cc7d4ef5", "Sync Bot");
  static final Subject PRICING = new Subject(SubjectType.ISSUE, "COF-12", "Agree the pricing model");
  static final Subject HARVEST = new Subject(SubjectType.VERSION, "10001", "Harvest 1.0");
  static final Subject SPRINT = new Subject(SubjectType.SPRINT, "37", "Sprint 4");

  static final AppliedWaiver EXPIRED = new AppliedWaiver(
      "Harvest season | staff away", "Ana Silva", LocalDate.parse("2025-02-28"), WaiverStatus.EXPIRED);
  static final AppliedWaiver ACTIVE = new AppliedWaiver(
      "The description is kept on the partnership wiki", "Jonas Weber", LocalDate.parse("2025-12-31"),
      WaiverStatus.ACTIVE);

  private ReportFixture() {}

  static Report coffee() {
    List<ReportFinding> findings = List.of(
        finding("ACCT-001", Key.ACCOUNTABILITY, Severity.MAJOR, ROASTERY,
            "4 of 5 open issues assigned to Roastery Nord are overdue.",
            evidence("overdue", List.of("COF-3", "COF-4", "COF-7", "COF-9"), "assigned", 5, "rate", 0.8),
            "a1c0e0010f3d9b72", "Agree new due dates with Roastery Nord or reassign the work.", EXPIRED),
        finding("COORD-001", Key.COORDINATION, Severity.MAJOR, COOP_ROASTERY,
            "Roastery Nord did 86% of the work shared with Growers' Cooperative.",
            evidence("issues", List.of("COF-1", "COF-2"), "topShare", 0.86),
            "c00d0010e5a7f214", "Share the work on joint issues more evenly.", null),
        finding("ACCT-002", Key.ACCOUNTABILITY, Severity.MINOR, HARVEST,
            "Harvest 1.0 is 12 days past its release date with 3 open issues.",
            evidence("openIssues", List.of("COF-20", "COF-21", "COF-22"), "daysLate", 12,
                "releaseDate", "2025-03-19"),
            "a1c0e0020b6c8d03", "Move the release date or the open issues.", null),
        finding("CONF-001", Key.CONFIDENCE, Severity.MINOR, PRICING,
            "3 of 4 comments on COF-12 are visible to the Steering role only.",
            evidence("restrictedComments", 3, "comments", 4, "visibility", Map.of("role", "Steering")),
            "c0f00010d41e7a55", "Discuss in the open where you can; say why when you cannot.", null),
        finding("COORD-005", Key.COORDINATION, Severity.MINOR, SPRINT,
            "Sprint 4 carried 4 issues over from the previous sprint.",
            evidence("carriedOver", List.of("COF-30", "COF-31", "COF-32", "COF-33"), "pastDue", true),
            "c00d00509a2b3c4d", "Plan fewer issues per sprint.", null),
        finding("IDEN-001", Key.IDENTITY, Severity.MINOR, PROJECT,
            "The partnership has no description and no logo of its own.",
            evidence("descriptionLength", 0, "customLogo", false),
            "1de00010f00dcafe", "Describe the partnership's shared purpose in the project description.", ACTIVE),
        finding("DATA-006", Key.DATA, Severity.INFO, BOT,
            "Sync Bot is an app account; it is left out of all counts.",
            evidence("accountType", "app"),
            "da7a0060b0710001", "Nothing to do; map the account if it acts for a partner.", null));

    List<NotEvaluableEntry> notEvaluable = List.of(
        new NotEvaluableEntry("COORD-001", Key.COORDINATION, NGO_UNI,
            "DATA-003: fewer than 20 issues of Fair Cup and University were updated in the window"),
        new NotEvaluableEntry("CONF-002", Key.CONFIDENCE, PROJECT,
            "Setting rules.CONF-002.params.decisionLabel is not set.\nAdd it to mutuality.yml."));

    List<RuleResult> rules = List.of(
        new RuleResult("COORD-001", Key.COORDINATION, "One partner does most of the work", Outcome.FAIL, 1),
        new RuleResult("COORD-005", Key.COORDINATION, "Work carried over between sprints", Outcome.FAIL, 1),
        new RuleResult("ACCT-001", Key.ACCOUNTABILITY, "Partner overdue rate", Outcome.FAIL, 1),
        new RuleResult("ACCT-002", Key.ACCOUNTABILITY, "Milestones slipping", Outcome.FAIL, 1),
        new RuleResult("IDEN-001", Key.IDENTITY, "No shared identity", Outcome.FAIL, 1),
        new RuleResult("IDEN-002", Key.IDENTITY, "Partners not named", Outcome.DISABLED, 0),
        new RuleResult("CONF-001", Key.CONFIDENCE, "Discussion behind closed doors", Outcome.FAIL, 1),
        new RuleResult("CONF-002", Key.CONFIDENCE, "Decisions | not recorded", Outcome.NOT_EVALUABLE, 0),
        new RuleResult("CONF-003", Key.CONFIDENCE, "Questions left unanswered", Outcome.PASS, 0),
        new RuleResult("DATA-001", Key.DATA, "Partner mapping incomplete", Outcome.PASS, 0),
        new RuleResult("DATA-006", Key.DATA, "Bots and shared accounts", Outcome.FAIL, 1));

    Map<Key, KeyScore> scores = Scores.compute(findings, rules);
    return new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T00:00:00Z"), "0.1.0", "COF",
        "Coffee for Tomorrow", "snapshot examples/snapshot.yml", findings, notEvaluable, scores, rules,
        Indices.compute(IndexFixture.data(), scores, findings, rules));
  }

  static ReportFinding finding(String ruleId, Key key, Severity severity, Subject subject, String message,
      Map<String, Object> evidence, String fingerprint, String remediation, AppliedWaiver waiver) {
    return new ReportFinding(ruleId, key, severity, subject, message, evidence, fingerprint, remediation, waiver);
  }

  /** Evidence in the order given, as the engine keeps it. */
  static Map<String, Object> evidence(Object... namesAndValues) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      evidence.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return evidence;
  }
}
