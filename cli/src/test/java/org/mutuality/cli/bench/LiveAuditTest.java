package org.mutuality.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutuality.config.Configuration;
import org.mutuality.engine.LiveAudit;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.engine.RuleBase;
import org.mutuality.engine.SubjectType;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;

/**
 * A live audit that takes changes one at a time says what a batch audit of the same partnership says, after
 * every change: the same findings and "not evaluable" entries, and an update names exactly the issues whose
 * findings changed.
 */
class LiveAuditTest {
  private static MutualityEngine engine;

  @BeforeAll
  static void engine() throws Exception {
    String yaml = """
        rules:
          ACCT-007:
            params:
              decisionMarker: Decision
          ACCT-008:
            params:
              decisionMarker: Decision
        """;
    engine = MutualityEngine.create(RuleBase.builtIn(), Configuration.load(new ByteArrayInputStream(
        yaml.getBytes(StandardCharsets.UTF_8)), "(test)"));
  }

  @Test
  void everyChangeLeavesTheSessionAgreeingWithABatchAuditOfTheSameData() throws Exception {
    Snapshot snapshot = SyntheticPartnership.generate(300, 4, 4, 11);
    ItemChanges changes = new ItemChanges(snapshot, SyntheticPartnership.AS_OF, 5);
    try (LiveAudit live = engine.live(snapshot, SyntheticPartnership.AS_OF)) {
      Report before = engine.audit(live.snapshot(), live.asOf());
      assertThat(summary(live.report())).isEqualTo(summary(before));
      Map<String, Integer> kinds = new TreeMap<>();
      int issuesChanged = 0;
      int gated = 0;
      for (int i = 0; i < 40; i++) {
        ItemChanges.Change change = changes.next();
        kinds.merge(change.kind(), 1, Integer::sum);
        LiveAudit.Update update = change.deletes() ? live.remove(change.key()) : live.update(change.facts());
        assertThat(live.aggregatesStale()).isTrue();
        Report batch = engine.audit(live.snapshot(), live.asOf());
        LiveAudit.Update refresh = live.refresh();
        assertThat(live.aggregatesStale()).isFalse();

        assertThat(summary(live.report())).as("after %s of %s", change.kind(), change.key())
            .isEqualTo(summary(batch));
        Set<String> changed = changedIssues(before, batch);
        issuesChanged += changed.size();
        if (!refresh.gatesChanged()) {
          // The issues' findings do not rest on the partnership-wide figures, but for the DATA rules' gates.
          assertThat(refresh.issues()).as("issues changed by the refresh after %s", change.kind()).isEmpty();
        }
        Set<String> told = new TreeSet<>(update.issues());
        told.addAll(refresh.issues());
        assertThat(told).as("issues changed by %s of %s", change.kind(), change.key()).isEqualTo(changed);
        assertThat(live.findings(told)).isEqualTo(issueFindings(batch, told));
        gated += update.gatesChanged() || refresh.gatesChanged() ? 1 : 0;
        before = batch;
      }
      assertThat(kinds.keySet()).contains("comment", "reassign", "move", "worklog", "create");
      assertThat(issuesChanged).as("issues whose findings the changes changed").isGreaterThan(3);
      assertThat(gated).as("changes that changed a DATA rule's findings").isLessThan(10);
    }
  }

  @Test
  void movingTheInstantForwardCountsTheActivitySinceAndAgreesWithABatchAuditThen() throws Exception {
    Snapshot snapshot = SyntheticPartnership.generate(300, 4, 4, 13);
    java.time.Instant earlier = SyntheticPartnership.AS_OF.minus(java.time.Duration.ofDays(2));
    ItemChanges changes = new ItemChanges(snapshot, SyntheticPartnership.AS_OF, 9);
    try (LiveAudit live = engine.live(snapshot, earlier)) {
      for (int i = 0; i < 30; i++) {
        ItemChanges.Change change = changes.next();
        if (change.deletes()) {
          live.remove(change.key());
        } else {
          live.update(change.facts());
        }
      }
      Report before = engine.audit(live.snapshot(), earlier);
      assertThat(summary(live.report())).isEqualTo(summary(before));

      LiveAudit.Update update = live.advance(SyntheticPartnership.AS_OF);
      Report after = engine.audit(live.snapshot(), SyntheticPartnership.AS_OF);
      assertThat(live.asOf()).isEqualTo(SyntheticPartnership.AS_OF);
      assertThat(summary(live.report())).isEqualTo(summary(after));
      Set<String> changed = changedIssues(before, after);
      assertThat(changed).as("issues whose findings two days changed").hasSizeGreaterThan(5);
      assertThat(update.issues()).isEqualTo(changed);
      assertThat(live.findings(changed)).isEqualTo(issueFindings(after, changed));
      assertThat(live.advance(earlier).issues()).as("going back does nothing").isEmpty();
      assertThat(live.asOf()).isEqualTo(SyntheticPartnership.AS_OF);
    }
  }

  @Test
  void removingAnUnknownItemChangesNothing() throws Exception {
    Snapshot snapshot = SyntheticPartnership.generate(50, 2, 2, 3);
    try (LiveAudit live = engine.live(snapshot, SyntheticPartnership.AS_OF)) {
      LiveAudit.Update update = live.remove("NOPE-1");
      assertThat(update).isEqualTo(new LiveAudit.Update("NOPE-1", Set.of(), false, false, 0));
      assertThat(live.size()).isEqualTo(50);
    }
  }

  /** Findings and "not evaluable" entries as comparable lines: rule, subject, severity, message, evidence. */
  private static List<String> summary(Report report) {
    List<String> lines = new java.util.ArrayList<>();
    report.findings().forEach(f -> lines.add(f.ruleId() + " " + f.subject() + " " + f.severity() + " " + f.message()
        + " " + f.evidence()));
    report.notEvaluable().forEach(n -> lines.add("NE " + n.ruleId() + " " + n.subject() + " " + n.reason()));
    report.rules().forEach(r -> lines.add("R " + r.ruleId() + " " + r.outcome() + " " + r.findings()));
    return lines;
  }

  private static Set<String> changedIssues(Report before, Report after) {
    Map<String, Set<String>> a = byIssue(before);
    Map<String, Set<String>> b = byIssue(after);
    Set<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys.stream().filter(k -> !a.getOrDefault(k, Set.of()).equals(b.getOrDefault(k, Set.of())))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, Set<String>> byIssue(Report report) {
    return report.findings().stream().filter(f -> f.subject().type() == SubjectType.ISSUE)
        .collect(Collectors.groupingBy(f -> f.subject().id(), Collectors.mapping(
            f -> f.ruleId() + " " + f.severity() + " " + f.message() + " " + f.evidence(), Collectors.toSet())));
  }

  private static List<ReportFinding> issueFindings(Report report, Set<String> issues) {
    return report.findings().stream().filter(f -> f.subject().type() == SubjectType.ISSUE
        && issues.contains(f.subject().id()))
        .sorted(java.util.Comparator.comparing((ReportFinding f) -> f.subject().id()))
        .toList();
  }
}
