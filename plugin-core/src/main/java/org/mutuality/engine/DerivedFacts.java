package org.mutuality.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Query;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.mutuality.report.IndexInput;

/**
 * Reads derived facts back through the rule base's queries, by name, for the indices. {@code plugin-core} does
 * not depend on the {@code rules} module, so a rule base may lack a query (an older rules jar, an embedder's
 * own rule base): asking Drools for it would throw, so its absence is checked first and becomes the reason
 * the index that needs it is not computed.
 */
final class DerivedFacts {
  private DerivedFacts() {}

  /** The names of the queries a rule base has. */
  static Set<String> queries(KieBase kieBase) {
    Set<String> names = new HashSet<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Query query : pkg.getQueries()) {
        names.add(query.getName());
      }
    }
    return names;
  }

  /**
   * The facts a query binds to a variable, or why they cannot be read.
   *
   * @param session the evaluated session
   * @param queries the names of the rule base's queries
   * @param query the query's name
   * @param variable the variable it binds the fact to, e.g. {@code $share}
   * @param type the fact's class; rows holding anything else are skipped
   */
  static <T> IndexInput<T> read(KieSession session, Set<String> queries, String query, String variable, Class<T> type) {
    if (!queries.contains(query)) {
      return IndexInput.missing("the rule base has no query \"" + query + "\" to read " + type.getSimpleName()
          + " facts through");
    }
    QueryResults results = session.getQueryResults(query);
    if (!Arrays.asList(results.getIdentifiers()).contains(variable)) {
      return IndexInput.missing("the rule base's query \"" + query + "\" does not bind " + variable + " to "
          + type.getSimpleName() + " facts");
    }
    List<T> facts = new ArrayList<>(results.size());
    for (QueryResultsRow row : results) {
      Object fact = row.get(variable);
      if (type.isInstance(fact)) {
        facts.add(type.cast(fact));
      }
    }
    return IndexInput.of(facts);
  }
}
