package org.mutuality.engine;

import java.util.Objects;

/**
 * A rule's statement that the data cannot support a judgement on a subject: the outcome is then
 * NOT_EVALUABLE, never PASS. Rules insert it logically; the engine adds the ones that follow from
 * configuration, data gaps and DATA rules.
 *
 * @param ruleId the rule that cannot judge
 * @param subject what it cannot judge
 * @param reason why, naming the missing data or setting
 */
public record NotEvaluable(String ruleId, Subject subject, String reason) {
  public NotEvaluable {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
  }
}
