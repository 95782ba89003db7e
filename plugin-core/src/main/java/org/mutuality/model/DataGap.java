package org.mutuality.model;

import java.util.Objects;

/**
 * Something the source could not read, so the rules that need it report NOT_EVALUABLE instead of passing.
 *
 * @param area which part of the tracker is missing
 * @param reason what happened, e.g. {@code GET /rest/api/3/project/COF/role answered 403}
 */
public record DataGap(DataArea area, String reason) {
  public DataGap {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(reason, "reason");
  }
}
