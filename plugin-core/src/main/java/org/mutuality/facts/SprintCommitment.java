package org.mutuality.facts;

import java.time.Instant;

/**
 * What a closed sprint committed to at its start and what of it was done by its end: its say/do ratio. Only
 * sprints with a committed scope have one.
 *
 * @param iterationId the closed sprint
 * @param name its display name, for messages
 * @param closedAt when it closed
 * @param recency how many sprints with a commitment closed after it: 0 for the latest, so "the last 4" are
 *     those with a recency below 4
 * @param committed work items in it at its start
 * @param done of those, work items done by its end
 */
public record SprintCommitment(
    String iterationId, String name, Instant closedAt, long recency, long committed, long done) {

  /** Done divided by committed, 0 to 1. */
  public double sayDo() {
    return committed == 0 ? 0 : (double) done / committed;
  }
}
