package org.mutuality.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutuality.config.Configuration;
import org.mutuality.engine.Key;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.model.AccessKind;
import org.mutuality.report.KeyScore;
import org.mutuality.report.MarkdownReportWriter;
import org.mutuality.report.MutualityIndex;
import org.mutuality.report.PartnerBalance;
import org.mutuality.report.ReciprocityMatrix;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;
import org.mutuality.report.Transparency;
import org.mutuality.snapshot.SnapshotReader;

/**
 * The indices through the engine: a small partnership audited with the built-in rule base, whose derived
 * facts (active members, partner shares, first responses, exclusions) reach the indices through the rule
 * base's queries. Every figure is worked out in the comments.
 */
class IndicesAuditTest {
  private static final Instant AS_OF = Instant.parse("2026-11-20T09:00:00Z");

  // The window runs from 2026-08-22T09:00Z. Active: Carla (coop), Rob and Rita (roaster), Nora (ngo); Chris
  // (coop) has no activity, the bot does not count.
  // Resolved in the window, by the assignee (no assignee history): COF-1 Carla, COF-2 Rob.
  // Hours: Carla 6 + 2 (the restricted worklog counts: it was logged all the same), Rob 2.
  // Comments by mapped people: COF-1 Rob, Nora; COF-2 Carla, Rita; COF-3 Rob (the bot's does not count).
  // First answers (no reporters): COF-1 (coop's, 2026-11-02T10:00) Rob after 12 h, Nora after 96 h; COF-2
  // (roaster's, 2026-11-03T10:00) Carla after 24 h, Rita after 30 h (the roaster answering itself); COF-3
  // (ngo's, 2026-11-05T10:00) Rob after 100 h.
  // Restricted: Rita's comment to role "Roaster staff" (only the roaster's people hold it), Carla's 2 h to
  // group coop-staff (only the cooperative's).
  private static final String SNAPSHOT = """
      partnership: {id: COF, name: Coffee partnership}
      partners:
        - {id: coop, name: Growers' cooperative}
        - {id: roaster, name: Tostadores del Sur}
        - {id: ngo, name: Fundación Agua Viva}
      people:
        - {id: carla, name: Carla, partner: coop, groups: [coop-staff]}
        - {id: chris, name: Chris, partner: coop, groups: [coop-staff]}
        - {id: rita, name: Rita, partner: roaster, roles: [Roaster staff]}
        - {id: rob, name: Rob, partner: roaster, roles: [Roaster staff]}
        - {id: nora, name: Nora, partner: ngo}
        - {id: jirabot, name: Automation, partner: ngo, bot: true}
      workItems:
        - key: COF-1
          summary: Drying beds for the washed lot
          status: Done
          assignee: carla
          created: 2026-11-02T10:00:00Z
          resolved: 2026-11-10T10:00:00Z
          comments:
            - {id: "11", author: rob, created: 2026-11-02T22:00:00Z, body: We can lend two}
            - {id: "12", author: nora, created: 2026-11-06T10:00:00Z, body: Photos please}
          worklogs:
            - {author: carla, started: 2026-11-03T08:00:00Z, hours: 6}
            - {author: carla, started: 2026-11-04T08:00:00Z, hours: 2, visibility: {group: coop-staff}}
        - key: COF-2
          summary: Roast profile
          status: Done
          assignee: rob
          created: 2026-11-03T10:00:00Z
          resolved: 2026-11-12T10:00:00Z
          comments:
            - {id: "21", author: carla, created: 2026-11-04T10:00:00Z, body: Samples sent}
            - {id: "22", author: rita, created: 2026-11-04T16:00:00Z, visibility: {role: Roaster staff}, body: Price}
          worklogs:
            - {author: rob, started: 2026-11-05T08:00:00Z, hours: 2}
        - key: COF-3
          summary: Water quality survey
          status: In Progress
          assignee: nora
          created: 2026-11-05T10:00:00Z
          comments:
            - {id: "31", author: rob, created: 2026-11-09T14:00:00Z, body: Results attached}
            - {id: "32", author: jirabot, created: 2026-11-05T11:00:00Z, body: Synced}
      """;

  private static Report report;

  @BeforeAll
  static void audit() throws Exception {
    report = MutualityEngine.create(Configuration.defaults()).audit(SnapshotReader.read(
        new ByteArrayInputStream(SNAPSHOT.getBytes(StandardCharsets.UTF_8)), "indices.yml"), AS_OF);
  }

