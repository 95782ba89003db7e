package org.mutuality.facts;

/**
 * A work item of a closed sprint's committed scope ({@link SprintScope}) that was done by the sprint's planned
 * end: its last status change at or before the end moved it into the done category or, when its status
 * never changed by then, it was resolved by then.
 *
 * @param iterationId the closed sprint
 * @param itemKey the work item
 * @param partnerId the partner owning the work item, {@code null} when none
 */
public record SprintDone(String iterationId, String itemKey, String partnerId) {}
