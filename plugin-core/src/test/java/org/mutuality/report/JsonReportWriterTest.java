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
    Map<Key, KeyScore> scores = Scores.compute(List.of(finding), rules);
    Report report = new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T09:30:00Z"), "0.1.0", "COF",
        "Coffee for Tomorrow", "snapshot s.yml", List.of(finding),
        List.of(new NotEvaluableEntry("COORD-002", Key.COORDINATION,
            new Subject(SubjectType.PROJECT, "COF", "Coffee for Tomorrow"), "No sprints")),
        scores, rules, Indices.compute(IndexFixture.empty(), scores, List.of(finding), rules));

    assertThat(writer.toJson(report)).isEqualTo("""
        {
          "schemaVersion": "2.1",
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
          "indices": {
            "mutuality": {
              "index": null,
              "reason": "no score for accountability, identity, confidence: no rule of those keys could judge",
              "keyScores": {
                "coordination": 90,
                "accountability": null,
                "identity": null,
                "confidence": null
              },
              "findings": [
                "c00d0010e5a7f214"
              ]
            },
            "partnerBalance": {
              "dimensions": {
                "resolved": {
                  "index": null,
                  "reason": "no work item was resolved by a person mapped to a partner in the window",
                  "partners": null,
                  "total": null,
                  "herfindahl": null,
                  "normalised": null,
                  "shares": []
                },
                "hours": {
                  "index": null,
                  "reason": "no hours were logged by a person mapped to a partner in the window",
                  "partners": null,
                  "total": null,
                  "herfindahl": null,
                  "normalised": null,
                  "shares": []
                },
                "comments": {
                  "index": null,
                  "reason": "no comment was written by a person mapped to a partner in the window",
                  "partners": null,
                  "total": null,
                  "herfindahl": null,
                  "normalised": null,
                  "shares": []
                },
                "responses": {
                  "index": null,
                  "reason": "no partner answered on a work item of another partner created in the window",
                  "partners": null,
                  "total": null,
                  "herfindahl": null,
                  "normalised": null,
                  "shares": []
                }
              },
              "rules": [
                "COORD-001",
                "COORD-002"
              ],
              "findings": [
                "c00d0010e5a7f214"
              ]
            },
            "transparency": {
              "index": null,
              "reason": "visibility cannot be computed: no comment was written and no work was logged in the window; document access cannot be computed: set rules.CONF-003.params.documentRoles in mutuality.yml (The project roles that grant access to the partnership's documents, comma-separated)",
              "visibility": {
                "share": null,
                "reason": "no comment was written and no work was logged in the window",
                "comments": 0,
                "visibleComments": 0,
                "worklogs": 0,
                "visibleWorklogs": 0,
                "restrictions": []
              },
              "access": {
                "share": null,
                "reason": "set rules.CONF-003.params.documentRoles in mutuality.yml (The project roles that grant access to the partnership's documents, comma-separated)",
                "setting": "rules.CONF-003.params.documentRoles",
                "roles": [],
                "partners": []
              },
              "rules": [],
              "findings": []
            },
            "reciprocity": {
              "index": null,
              "reason": "no partner answered on a work item of another partner created in the window",
              "thresholdHours": 72.0,
              "partners": [],
              "cells": [],
              "cellsCounted": 0,
              "cellsWithin": 0,
              "rules": [],
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
  void writesTheIndicesWithTheFiguresBehindThem() {
    String json = writer.toJson(ReportFixture.coffee());
    String indices = json.substring(json.indexOf("  \"indices\": {"), json.indexOf("  \"rules\": [\n    {"));

    assertThat(indices).isEqualTo("""
          "indices": {
            "mutuality": {
              "index": 92,
              "reason": null,
              "keyScores": {
                "coordination": 86,
                "accountability": 86,
                "identity": 100,
                "confidence": 96
              },
              "findings": [
                "c00d0010e5a7f214",
                "c00d00509a2b3c4d",
                "a1c0e0010f3d9b72",
                "a1c0e0020b6c8d03",
                "c0f00010d41e7a55"
              ]
            },
            "partnerBalance": {
              "dimensions": {
                "resolved": {
                  "index": 93,
                  "reason": null,
                  "partners": 3,
                  "total": 10.0,
                  "herfindahl": 0.38,
                  "normalised": 0.07,
                  "shares": [
                    {
                      "partner": "coop",
                      "name": "Growers' Cooperative",
                      "amount": 5.0,
                      "share": 0.5
                    },
                    {
                      "partner": "roastery",
                      "name": "Roastery Nord",
                      "amount": 3.0,
                      "share": 0.3
                    },
                    {
                      "partner": "ngo",
                      "name": "Fair Cup",
                      "amount": 2.0,
                      "share": 0.2
                    }
                  ]
                },
                "hours": {
                  "index": 0,
                  "reason": null,
                  "partners": 3,
                  "total": 10.0,
                  "herfindahl": 1.0,
                  "normalised": 1.0,
                  "shares": [
                    {
                      "partner": "coop",
                      "name": "Growers' Cooperative",
                      "amount": 10.0,
                      "share": 1.0
                    },
                    {
                      "partner": "roastery",
                      "name": "Roastery Nord",
                      "amount": 0.0,
                      "share": 0.0
                    },
                    {
                      "partner": "ngo",
                      "name": "Fair Cup",
                      "amount": 0.0,
                      "share": 0.0
                    }
                  ]
                },
                "comments": {
                  "index": 75,
                  "reason": null,
                  "partners": 3,
                  "total": 4.0,
                  "herfindahl": 0.5,
                  "normalised": 0.25,
                  "shares": [
                    {
                      "partner": "coop",
                      "name": "Growers' Cooperative",
                      "amount": 2.0,
                      "share": 0.5
                    },
                    {
                      "partner": "roastery",
                      "name": "Roastery Nord",
                      "amount": 2.0,
                      "share": 0.5
                    },
                    {
                      "partner": "ngo",
                      "name": "Fair Cup",
                      "amount": 0.0,
                      "share": 0.0
                    }
                  ]
                },
                "responses": {
                  "index": 94,
                  "reason": null,
                  "partners": 3,
                  "total": 4.0,
                  "herfindahl": 0.375,
                  "normalised": 0.063,
                  "shares": [
                    {
                      "partner": "coop",
                      "name": "Growers' Cooperative",
                      "amount": 2.0,
                      "share": 0.5
                    },
                    {
                      "partner": "roastery",
                      "name": "Roastery Nord",
                      "amount": 1.0,
                      "share": 0.25
                    },
                    {
                      "partner": "ngo",
                      "name": "Fair Cup",
                      "amount": 1.0,
                      "share": 0.25
                    }
                  ]
                }
              },
              "rules": [
                "COORD-001",
                "DATA-001"
              ],
              "findings": [
                "c00d0010e5a7f214"
              ]
            },
            "transparency": {
              "index": 53,
              "reason": null,
              "visibility": {
                "share": 0.8,
                "reason": null,
                "comments": 8,
                "visibleComments": 7,
                "worklogs": 2,
                "visibleWorklogs": 1,
                "restrictions": [
                  {
                    "kind": "role",
                    "name": "Steering",
                    "comments": 1,
                    "worklogs": 0,
                    "excludedPartners": [
                      "ngo"
                    ]
                  },
                  {
                    "kind": "group",
                    "name": "coop-staff",
                    "comments": 0,
                    "worklogs": 1,
                    "excludedPartners": [
                      "roastery",
                      "ngo"
                    ]
                  }
                ]
              },
              "access": {
                "share": 0.667,
                "reason": null,
                "setting": "rules.CONF-003.params.documentRoles",
                "roles": [
                  "Documents",
                  "ADMINS"
                ],
                "partners": [
                  {
                    "partner": "coop",
                    "name": "Growers' Cooperative",
                    "members": [
                      "carla"
                    ]
                  },
                  {
                    "partner": "roastery",
                    "name": "Roastery Nord",
                    "members": [
                      "rob"
                    ]
                  },
                  {
                    "partner": "ngo",
                    "name": "Fair Cup",
                    "members": []
                  }
                ]
              },
              "rules": [
                "CONF-001",
                "CONF-002",
                "CONF-003"
              ],
              "findings": [
                "c0f00010d41e7a55"
              ]
            },
            "reciprocity": {
              "index": 67,
              "reason": null,
              "thresholdHours": 72.0,
              "partners": [
                {
                  "partner": "coop",
                  "name": "Growers' Cooperative"
                },
                {
                  "partner": "roastery",
                  "name": "Roastery Nord"
                },
                {
                  "partner": "ngo",
                  "name": "Fair Cup"
                }
              ],
              "cells": [
                {
                  "owner": "coop",
                  "responder": "roastery",
                  "responses": 1,
                  "medianHours": 80.0,
                  "within": false
                },
                {
                  "owner": "coop",
                  "responder": "ngo",
                  "responses": 1,
                  "medianHours": 72.0,
                  "within": true
                },
                {
                  "owner": "roastery",
                  "responder": "coop",
                  "responses": 2,
                  "medianHours": 55.0,
                  "within": true
                },
                {
                  "owner": "roastery",
                  "responder": "ngo",
                  "responses": 0,
                  "medianHours": null,
                  "within": null
                },
                {
                  "owner": "ngo",
                  "responder": "coop",
                  "responses": 0,
                  "medianHours": null,
                  "within": null
                },
                {
                  "owner": "ngo",
                  "responder": "roastery",
                  "responses": 0,
                  "medianHours": null,
                  "within": null
                }
              ],
              "cellsCounted": 3,
              "cellsWithin": 2,
              "rules": [
                "DATA-001"
              ],
              "findings": []
            }
          },
        """);
  }

  @Test
  void noWaiverIsNullAndNullEvidenceIsLeftOut() {
    Map<String, Object> evidence = evidence("count", 2, "missing", null, "ids", java.util.Arrays.asList("a", null));
    ReportFinding finding = new ReportFinding("IDEN-001", Key.IDENTITY, Severity.INFO,
        new Subject(SubjectType.PROJECT, "COF", null), "m", evidence, "fp", "r", null);
    Report report = new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T00:00:00Z"), "1", "COF", "C",
        "s", List.of(finding), List.of(), Map.of(), List.of(),
        Indices.compute(IndexFixture.empty(), Map.of(), List.of(finding), List.of()));

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
  void aShadowFindingSaysSoAndOthersLeaveTheFieldOut() {
    ReportFinding shadow = new ReportFinding("IDEN-001", Key.IDENTITY, Severity.INFO,
        new Subject(SubjectType.PROJECT, "COF", null), "m", Map.of(), "fp", "r", null, true);
    ReportFinding plain = new ReportFinding("IDEN-002", Key.IDENTITY, Severity.INFO,
        new Subject(SubjectType.PROJECT, "COF", null), "n", Map.of(), "fq", "r", null);
    Report report = new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T00:00:00Z"), "1", "COF", "C",
        "s", List.of(shadow, plain), List.of(), Map.of(), List.of(),
        Indices.compute(IndexFixture.empty(), Map.of(), List.of(shadow, plain), List.of()));

    String json = writer.toJson(report);

    assertThat(json).contains("      \"waiver\": null,\n      \"shadow\": true\n");
    assertThat(json).containsOnlyOnce("\"shadow\"");
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
