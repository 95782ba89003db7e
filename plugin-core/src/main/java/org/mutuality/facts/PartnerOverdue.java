package org.mutuality.facts;

import java.util.List;

/**
 * A partner's open work items and how many of them are past their due date, at the audit's day.
 *
 * @param partnerId the partner owning the work items
 * @param open its open work items
 * @param overdueKeys the keys of those past their due date
 */
public record PartnerOverdue(String partnerId, long open, List<String> overdueKeys) {
  public PartnerOverdue {
    overdueKeys = overdueKeys.stream().sorted().toList();
  }

  public long overdue() {
    return overdueKeys.size();
  }

  /** The overdue rate of several partners together: all their overdue items over all their open ones. */
  public static double combinedRate(java.util.Collection<?> partners) {
    long open = 0;
    long overdue = 0;
    for (Object o : partners) {
      PartnerOverdue p = (PartnerOverdue) o;
      open += p.open();
      overdue += p.overdue();
    }
    return open == 0 ? 0 : (double) overdue / open;
  }

  /** Overdue divided by open, 0 when nothing is open. */
  public double rate() {
    return open == 0 ? 0 : (double) overdueKeys.size() / open;
  }
}
