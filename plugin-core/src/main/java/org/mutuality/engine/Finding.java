package org.mutuality.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule's conclusion that a subject fails it: the logical fact a finding rule inserts. It retracts itself
 * when its cause goes away. Severity, fingerprint, waiver and remediation are added by the engine from
 * the rule's metadata and the configuration, so a rule states only what it saw.
 *
 * @param ruleId the rule that fired
 * @param tier which of the rule's tiers fired ({@link RuleInfo#BASE_TIER} for single-tier rules)
 * @param subject what the finding is about
 * @param message one sentence a project manager can act on; never the text of a restricted comment
 * @param evidence the keys, ids and figures that made the rule fire, in the order the rule added them
 */
public record Finding(String ruleId, String tier, Subject subject, String message, Map<String, Object> evidence) {
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  /** Builds a finding in a rule's consequence; start from {@link RuleConfig#finding(Subject)}. */
  public static final class Builder {
    private final String ruleId;
    private final Subject subject;
    private final Map<String, Object> evidence = new LinkedHashMap<>();
    private String tier = RuleInfo.BASE_TIER;

    Builder(String ruleId, Subject subject) {
      this.ruleId = ruleId;
      this.subject = subject;
    }

    /** Selects the tier that fired; defaults to {@link RuleInfo#BASE_TIER}. */
    public Builder tier(String name) {
      this.tier = Objects.requireNonNull(name, "tier");
      return this;
    }

    /**
     * Adds evidence: a figure, an id, or a collection of ids (copied, sorted when they are strings, so the
     * same cause always gives the same evidence).
     */
    public Builder evidence(String name, Object value) {
      evidence.put(name, normalise(value));
      return this;
    }

    /** Finishes the finding with its message, formatted like {@link String#format}. */
    public Finding message(String format, Object... args) {
      return new Finding(ruleId, tier, subject, String.format(java.util.Locale.ROOT, format, args), evidence);
    }

    private static Object normalise(Object value) {
      if (value instanceof Collection<?> collection) {
        List<Object> copy = new java.util.ArrayList<>(collection);
        if (copy.stream().allMatch(String.class::isInstance)) {
          copy.sort(null);
        }
        return List.copyOf(copy);
      }
      if (value instanceof Map<?, ?> map) {
        return Collections.unmodifiableMap(new java.util.TreeMap<>(map));
      }
      return value;
    }
  }
}
