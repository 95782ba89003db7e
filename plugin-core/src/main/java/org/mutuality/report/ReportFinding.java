package org.mutuality.report;

import java.util.Map;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;

/**
 * A finding as reported: the rule's conclusion with its severity, stable fingerprint, remediation and
 * waiver.
 *
 * @param ruleId the rule that fired
 * @param key the rule's key
 * @param severity the severity of the tier that fired, after configuration
 * @param subject what it is about
 * @param message what the rule saw
 * @param evidence the keys, ids and figures behind it
 * @param fingerprint stable identity across audits: a hash of the rule id and the subject
 * @param remediation what to do about it
 * @param waiver the waiver that matches it, or {@code null}
 * @param shadow whether its rule runs in shadow ({@code rules.<ID>.shadow: true}): reported, marked as shadow, but
 *     counted neither in the scores nor for {@code --fail-on}, and never written back into the tracker
 */
public record ReportFinding(
    String ruleId,
    Key key,
    Severity severity,
    Subject subject,
    String message,
    Map<String, Object> evidence,
    String fingerprint,
    String remediation,
    AppliedWaiver waiver,
    boolean shadow) {

  /** A finding of a rule that does not run in shadow. */
  public ReportFinding(String ruleId, Key key, Severity severity, Subject subject, String message,
      Map<String, Object> evidence, String fingerprint, String remediation, AppliedWaiver waiver) {
    this(ruleId, key, severity, subject, message, evidence, fingerprint, remediation, waiver, false);
  }

  /** Whether an active waiver covers it, so it counts neither in scores nor for {@code --fail-on}. */
  public boolean isWaived() {
    return waiver != null && waiver.isActive();
  }

  /**
   * Whether it counts in the scores and for {@code --fail-on}, and is written back into the tracker: neither waived
   * nor of a rule in shadow.
   */
  public boolean isCounted() {
    return !isWaived() && !shadow;
  }
}
