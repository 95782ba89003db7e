package org.mutuality.facts;

import java.time.Instant;
import org.mutuality.model.WorkItem;

/**
 * A work item handed from one partner to another and not taken up yet: the latest assignee change of an open
 * item (of two at the same instant, the one recorded later), made by a person of one partner, assigns it to a
 * person of another, who has not acted on the item since (no status change, comment or worklog). Both people are
 * mapped and neither is a bot. ACCT-005 judges whether the new assignee has had long enough to act.
 *
 * @param itemKey the work item
 * @param transitionId the id of the assignee change in the item's history
 * @param byMember who made the change
 * @param byPartner that person's partner
 * @param toMember the new assignee
 * @param toPartner the new assignee's partner, never {@code byPartner}
 * @param at when the change was made
 * @param item the work item fact the hand-over was derived from
 */
public record PendingHandOver(
    String itemKey, String transitionId, String byMember, String byPartner, String toMember, String toPartner,
    Instant at, WorkItem item) {}
