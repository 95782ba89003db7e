package org.mutuality.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The median time to first response of one partner on the work items another partner (or the same one)
 * owns, over the {@link FirstResponse}s of the audit window: one fact per ordered pair (owner, responder)
 * with at least one response. The cells of the reciprocity matrix; CONF-007 judges the cross-partner ones
 * against the owner's own (intra-partner) median.
 *
 * @param ownerPartner the partner that owns the work items
 * @param responderPartner the partner that answered
 * @param responses how many first responses the median is taken over
 * @param medianHours their median, in calendar hours
 */
public record ResponseMedian(String ownerPartner, String responderPartner, long responses, double medianHours) {

  /** From the hours an accumulate collected (numbers). */
  public static ResponseMedian of(String ownerPartner, String responderPartner, Collection<?> hours) {
    List<Double> sorted = new ArrayList<>();
    hours.forEach(h -> sorted.add(((Number) h).doubleValue()));
    sorted.sort(null);
    int n = sorted.size();
    double median = n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new ResponseMedian(ownerPartner, responderPartner, n, median);
  }

  /** Whether the responder is a partner other than the owner. */
  public boolean crossPartner() {
    return !ownerPartner.equals(responderPartner);
  }
}
