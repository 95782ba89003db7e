package org.mutuality.facts;

import java.time.Instant;
import java.util.List;

/**
 * One of the latest meeting records a rule looks at (CONF-006: the last 3 by default), latest first by
 * creation, then by key.
 *
 * @param ruleId the rule whose setting marked it
 * @param itemKey the meeting record
 * @param created when it was created
 * @param recency how many of the rule's meeting records are later: 0 for the latest
 * @param participants person ids in its participants field
 */
public record LatestMeeting(String ruleId, String itemKey, Instant created, long recency, List<String> participants) {
  public LatestMeeting {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
