package org.mutuality.facts;

import java.time.Duration;
import java.time.Instant;

/**
 * The first comment a partner wrote on a work item that another partner (or the same one) owns: how long
 * the owner waited for that partner to answer. One fact per work item created in the audit window, and per
 * partner that commented on it afterwards.
 *
 * <p>The responder is a person who is not a bot, maps to a partner and is not the item's reporter (a
 * reporter's follow-up is no answer, CHAOSS's "time to first response"). When {@code responderPartner}
 * equals {@code ownerPartner} it is the intra-partner first response, the baseline cross-partner answers are
 * compared with (CONF-007, the reciprocity matrix).
 *
 * @param itemKey the work item
 * @param ownerPartner the partner that owns it ({@link org.mutuality.model.WorkItem#partnerId()})
 * @param responderPartner the partner of the person who answered first
 * @param created when the work item was created
 * @param respondedAt when that partner's first comment on it was written
 * @param hours elapsed (calendar) hours from creation to the answer
 */
public record FirstResponse(
    String itemKey, String ownerPartner, String responderPartner, Instant created, Instant respondedAt,
    double hours) {

  /** The first response from creation to answer, with its hours computed. */
  public static FirstResponse of(
      String itemKey, String ownerPartner, String responderPartner, Instant created, Instant respondedAt) {
    return new FirstResponse(itemKey, ownerPartner, responderPartner, created, respondedAt,
        Duration.between(created, respondedAt).toMillis() / 3_600_000.0);
  }

  /** Whether the answer came from a partner other than the owner. */
  public boolean crossPartner() {
    return !ownerPartner.equals(responderPartner);
  }
}
