package org.mutuality.facts;

import java.time.Instant;
import org.mutuality.model.WorkItem;

/**
 * A "blocks" link between two work items of different partners, both open at the audit's instant: the
 * blocker's partner holds up the blocked item's partner.
 *
 * <p>The tracker gives no date for a link, so {@code since} is the later of the two items' creation: the
 * earliest instant the link can have existed. The block has lasted at most from then; a link added later
 * between old items looks older than it is.
 *
 * @param blockedKey the item that is blocked
 * @param blockerKey the item that blocks it
 * @param blockedPartner the partner owning the blocked item
 * @param blockerPartner the partner owning the blocker, not {@code blockedPartner}
 * @param since the later of the two items' creation
 * @param blockedItem the blocked work item, as it is at the audit's instant (COORD-008 names it without a join
 *     on its key)
 */
public record CrossPartnerBlock(
    String blockedKey, String blockerKey, String blockedPartner, String blockerPartner, Instant since,
    WorkItem blockedItem) {}
