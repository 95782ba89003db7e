package org.mutuality.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;
import org.mutuality.io.Position;

/**
 * An accepted finding: the rule and subject it covers, why, who approved it and until when.
 *
 * @param ruleId the rule
 * @param subjectId the subject's id (partner id, person id, issue key…)
 * @param subjectType the subject's type, or {@code null} to match any type with that id
 * @param reason why it is accepted
 * @param approver who accepted it
 * @param expires the last day (UTC) on which it applies
 * @param position where it is written, for messages
 */
public record Waiver(
    String ruleId, String subjectId, SubjectType subjectType, String reason, String approver, LocalDate expires,
    Position position) {

  public boolean covers(String rule, Subject subject) {
    return ruleId.equals(rule) && subjectId.equals(subject.id())
        && (subjectType == null || subjectType == subject.type());
  }

  /** Whether the waiver has expired at the audit's instant: it applies through its expiry day. */
  public boolean isExpiredAt(Instant asOf) {
    return LocalDate.ofInstant(asOf, ZoneOffset.UTC).isAfter(expires);
  }
}
