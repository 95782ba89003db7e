package org.mutuality.engine;

import org.mutuality.report.IndexInput;

/** An evaluated session the indices' derived facts can be read from. */
interface DerivedSource {
  /**
   * Derived facts read back through a query of the rule base; missing, with the reason, when the rule base lacks
   * the query.
   */
  <T> IndexInput<T> derived(String query, String variable, Class<T> type);
}
