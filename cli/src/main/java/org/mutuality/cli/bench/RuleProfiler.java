package org.mutuality.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSession;
import org.mutuality.engine.AuditObserver;

/**
 * {@code bench --profile}: what each rule costs in one audit, read from Drools' agenda events.
 *
 * <p>Drools (Phreak) evaluates a rule's network lazily, just before it fires the rule's matches, one rule at a
 * time: so the time from the previous event to a rule's firing is that rule's network evaluation (its joins,
 * {@code not}s and accumulates), and the time from a firing to the end of its consequence is the consequence,
 * including the propagation of what it inserts. A rule whose evaluation ends with no match fires nothing and has
 * no event: its time is counted with the next rule that fires, and the evaluation after the last firing is
 * "after the last firing". Leaving a rule out ({@code --compare}) measures those. Times are the evaluating
 * thread's CPU time, so other processes' load does not count, nor do the garbage collector's threads. Once the
 * rules have fired, a class histogram of the live heap says what the session holds.
 */
final class RuleProfiler extends DefaultAgendaEventListener implements AuditObserver {
  private static final class Cost {
    long evaluation;
    long consequence;
    long firings;
    long created;
    long cancelled;

    long rightTuples;
    long leftTuples;

    long total() {
      return evaluation + consequence;
    }
  }

  private final Map<String, Cost> rules = new HashMap<>();
  /** Right tuples by the type of fact they hold, over every rule. */
  private final Map<String, Long> rightByType = new java.util.TreeMap<>();
  private long last;
  private long created;
  private long inserted;
  private long fired;
  private long tail;
  private String histogram = "";
  private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

  private long now() {
    return threads.getCurrentThreadCpuTime();
  }

  @Override
  public void sessionCreated(KieSession session) {
    created = now();
    session.addEventListener(this);
  }

  @Override
  public void factsInserted(KieSession session) {
    inserted = now();
    last = inserted;
  }

  @Override
  public void rulesFired(KieSession session) {
    fired = now();
    tail = fired - last;
    countTuples(session);
    countByNode(session);
    try {
      histogram = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
          new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
    } catch (javax.management.JMException e) {
      histogram = "(no class histogram: " + e.getMessage() + ")";
    }
  }

  @Override
  public void matchCreated(MatchCreatedEvent event) {
    cost(event.getMatch().getRule().getName()).created++;
  }

  @Override
  public void matchCancelled(MatchCancelledEvent event) {
    cost(event.getMatch().getRule().getName()).cancelled++;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    long now = now();
    Cost cost = cost(event.getMatch().getRule().getName());
    cost.evaluation += now - last;
    cost.firings++;
    last = now;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    long now = now();
    cost(event.getMatch().getRule().getName()).consequence += now - last;
    last = now;
  }

