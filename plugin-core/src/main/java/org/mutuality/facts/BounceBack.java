package org.mutuality.facts;

import java.time.Instant;

/**
 * A work item completed by one partner's person and then moved out of Done by a person of another partner:
 * work bounced back across partners. The completion is the latest before the move out of Done. Both people
 * are mapped and not bots.
 *
 * @param itemKey the work item
 * @param resolverId who held it when it was completed
 * @param resolverPartner that person's partner
 * @param bouncerId who moved it out of Done
 * @param bouncerPartner that person's partner, another than the resolver's
 * @param completedAt when it was completed
 * @param at when it was moved out of Done
 */
public record BounceBack(
    String itemKey, String resolverId, String resolverPartner, String bouncerId, String bouncerPartner,
    Instant completedAt, Instant at) {}
