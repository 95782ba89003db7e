package org.mutuality.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutuality.engine.Key;

/**
 * The mutuality index (RULES.md, Indices 2): the geometric mean of the four key scores, so that one key
 * near zero drags it down however well the others do (the seed: the mechanisms "interact"). Not computed
 * when a key has no score, since no rule of it could judge: a missing key is not a perfect one.
 *
 * @param index 0 to 100, rounded half up; {@code null} when a key has no score
 * @param reason why there is no index, naming the keys without a score; {@code null} when there is one
 * @param keyScores the four key scores it was computed from, in {@link Key} order ({@code null} for a key
 *     without a score)
 * @param findings the findings behind those scores: each key's contributing fingerprints, in key order
 */
public record MutualityIndex(Integer index, String reason, Map<Key, Integer> keyScores, List<String> findings) {
  public MutualityIndex {
    Map<Key, Integer> copy = new EnumMap<>(Key.class);
    copy.putAll(keyScores);
    keyScores = Collections.unmodifiableMap(copy);
    findings = List.copyOf(findings);
  }

  /** The index of four key scores; a key missing from {@code scores} has no score. */
  public static MutualityIndex compute(Map<Key, KeyScore> scores) {
    Map<Key, Integer> used = new EnumMap<>(Key.class);
    Set<String> findings = new LinkedHashSet<>();
    List<String> unscored = new ArrayList<>();
    double logSum = 0;
    boolean zero = false;
    int keys = 0;
    for (Key key : Key.values()) {
      if (!key.isScored()) {
        continue;
      }
      keys++;
      KeyScore score = scores.get(key);
      Integer points = score == null ? null : score.score();
      used.put(key, points);
      if (score != null) {
        findings.addAll(score.fingerprints());
      }
      if (points == null) {
        unscored.add(key.label());
      } else if (points == 0) {
        zero = true;
      } else {
        logSum += Math.log(points);
      }
    }
    if (!unscored.isEmpty()) {
      return new MutualityIndex(null, "no score for " + String.join(", ", unscored)
          + ": no rule of " + (unscored.size() == 1 ? "that key" : "those keys") + " could judge",
          used, List.copyOf(findings));
    }
    double mean = zero ? 0 : Math.exp(logSum / keys);
    return new MutualityIndex(Indices.percent(mean), null, used, List.copyOf(findings));
  }
}
