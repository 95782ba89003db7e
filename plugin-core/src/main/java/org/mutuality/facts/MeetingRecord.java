package org.mutuality.facts;

import java.time.Instant;
import java.util.List;

/**
 * A work item a rule's own {@code meetingMarker} setting marks as a meeting record (its type or one of its
 * labels, any case), created by the audit's instant. Each meeting rule (CONF-005, CONF-006) has its own
 * setting, so the fact names the rule it was marked for.
 *
 * @param ruleId the rule whose setting marked it
 * @param itemKey the meeting record
 * @param created when it was created: when the meeting is taken to have been recorded
 * @param participants person ids in its participants field
 */
public record MeetingRecord(String ruleId, String itemKey, Instant created, List<String> participants) {
  public MeetingRecord {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
