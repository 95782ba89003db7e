package org.mutuality.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.mutuality.config.Configuration;
import org.mutuality.facts.Activities;
import org.mutuality.model.AuditClock;
import org.mutuality.model.Reader;
import org.mutuality.model.Snapshot;
import org.mutuality.report.IndexInput;

/**
 * One stateful Drools session holding a snapshot's facts. Findings are logical facts, read back through the
 * rule base's queries, so they retract themselves when their cause goes: the same session can later take
 * updates instead of being rebuilt. The derived facts the indices are computed from are read the same way.
 */
final class AuditSession implements AutoCloseable, DerivedSource {
  static final String FINDINGS_QUERY = "findings";
  static final String NOT_EVALUABLE_QUERY = "notEvaluable";

  private final KieSession session;
  private final Set<String> queries;
  private final AuditObserver observer;

  AuditSession(RuleBase ruleBase, Configuration config, Snapshot snapshot, AuditClock clock,
      Collection<RuleInfo> runnable, AuditObserver observer) {
    this.queries = DerivedFacts.queries(ruleBase.kieBase());
    this.session = ruleBase.kieBase().newKieSession();
    this.observer = observer;
    try {
      observer.sessionCreated(session);
      insertFacts(config, snapshot, clock, runnable);
      observer.factsInserted(session);
    } catch (RuntimeException e) {
      session.dispose();
      throw e;
    }
  }

  private void insertFacts(Configuration config, Snapshot snapshot, AuditClock clock, Collection<RuleInfo> runnable) {
    Activities.Pending activities = Activities.start(snapshot); // while the snapshot's own facts go in
    insertSettings(session, config, snapshot, clock, runnable);
    insertAll(session, snapshot.members());
    insertAll(session, snapshot.workItems());
    insertAll(session, snapshot.comments());
    insertAll(session, snapshot.worklogs());
    insertAll(session, snapshot.transitions());
    insertAll(session, snapshot.dependencies());
    insertPlans(session, snapshot);
    insertAll(session, activities.facts());
  }

  /**
   * Inserts the facts that come before the people and the work, and stay as they are while a live session takes
   * updates: the clock, the calendar, each runnable rule's parameters, the partnership, the reading account and the
   * partners. Returns the clock's handle.
   */
  static org.kie.api.runtime.rule.FactHandle insertSettings(KieSession session, Configuration config,
      Snapshot snapshot, AuditClock clock, Collection<RuleInfo> runnable) {
    org.kie.api.runtime.rule.FactHandle handle = session.insert(clock);
    session.insert(config.calendar());
    for (RuleInfo rule : runnable) {
      session.insert(new RuleConfig(rule.id(), config.params(rule)));
    }
    session.insert(snapshot.partnership());
    if (snapshot.readerId() != null) {
      session.insert(new Reader(snapshot.readerId()));
    }
    insertAll(session, snapshot.partners());
    return handle;
  }

  /**
   * Inserts the facts that come after the work and stay as they are while a live session takes updates: milestones,
   * iterations, work packages and access grants.
   */
  static void insertPlans(KieSession session, Snapshot snapshot) {
    insertAll(session, snapshot.milestones());
    insertAll(session, snapshot.iterations());
    insertAll(session, snapshot.workPackages());
    insertAll(session, snapshot.accessGrants());
  }

  private static void insertAll(KieSession session, List<?> facts) {
    for (Object fact : facts) {
      session.insert(fact);
    }
  }

  /** Fires the rules until nothing changes; returns how many rule firings that took. */
  int evaluate() {
    int fired = session.fireAllRules();
    observer.rulesFired(session);
    return fired;
  }

  List<Finding> findings() {
    return findings(session);
  }

  List<NotEvaluable> notEvaluable() {
    return notEvaluable(session);
  }

  /** A session's findings, read through the rule base's query. */
  static List<Finding> findings(KieSession session) {
    return read(session, FINDINGS_QUERY, "$finding", Finding.class);
  }

  /** A session's "not evaluable" entries, read through the rule base's query. */
  static List<NotEvaluable> notEvaluable(KieSession session) {
    return read(session, NOT_EVALUABLE_QUERY, "$entry", NotEvaluable.class);
  }

  private static <T> List<T> read(KieSession session, String query, String variable, Class<T> type) {
    QueryResults results = session.getQueryResults(query);
    List<T> out = new ArrayList<>(results.size());
    for (QueryResultsRow row : results) {
      out.add(type.cast(row.get(variable)));
    }
    return out;
  }

  /**
   * Derived facts read back through a query of the rule base, for the indices; missing, with the reason, when
   * the rule base lacks the query.
   */
  @Override
  public <T> IndexInput<T> derived(String query, String variable, Class<T> type) {
    return DerivedFacts.read(session, queries, query, variable, type);
  }

  /** The number of facts in working memory, derived facts included. */
  long factCount() {
    return session.getFactCount();
  }


  @Override
  public void close() {
    session.dispose();
  }
}
