package org.mutuality.facts;

import java.time.Instant;
import org.mutuality.model.WorkItem;

/**
 * A work item handed from one partner to another and not taken up yet: the latest assignee change of an open
 * item, made by a person of one partner, assigns it to a person of another, who has not acted on the item since
 * (no status change, comment or worklog). Both people are mapped and neither is a bot; a change whose author and
 * new assignee belong to the same partner is no hand-over between partners.
 *
 * @param itemKey the work item
 * @param transitionId the id of the assignee change in the item's history
 * @param sequence the change's place in the item's history ({@link org.mutuality.model.Transition#sequence()}),
 *     which orders changes made at the same instant
 * @param byMember who made the change
 * @param byPartner that person's partner
 * @param toMember the new assignee
 * @param toPartner the new assignee's partner, never {@code byPartner}
 * @param at when the change was made
 * @param item the work item, as it is at the audit's instant
 */
public record HandOver(
    String itemKey, String transitionId, long sequence, String byMember, String byPartner, String toMember, String toPartner,
    Instant at, WorkItem item) {}