  @Test
  void partnerBalancePerDimension() {
    List<PartnerBalance.Dimension> dimensions = report.indices().partnerBalance().dimensions();

    assertThat(dimensions)
        .extracting(PartnerBalance.Dimension::dimension, PartnerBalance.Dimension::index,
            PartnerBalance.Dimension::partners, PartnerBalance.Dimension::total)
        .containsExactly(
            // 1 / 1 / 0: H = 0.5, H* = 0.25
            tuple("resolved", 75, 3, 2.0),
            // 8 / 2 / 0 h: H = 0.64 + 0.04 = 0.68, H* = (0.68 − 1/3) / (2/3) = 0.52
            tuple("hours", 48, 3, 10.0),
            // roaster 3, coop 1, ngo 1: H = 0.36 + 0.04 + 0.04 = 0.44, H* = 0.16
            tuple("comments", 84, 3, 5.0),
            // cross-partner first answers: roaster 2 (COF-1, COF-3), coop 1 (COF-2), ngo 1 (COF-1):
            // H = 0.25 + 0.0625 + 0.0625 = 0.375, H* = 0.0625
            tuple("responses", 94, 3, 4.0));
    assertThat(dimensions.get(2).shares()).extracting(s -> s.partner().id(), PartnerBalance.Share::share)
        .containsExactly(tuple("roaster", 0.6), tuple("coop", 0.2), tuple("ngo", 0.2));
    assertThat(dimensions.get(1).herfindahl()).isCloseTo(0.68, within(1e-9));
    assertThat(report.indices().partnerBalance().rules())
        .containsExactly("COORD-001", "COORD-002", "COORD-011", "ACCT-006", "DATA-001");
    assertThat(report.indices().partnerBalance().findings()).isEqualTo(fingerprints(PartnerBalance.RELATED_RULES));
  }

  @Test
  void reciprocityMatrix() {
    ReciprocityMatrix matrix = report.indices().reciprocity();

    assertThat(matrix.cells())
        .extracting(ReciprocityMatrix.Cell::owner, ReciprocityMatrix.Cell::responder, ReciprocityMatrix.Cell::responses,
            ReciprocityMatrix.Cell::medianHours)
        .containsExactly(
            tuple("coop", "roaster", 1, 12.0), tuple("coop", "ngo", 1, 96.0),
            tuple("roaster", "coop", 1, 24.0), tuple("roaster", "ngo", 0, null),
            tuple("ngo", "coop", 0, null), tuple("ngo", "roaster", 1, 100.0));
    // 12 h and 24 h are within 72 h, 96 h and 100 h are not: 2 of 4.
    assertThat(matrix.index()).isEqualTo(50);
    assertThat(matrix.findings()).isEqualTo(fingerprints(ReciprocityMatrix.RELATED_RULES));
    assertThat(new MarkdownReportWriter().toMarkdown(report)).contains("""
        | Work items of ↓, answered by → | `coop` | `roaster` | `ngo` |
        |---|---:|---:|---:|
        | Growers' cooperative (`coop`) | — | 12 h (1) | **96 h** (1) |
        | Tostadores del Sur (`roaster`) | 24 h (1) | — | none |
        | Fundación Agua Viva (`ngo`) | none | **100 h** (1) | — |
        """);
  }

  @Test
  void transparencyShowsVisibilityAndNamesTheMissingDocumentRoles() {
    Transparency transparency = report.indices().transparency();

    // Comments 5, Rita's hidden from coop and ngo: 4 visible. Worklogs 3, Carla's 2 h hidden from roaster and
    // ngo: 2 visible. 6 / 8.
    assertThat(transparency.visibility().share()).isEqualTo(0.75);
    assertThat(transparency.visibility().restrictions())
        .extracting(Transparency.HidingRestriction::kind, Transparency.HidingRestriction::name,
            Transparency.HidingRestriction::excludedPartners)
        .containsExactly(tuple(AccessKind.ROLE, "Roaster staff", List.of("coop", "ngo")),
            tuple(AccessKind.GROUP, "coop-staff", List.of("roaster", "ngo")));
    // Whether CONF-003 is in the rule base or not, its setting is not set here.
    assertThat(transparency.access().share()).isNull();
    assertThat(transparency.access().reason()).contains("rules.CONF-003.params.documentRoles");
    assertThat(transparency.index()).isNull();
    assertThat(transparency.reason()).startsWith("document access cannot be computed: ");
  }

  @Test
  void theMutualityIndexIsTheGeometricMeanOfTheReportsKeyScores() {
    MutualityIndex index = report.indices().mutuality();

    List<Integer> scores = report.scores().values().stream().map(KeyScore::score).toList();
    assertThat(index.keyScores()).containsOnlyKeys(Key.COORDINATION, Key.ACCOUNTABILITY, Key.IDENTITY, Key.CONFIDENCE);
    if (scores.contains(null)) {
      assertThat(index.index()).isNull();
      assertThat(index.reason()).startsWith("no score for ");
    } else {
      double product = scores.stream().mapToDouble(Integer::doubleValue).reduce(1, (a, b) -> a * b);
      assertThat(index.index()).isEqualTo((int) Math.round(Math.pow(product, 0.25)));
    }
  }

  private static List<String> fingerprints(List<String> rules) {
    return report.findings().stream().filter(f -> rules.contains(f.ruleId())).map(ReportFinding::fingerprint)
        .toList();
  }
}
