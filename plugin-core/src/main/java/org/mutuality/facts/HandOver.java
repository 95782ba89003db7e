package org.mutuality.facts;

import java.time.Instant;

/**
 * A work item handed from one partner to another: an assignee change made by a person of one partner that
 * assigns the item to a person of another. Both people are mapped and neither is a bot; a change whose
 * author and new assignee belong to the same partner is no hand-over between partners.
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
 */
public record HandOver(
    String itemKey, String transitionId, long sequence, String byMember, String byPartner, String toMember, String toPartner,
    Instant at) {}
