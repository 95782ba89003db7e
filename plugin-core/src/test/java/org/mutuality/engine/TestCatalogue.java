package org.mutuality.engine;

import java.util.List;
import java.util.Map;

/** A catalogue built from metadata maps, as Drools would hand them over, without a rule base. */
public final class TestCatalogue {
  private TestCatalogue() {}

  public static RuleInfo rule(String id, String key, Map<String, Object> extra) {
    Map<String, Object> meta = new java.util.LinkedHashMap<>(Map.of(
        "id", id, "mutualityKey", key, "name", "Rule " + id, "scope", "project", "severity", "minor",
        "remediation", "Fix it."));
    meta.putAll(extra);
    return RuleInfo.fromMetadata(id + " Rule " + id, "org.mutuality.rules." + key, meta);
  }

  public static RuleCatalogue catalogue() {
    return new RuleCatalogue(List.of(
        rule("COORD-001", "coordination", Map.of(
            "severity", "major", "severity_elephant", "minor",
            "param_topShare", "ratio 0.8 | Top share",
            "param_elephantShare", "ratio 0.5 | Elephant share")),
        rule("COORD-005", "coordination", Map.of("param_maxInProgress", "count 3 | Most items in progress")),
        rule("ACCT-001", "accountability", Map.of("param_minRatio", "factor 2 | Times the others' rate")),
        rule("ACCT-007", "accountability", Map.of("param_decisionLabel", "text | Label of decision records")),
        rule("IDEN-001", "identity", Map.of())));
  }
}
