package org.mutuality.facts;

/**
 * How many of a person's comments and worklogs in the audit window are restricted (by role or group) away
 * from at least one partner: the restrictions that hide something from a partner, by author. One fact per
 * person who is not a bot and wrote at least one; people mapped to no partner have one too (with a
 * {@code null} partner), so they count in the total that CONF-002 divides by.
 *
 * @param memberId the author
 * @param partnerId the author's partner, {@code null} when unmapped
 * @param comments restricted comments written in the window that exclude at least one partner
 * @param worklogs restricted worklogs started in the window that exclude at least one partner
 */
public record MemberRestrictions(String memberId, String partnerId, long comments, long worklogs) {
  /** Comments and worklogs together. */
  public long total() {
    return comments + worklogs;
  }
}
