package org.mutuality.engine;

import java.util.Map;
import java.util.Objects;

/**
 * The fact that switches a rule on: one per enabled rule, holding its parameters (defaults from the rule's
 * metadata overlaid by {@code mutuality.yml}). Every rule binds its own, so a disabled rule cannot fire,
 * and reads its thresholds from it rather than burying them in the condition.
 */
public final class RuleConfig {
  private final String ruleId;
  private final Map<String, String> params;
  /** Numeric parameters parsed once: rules read them in constraints evaluated for every fact. */
  private final Map<String, Double> numbers;

  public RuleConfig(String ruleId, Map<String, String> params) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.params = Map.copyOf(params);
    Map<String, Double> parsed = new java.util.HashMap<>();
    params.forEach((name, value) -> {
      try {
        parsed.put(name, Double.valueOf(value));
      } catch (NumberFormatException e) {
        // a text parameter: number() will say so if a rule asks for it as a number
      }
    });
    this.numbers = Map.copyOf(parsed);
  }

  public String getRuleId() {
    return ruleId;
  }

  public Map<String, String> getParams() {
    return params;
  }

  /** A numeric parameter (ratio, count, days, hours). */
  public double number(String name) {
    Double value = numbers.get(name);
    return value != null ? value : Double.parseDouble(raw(name));
  }

  /** A whole-number parameter (count or days). */
  public int integer(String name) {
    return (int) Math.round(number(name));
  }

  /** A text parameter; empty when unset. */
  public String text(String name) {
    return raw(name);
  }

  /** Starts a finding of this rule on a subject. */
  public Finding.Builder finding(Subject subject) {
    return new Finding.Builder(ruleId, subject);
  }

  /** States that this rule cannot judge a subject, and why. */
  public NotEvaluable notEvaluable(Subject subject, String reason) {
    return new NotEvaluable(ruleId, subject, reason);
  }

  private String raw(String name) {
    String value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException(ruleId + " has no parameter '" + name + "'; it has " + params.keySet());
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleConfig other && ruleId.equals(other.ruleId) && params.equals(other.params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, params);
  }

  @Override
  public String toString() {
    return "RuleConfig[" + ruleId + " " + params + "]";
  }
}
