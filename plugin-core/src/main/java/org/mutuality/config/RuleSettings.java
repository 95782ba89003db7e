package org.mutuality.config;

import java.util.Map;
import org.mutuality.engine.Severity;
import org.mutuality.io.Position;

/**
 * What {@code mutuality.yml} says about one rule.
 *
 * @param ruleId the rule
 * @param enabled whether it runs ({@code true} unless switched off)
 * @param shadow whether it runs in shadow: its findings are reported, marked as such, but are not acted on
 *     (no write-back into the tracker, no effect on {@code --fail-on}); for trying a new rule or threshold
 * @param severities severity overrides by tier name
 * @param params parameter overrides by name, as written
 * @param position where the rule's entry is, for messages
 */
public record RuleSettings(
    String ruleId, boolean enabled, boolean shadow, Map<String, Severity> severities, Map<String, String> params, Position position) {
  public RuleSettings {
    severities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(severities));
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
  }
}
