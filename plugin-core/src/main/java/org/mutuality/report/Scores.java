package org.mutuality.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;

/**
 * Computes the score of each key to mutuality from an audit's findings and rule outcomes.
 *
 * <p>Per scored key ({@link Key#isScored()}): 100 minus the weights of the key's unwaived findings
 * (critical 25, major 10, minor 4, info 0), where each rule's deduction is capped at twice the weight of
 * its heaviest finding, never below 0 (RULES.md: "each rule capped at twice its weight"; a rule with two
 * tiers weighs as its heaviest finding). A finding whose waiver has expired counts again. Coverage is, as
 * RULES.md defines it, evaluable rules ÷ all rules in the key: the share of the key's rules in the rule base
 * that could judge (outcome {@link Outcome#FAIL} or {@link Outcome#PASS}); a rule switched off
 * ({@link Outcome#DISABLED}) judged nothing, so it counts as not evaluable. A key where no rule could judge
 * has no score ({@code null}) and coverage 0.
 */
public final class Scores {
  /** Orders the findings behind a score: most severe first, then by rule id, then by subject. */
  static final Comparator<ReportFinding> CONTRIBUTION_ORDER = Comparator
      .comparing(ReportFinding::severity, Comparator.reverseOrder())
      .thenComparing(ReportFinding::ruleId)
      .thenComparing(ReportFinding::subject);

  private Scores() {}

  /** The points a finding of this severity takes off its key's score. */
  static int weight(Severity severity) {
    return switch (severity) {
      case CRITICAL -> 25;
      case MAJOR -> 10;
      case MINOR -> 4;
      case INFO -> 0;
    };
  }

  /**
   * Scores each of the four keys to mutuality.
   *
   * @param findings the audit's findings, waived or not, of every key
   * @param rules the outcome of every rule, of every key
   * @return one score per scored key, in {@link Key} order
   */
  public static Map<Key, KeyScore> compute(List<ReportFinding> findings, List<RuleResult> rules) {
    Map<Key, KeyScore> scores = new EnumMap<>(Key.class);
    for (Key key : Key.values()) {
      if (key.isScored()) {
        scores.put(key, score(key, findings, rules));
      }
    }
    return Collections.unmodifiableMap(scores);
  }

  private static KeyScore score(Key key, List<ReportFinding> findings, List<RuleResult> rules) {
    int all = 0;
    int evaluable = 0;
    for (RuleResult rule : rules) {
      if (rule.key() != key) {
        continue;
      }
      all++;
      if (rule.outcome() == Outcome.FAIL || rule.outcome() == Outcome.PASS) {
        evaluable++;
      }
    }

    Map<String, List<ReportFinding>> byRule = new LinkedHashMap<>();
    for (ReportFinding finding : findings) {
      if (finding.key() == key && finding.isCounted() && weight(finding.severity()) > 0) {
        byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
      }
    }
    int deduction = 0;
    List<ReportFinding> contributing = new ArrayList<>();
    for (List<ReportFinding> ruleFindings : byRule.values()) {
      int total = 0;
      int heaviest = 0;
      for (ReportFinding finding : ruleFindings) {
        int weight = weight(finding.severity());
        total += weight;
        heaviest = Math.max(heaviest, weight);
      }
      deduction += Math.min(total, 2 * heaviest);
      contributing.addAll(ruleFindings);
    }
    contributing.sort(CONTRIBUTION_ORDER);

    int score = Math.max(0, 100 - deduction);
    double coverage = all == 0 ? 0.0 : (double) evaluable / all;
    List<String> fingerprints = contributing.stream().map(ReportFinding::fingerprint).toList();
    // No rule of the key could judge and nothing was found: no score, rather than a perfect one.
    Integer shown = evaluable == 0 && contributing.isEmpty() ? null : score;
    return new KeyScore(key, shown, coverage, all, evaluable, fingerprints);
  }
}
