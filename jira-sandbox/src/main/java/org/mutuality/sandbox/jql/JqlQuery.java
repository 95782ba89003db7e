package org.mutuality.sandbox.jql;

import java.util.List;

/**
 * A parsed query: clauses joined by {@code AND}, then the ordering.
 *
 * @param clauses the conditions, all of which must hold
 * @param orderBy the ordering terms, possibly empty
 */
public record JqlQuery(List<Clause> clauses, List<OrderBy> orderBy) {
  /** Copies the lists. */
  public JqlQuery {
    clauses = List.copyOf(clauses);
    orderBy = List.copyOf(orderBy);
  }

  /** @return whether the query restricts the issues at all (Cloud's enhanced search needs that) */
  public boolean bounded() {
    return !clauses.isEmpty();
  }
}
