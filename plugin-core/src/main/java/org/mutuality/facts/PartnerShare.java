package org.mutuality.facts;

/**
 * One partner's share of the partnership's work in the audit window, along one dimension.
 *
 * <p>{@link #RESOLVED} and {@link #HOURS} measure work (COORD-001 judges those two only); {@link #COMMENTS}
 * measures taking part in the conversation (the partner-balance index and ACCT-006 read it). Only mapped
 * people who are not bots count.
 *
 * @param dimension {@link #RESOLVED} work items, logged {@link #HOURS} or {@link #COMMENTS} written
 * @param partnerId the partner
 * @param amount the partner's amount (work items, hours, or comments)
 * @param total all partners' amount
 */
public record PartnerShare(String dimension, String partnerId, double amount, double total) {
  public static final String RESOLVED = "resolved";
  public static final String HOURS = "hours";
  public static final String COMMENTS = "comments";

  /** The share, 0 to 1. */
  public double share() {
    return total == 0 ? 0 : amount / total;
  }
}
