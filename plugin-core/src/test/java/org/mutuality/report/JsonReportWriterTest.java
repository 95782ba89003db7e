package org.mutuality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutuality.report.ReportFixture.evidence;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;

class JsonReportWriterTest {
  private final JsonReportWriter writer = new JsonReportWriter();

  @Test
  void writesTheContractFieldByField() {
    Subject pair = new Subject(SubjectType.PARTNER_PAIR, "coop+roastery", "Cooperative and Roastery");
    ReportFinding finding = new ReportFinding("COORD-001", Key.COORDINATION, Severity.MAJOR, pair,
        "Roastery did 86% of the shared work.",
        evidence("issues", List.of("COF-1", "COF-2"), "topShare", 0.86, "late", true,
            "byPartner", Map.of("coop", 3)),
        "c00d0010e5a7f214", "Share the work.",
        new AppliedWaiver("Harvest", "Ana Silva", LocalDate.parse("2025-02-28"), WaiverStatus.EXPIRED));
    List<RuleResult> rules = List.of(
        new RuleResult("COORD-001", Key.COORDINATION, "One partner does most of the work", Outcome.FAIL, 1),
        new RuleResult("COORD-002", Key.COORDINATION, "Shared work stalls", Outcome.NOT_EVALUABLE, 0),
        new RuleResult("COORD-003", Key.COORDINATION, "Hand-offs", Outcome.PASS, 0));
    Report report = new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T09:30:00Z"), "0.1.0", "COF",
        "Coffee for Tomorrow", "snapshot s.yml", List.of(finding),
        List.of(new NotEvaluableEntry("COORD-002", Key.COORDINATION,
            new Subject(SubjectType.PROJECT, "COF", "Coffee for Tomorrow"), "No sprints")),
        Scores.compute(List.of(finding), rules), rules);

    assertThat(writer.toJson(report)).isEqualTo("""
        {
          "schemaVersion": "2.0",
          "asOf": "2025-03-31T09:30:00Z",
          "ruleBaseVersion": "0.1.0",
          "partnership": {
            "id": "COF",
            "name": "Coffee for Tomorrow"
          },
          "source": "snapshot s.yml",
          "findings": [
            {
              "ruleId": "COORD-001",
              "key": "coordination",
              "severity": "major",
              "subject": {
                "type": "partner-pair",
                "id": "coop+roastery",
                "name": "Cooperative and Roastery"
              },
              "message": "Roastery did 86% of the shared work.",
              "evidence": {
                "issues": [
                  "COF-1",
                  "COF-2"
                ],
                "topShare": 0.86,
                "late": true,
                "byPartner": {
                  "coop": 3
                }
              },
              "fingerprint": "c00d0010e5a7f214",
              "remediation": "Share the work.",
              "waiver": {
                "reason": "Harvest",
                "approver": "Ana Silva",
                "expires": "2025-02-28",
                "status": "expired"
              }
            }
          ],
          "notEvaluable": [
            {
              "ruleId": "COORD-002",
              "key": "coordination",
              "subject": {
                "type": "project",
                "id": "COF",
                "name": "Coffee for Tomorrow"
              },
              "reason": "No sprints"
            }
          ],
          "scores": {
            "coordination": {
              "score": 90,
              "coverage": 0.667,
              "rules": 3,
              "evaluableRules": 2,
              "findings": [
                "c00d0010e5a7f214"
              ]
            },
            "accountability": {
              "score": null,
              "coverage": 0.0,
              "rules": 0,
              "evaluableRules": 0,
              "findings": []
            },
            "identity": {
              "score": null,
              "coverage": 0.0,
              "rules": 0,
              "evaluableRules": 0,
              "findings": []
            },
            "confidence": {
              "score": null,
              "coverage": 0.0,
              "rules": 0,
              "evaluableRules": 0,
              "findings": []
            }
          },
          "rules": [
            {
              "ruleId": "COORD-001",
              "key": "coordination",
              "name": "One partner does most of the work",
              "outcome": "fail",
              "findings": 1
            },
            {
              "ruleId": "COORD-002",
              "key": "coordination",
              "name": "Shared work stalls",
              "outcome": "not-evaluable",
              "findings": 0
            },
            {
              "ruleId": "COORD-003",
              "key": "coordination",
              "name": "Hand-offs",
              "outcome": "pass",
              "findings": 0
            }
          ]
        }
        """);
  }

  @Test
  void noWaiverIsNullAndNullEvidenceIsLeftOut() {
    Map<String, Object> evidence = evidence("count", 2, "missing", null, "ids", java.util.Arrays.asList("a", null));
    ReportFinding finding = new ReportFinding("IDEN-001", Key.IDENTITY, Severity.INFO,
        new Subject(SubjectType.PROJECT, "COF", null), "m", evidence, "fp", "r", null);
    Report report = new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T00:00:00Z"), "1", "COF", "C",
        "s", List.of(finding), List.of(), Map.of(), List.of());

    String json = writer.toJson(report);

    assertThat(json).contains("""
              "evidence": {
                "count": 2,
                "ids": [
                  "a"
                ]
              },
        """);
    assertThat(json).contains("      \"waiver\": null\n");
    assertThat(json).contains("""
            "name": "COF"
        """);
  }

  @Test
  void writeLeavesTheWriterOpenAndEqualsToJson() throws IOException {
    Report report = ReportFixture.coffee();
    boolean[] closed = {false};
    StringWriter out = new StringWriter() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    writer.write(report, out);

    assertThat(closed[0]).isFalse();
    assertThat(out.toString()).isEqualTo(writer.toJson(report));
  }
}
