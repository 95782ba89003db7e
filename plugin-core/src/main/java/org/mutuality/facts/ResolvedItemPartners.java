package org.mutuality.facts;

import java.util.Collection;
import java.util.List;

/**
 * A work item resolved in the audit window, with the partners whose people (not bots) commented on it or
 * changed its status at or before the audit's instant. People mapped to no partner add no partner.
 *
 * @param itemKey the work item
 * @param partnerIds the partners involved, sorted; empty when no mapped person took part
 */
public record ResolvedItemPartners(String itemKey, List<String> partnerIds) {
  public ResolvedItemPartners {
    partnerIds = partnerIds.stream().distinct().sorted().toList();
  }

  /** The partners of two sets of ids (e.g. those who commented and those who moved the item) together. */
  public static ResolvedItemPartners of(String itemKey, Collection<?> some, Collection<?> others) {
    List<String> all = new java.util.ArrayList<>();
    some.forEach(p -> all.add((String) p));
    others.forEach(p -> all.add((String) p));
    return new ResolvedItemPartners(itemKey, all);
  }

  /** How many partners took part. */
  public int partnerCount() {
    return partnerIds.size();
  }
}
