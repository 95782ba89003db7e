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
 * @param blockedItem the blocked work item fact (COORD-008 names it without a join on its key)
 */
public record CrossPartnerBlock(
    String blockedKey, String blockerKey, String blockedPartner, String blockerPartner, Instant since,
    WorkItem blockedItem) {

  /**
   * The later of the two items' creation instants ({@code since}); when one item has none, the other's; {@code null}
   * when neither has one (such a block has no known age, and COORD-008 does not judge it).
   */
  public static Instant later(Instant blockedCreated, Instant blockerCreated) {
    if (blockedCreated == null || blockerCreated == null) {
      return blockedCreated == null ? blockerCreated : blockedCreated;
    }
    return blockedCreated.isAfter(blockerCreated) ? blockedCreated : blockerCreated;
  }
}
