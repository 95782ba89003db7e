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
    AppliedWaiver waiver) {

  /** Whether an active waiver covers it, so it counts neither in scores nor for {@code --fail-on}. */
  public boolean isWaived() {
    return waiver != null && waiver.isActive();
  }
}
