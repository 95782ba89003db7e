package org.mutuality.report;

import java.util.List;
import org.mutuality.engine.Key;

/**
 * The score of one key: 100 minus the weight of its unwaived findings (critical 25, major 10, minor 4,
 * info 0), each rule's deduction capped at twice its heaviest weight, never below 0.
 *
 * @param key the key
 * @param score 0 to 100, or {@code null} when no rule of the key could judge: no score is not a good score
 * @param coverage evaluable rules divided by all rules of the key, 0 to 1 (RULES.md: "evaluable ÷ all rules in
 *     the key"; a disabled rule judged nothing)
 * @param rules the key's rules in the rule base, enabled or not
 * @param evaluableRules rules whose outcome is FAIL or PASS: a finding, or every subject they looked at judged
 * @param fingerprints the findings that lowered the score
 */
public record KeyScore(Key key, Integer score, double coverage, int rules, int evaluableRules, List<String> fingerprints) {
  public KeyScore {
    fingerprints = List.copyOf(fingerprints);
  }
}
