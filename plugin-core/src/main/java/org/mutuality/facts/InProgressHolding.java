package org.mutuality.facts;

import java.util.List;
import java.util.Objects;

/**
 * The work items a person (not a bot) holds in progress at the audit's instant: assigned to them, open at
 * {@code asOf} and in the in-progress status category. Only people holding at least one such item have one.
 *
 * @param memberId the person
 * @param partnerId the partner the person maps to, or {@code null} when unmapped (unmapped people hold work
 *     too)
 * @param count how many work items the person holds in progress
 * @param itemKeys their keys, sorted
 */
public record InProgressHolding(String memberId, String partnerId, int count, List<String> itemKeys) {
  public InProgressHolding {
    Objects.requireNonNull(memberId, "memberId");
    itemKeys = itemKeys.stream().sorted().toList();
    if (count != itemKeys.size()) {
      throw new IllegalArgumentException("count " + count + " does not match " + itemKeys.size() + " keys");
    }
  }

  /** A holding of these work items, counted. */
  public InProgressHolding(String memberId, String partnerId, List<String> itemKeys) {
    this(memberId, partnerId, itemKeys.size(), itemKeys);
  }
}