  /**
   * How many tuples each rule's join, {@code not}, {@code exists} and accumulate nodes hold: the right memory
   * (one tuple per fact that passed the pattern's own tests) and the left memory (one per partial match),
   * subnetworks included. No node is shared between rules (DEVELOPING.md), so each node is one rule's.
   */
  private void countTuples(KieSession session) {
    org.drools.core.common.ReteEvaluator evaluator = (org.drools.core.common.ReteEvaluator) session;
    org.drools.core.impl.InternalRuleBase kieBase = (org.drools.core.impl.InternalRuleBase) session.getKieBase();
    kieBase.getReteooBuilder().getTerminalNodes().values().forEach(terminals -> {
      for (org.drools.core.reteoo.TerminalNode terminal : terminals) {
        countTuples(terminal.getLeftTupleSource(), evaluator, cost(terminal.getRule().getName()),
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), rightByType);
      }
    });
  }

  private static void countTuples(org.drools.core.reteoo.LeftTupleSource node,
      org.drools.core.common.ReteEvaluator evaluator, Cost cost, java.util.Set<Object> seen,
      Map<String, Long> byType) {
    // A subnetwork's path starts in its rule's own path: count each node once.
    for (; node != null && seen.add(node); node = node.getLeftTupleSource()) {
      if (node instanceof org.drools.core.reteoo.BetaNode beta) {
        org.drools.core.reteoo.BetaMemory<?> memory = org.drools.core.reteoo.BetaNode.getBetaMemory(beta, evaluator);
        long right = memory.getRightTupleMemory() == null ? 0 : memory.getRightTupleMemory().size();
        cost.rightTuples += right;
        String type = beta.getRightInput().inputIsTupleToObjectNode() ? "(subnetwork)"
            : beta.getObjectTypeNode() == null ? "?"
            : beta.getObjectTypeNode().getObjectType().getClassName().replaceFirst("^.*\\.", "");
        byType.merge(type, right, Long::sum);
        cost.leftTuples += memory.getLeftTupleMemory() == null ? 0 : memory.getLeftTupleMemory().size();
        if (beta.getRightInput().inputIsTupleToObjectNode()) {
          countTuples(((org.drools.core.reteoo.TupleToObjectNode) beta.getRightInput().getParent())
              .getLeftTupleSource(), evaluator, cost, seen, byType);
        }
      }
    }
  }

  /**
   * Tuples held by the facts, by the kind of node, the type of fact and the rule(s) the node belongs to. It
   * counts what the right-memory sizes above do not: the tuples waiting in a rule that was never evaluated (a
   * pattern whose rule has no partial match still holds one right tuple per fact that passes its own tests).
   */
  private final Map<String, Long> byNode = new HashMap<>();

  private void countByNode(KieSession session) {
    for (org.kie.api.runtime.rule.FactHandle h : session.getFactHandles()) {
      org.drools.core.common.DefaultFactHandle handle = (org.drools.core.common.DefaultFactHandle) h;
      String type = handle.getObject().getClass().getSimpleName();
      handle.getLinkedTuples().forEachRightTuple(t -> byNode.merge(
          "right " + t.getSink().getClass().getSimpleName() + " " + type + " " + rules(t.getSink()), 1L, Long::sum));
      handle.getLinkedTuples().forEachLeftTuple(t -> byNode.merge(
          "left " + t.getSink().getClass().getSimpleName() + " " + type + " " + rules(t.getSink()), 1L, Long::sum));
    }
  }

  /** The names of the rules a node belongs to, once per node: about two million tuples ask. */
  private final Map<Object, String> ruleNames = new java.util.IdentityHashMap<>();

  private String rules(Object sink) {
    return ruleNames.computeIfAbsent(sink, s -> s instanceof org.drools.core.common.BaseNode node
        ? java.util.Arrays.stream(node.getAssociatedRules()).map(r -> r.getName()).sorted()
            .collect(java.util.stream.Collectors.joining(" | "))
        : "");
  }

  private Cost cost(String rule) {
    return rules.computeIfAbsent(rule, r -> new Cost());
  }

  /** Prints the phases and the rules, costliest first. */
  void print(PrintWriter out) {
    out.printf(Locale.ROOT, "profile of one audit (CPU time of the evaluating thread): inserting the facts %,d ms; "
        + "firing the rules %,d ms%n", (inserted - created) / 1_000_000, (fired - inserted) / 1_000_000);
    out.printf(Locale.ROOT, "  %-72s %8s %8s %9s %9s %9s %11s %10s%n", "rule", "eval ms", "then ms", "firings",
        "matches", "cancelled", "right tup.", "left tup.");
    List<Map.Entry<String, Cost>> sorted = new ArrayList<>(rules.entrySet());
    sorted.sort((a, b) -> b.getValue().total() != a.getValue().total()
        ? Long.compare(b.getValue().total(), a.getValue().total())
        : Long.compare(b.getValue().rightTuples + b.getValue().leftTuples,
            a.getValue().rightTuples + a.getValue().leftTuples));
    for (Map.Entry<String, Cost> e : sorted) {
      Cost c = e.getValue();
      String name = e.getKey().length() > 72 ? e.getKey().substring(0, 71) + "…" : e.getKey();
      out.printf(Locale.ROOT, "  %-72s %,8d %,8d %,9d %,9d %,9d %,11d %,10d%n", name, c.evaluation / 1_000_000,
          c.consequence / 1_000_000, c.firings, c.created, c.cancelled, c.rightTuples, c.leftTuples);
    }
    out.printf(Locale.ROOT, "  %-72s %8s %8s %9s %9s %9s %,11d %,10d%n", "(all rules)", "", "", "", "", "",
        rules.values().stream().mapToLong(c -> c.rightTuples).sum(),
        rules.values().stream().mapToLong(c -> c.leftTuples).sum());
    out.printf(Locale.ROOT, "  %-72s %,8d%n", "(evaluation after the last firing)", tail / 1_000_000);
    out.printf(Locale.ROOT, "right tuples by the type of fact they hold: %s%n", rightByType);
    out.printf(Locale.ROOT, "tuples the facts hold, by node, fact type and rule (top 25):%n");
    byNode.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
        .forEach(e -> out.printf(Locale.ROOT, "  %,10d %s%n", e.getValue(), e.getKey()));
    out.printf(Locale.ROOT, "live heap once the rules have fired, by class (top 30):%n");
    histogram.lines().limit(33).forEach(line -> out.printf(Locale.ROOT, "  %s%n", line));
  }
}
