package org.mutuality.facts;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels a partner uses: those on the work items it owns that were updated in the audit window, compared
 * in lower case with surrounding blanks left out. One fact per partner owning such an item, with or without
 * labels.
 *
 * @param partnerId the partner
 * @param items how many of its work items were updated in the window
 * @param labels the distinct labels on them, lower case, sorted; empty when they carry none
 */
public record PartnerLabels(String partnerId, long items, Set<String> labels) {
  public PartnerLabels {
    labels = java.util.Collections.unmodifiableSet(new TreeSet<>(labels));
  }

  /** From the label lists of a partner's work items (as an accumulate collects them). */
  public static PartnerLabels of(String partnerId, Collection<?> labelLists) {
    Set<String> labels = new TreeSet<>();
    for (Object list : labelLists) {
      for (Object label : (List<?>) list) {
        if (label != null && !label.toString().isBlank()) {
          labels.add(label.toString().trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return new PartnerLabels(partnerId, labelLists.size(), labels);
  }

  /** The labels both sets hold, sorted. */
  public static Set<String> shared(Set<String> some, Set<String> others) {
    Set<String> both = new TreeSet<>(some);
    both.retainAll(others);
    return both;
  }

  /** The labels either set holds, sorted. */
  public static Set<String> union(Set<String> some, Set<String> others) {
    Set<String> either = new TreeSet<>(some);
    either.addAll(others);
    return either;
  }

  /** Jaccard overlap of two label sets: shared ÷ either; 0 when both are empty. */
  public static double jaccard(Set<String> some, Set<String> others) {
    int either = union(some, others).size();
    return either == 0 ? 0 : (double) shared(some, others).size() / either;
  }
}
