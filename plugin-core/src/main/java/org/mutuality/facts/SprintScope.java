package org.mutuality.facts;

/**
 * A work item that was in a closed sprint at the sprint's start: part of what the sprint committed to. Read
 * from the item's sprint history (the last sprint change at or before the start, else the value before the
 * first change after it), or from its current sprints when its sprint never changed; an item created after
 * the start was added later and is not part of the commitment.
 *
 * @param iterationId the closed sprint
 * @param itemKey the work item
 * @param partnerId the partner owning the work item, {@code null} when none
 */
public record SprintScope(String iterationId, String itemKey, String partnerId) {}
