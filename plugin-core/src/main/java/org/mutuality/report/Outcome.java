package org.mutuality.report;

/** What a rule concluded about a subject (Checkov's PASSED / FAILED / UNKNOWN). */
public enum Outcome {
  /** The subject fails the rule: there is a finding. */
  FAIL,
  /** The data or the configuration cannot support a judgement; never counted as a pass. */
  NOT_EVALUABLE,
  /** The rule ran and found nothing. */
  PASS,
  /** The configuration switched the rule off. */
  DISABLED
}
