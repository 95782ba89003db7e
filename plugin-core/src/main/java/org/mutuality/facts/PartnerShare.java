package org.mutuality.facts;

/**
 * One partner's share of the partnership's work in the audit window, along one dimension.
 *
 * @param dimension {@link #RESOLVED} work items or logged {@link #HOURS}
 * @param partnerId the partner
 * @param amount the partner's amount (work items, or hours)
 * @param total all partners' amount
 */
public record PartnerShare(String dimension, String partnerId, double amount, double total) {
  public static final String RESOLVED = "resolved";
  public static final String HOURS = "hours";

  /** The share, 0 to 1. */
  public double share() {
    return total == 0 ? 0 : amount / total;
  }
}
