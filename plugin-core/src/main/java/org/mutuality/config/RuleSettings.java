package org.mutuality.config;

import java.util.Map;
import org.mutuality.engine.Severity;
import org.mutuality.io.Position;

/**
 * What {@code mutuality.yml} says about one rule.
 *
 * @param ruleId the rule
 * @param enabled whether it runs ({@code true} unless switched off)
 * @param severities severity overrides by tier name
 * @param params parameter overrides by name, as written
 * @param position where the rule's entry is, for messages
 */
public record RuleSettings(
    String ruleId, boolean enabled, Map<String, Severity> severities, Map<String, String> params, Position position) {
  public RuleSettings {
    severities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(severities));
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
  }
}
