package org.mutuality.report;

import java.util.List;
import java.util.Objects;

/**
 * What an index reads that may be missing: derived facts read back through a query of the rule base, or a
 * setting of the configuration. Either the values, or why there are none, which the index then gives as its
 * reason for not being computed. An empty list of values is data ("nobody answered"), not a missing input.
 *
 * @param values the values; {@code null} when missing
 * @param missing why the values are missing, e.g. {@code the rule base has no query "partnerShares"};
 *     {@code null} when present
 * @param <T> the kind of value
 */
public record IndexInput<T>(List<T> values, String missing) {
  public IndexInput {
    if ((values == null) == (missing == null)) {
      throw new IllegalArgumentException("an index input has either values or the reason they are missing");
    }
    values = values == null ? null : List.copyOf(values);
  }

  /** Values that were read. */
  public static <T> IndexInput<T> of(List<T> values) {
    return new IndexInput<>(Objects.requireNonNull(values, "values"), null);
  }

  /** A missing input, and why. */
  public static <T> IndexInput<T> missing(String reason) {
    return new IndexInput<>(null, Objects.requireNonNull(reason, "reason"));
  }

  public boolean isMissing() {
    return values == null;
  }
}
