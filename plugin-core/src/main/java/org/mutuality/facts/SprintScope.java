package org.mutuality.facts;

/**
 * A work item that was in a closed sprint at the sprint's start: part of what the sprint committed to. Read
 * from the item's sprint history (the last sprint change at or before the start, else the value before the
 * first change after it), or from its current sprints when its sprint never changed; an item created after
 * the start was added later and is not part of the commitment.
 *
 * <p>{@code done} says whether the item was done by the sprint's planned end: its last status change at or
 * before the end moved it into the done category or, when its status never changed by then, it was resolved by
 * then.
 *
 * @param iterationId the closed sprint
 * @param itemKey the work item
 * @param partnerId the partner owning the work item, {@code null} when none
 * @param done whether it was done by the sprint's planned end
 */
public record SprintScope(String iterationId, String itemKey, String partnerId, boolean done) {}
