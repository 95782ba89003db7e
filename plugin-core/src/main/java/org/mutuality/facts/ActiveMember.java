package org.mutuality.facts;

/**
 * A person (not a bot) with activity in the audit window: a status transition, a comment or a worklog.
 *
 * @param memberId the person
 * @param partnerId the partner the person maps to, or {@code null} when unmapped
 */
public record ActiveMember(String memberId, String partnerId) {
  public boolean isMapped() {
    return partnerId != null;
  }
}
