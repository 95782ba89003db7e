package org.mutuality.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mutuality.io.InputException;
import org.mutuality.report.Outcome;
import org.mutuality.report.Report;
import org.mutuality.report.RuleResult;
import org.mutuality.snapshot.Scenario;
import org.mutuality.snapshot.Scenario.Expected;

/**
 * Runs rule scenarios against a rule base and compares, exactly, what the scenario's rule concluded with
 * what the scenario expects: the rule's outcome, the set of findings (subject, severity, message) and the
 * set of not-evaluable subjects (subject, reason).
 */
public final class ScenarioRunner {
  private final RuleBase ruleBase;

  public ScenarioRunner(RuleBase ruleBase) {
    this.ruleBase = Objects.requireNonNull(ruleBase, "ruleBase");
  }

  /**
   * The result of one scenario.
   *
   * @param scenario the scenario
   * @param differences what differs from the expectation, one line each; empty when it passed
   */
  public record Result(Scenario scenario, List<String> differences) {
    public boolean passed() {
      return differences.isEmpty();
    }
  }

  /**
   * Runs one scenario.
   *
   * @throws InputException when the scenario's configuration or snapshot does not fit the rule base
   */
  public Result run(Scenario scenario) throws InputException {
    MutualityEngine engine = MutualityEngine.create(ruleBase, scenario.config());
    if (!ruleBase.catalogue().contains(scenario.ruleId())) {
      return new Result(scenario, List.of("unknown rule " + scenario.ruleId() + "; "
          + ruleBase.catalogue().suggest(scenario.ruleId())));
    }
    Report report = engine.audit(scenario.snapshot(), scenario.asOf());
    String rule = scenario.ruleId();
    List<Expected> findings = report.findings().stream().filter(f -> f.ruleId().equals(rule))
        .map(f -> new Expected(f.subject().toString(), f.severity().label(), f.message())).toList();
    List<Expected> notEvaluable = report.notEvaluable().stream().filter(n -> n.ruleId().equals(rule))
        .map(n -> new Expected(n.subject().toString(), null, n.reason())).toList();
    Outcome outcome = report.rules().stream().filter(r -> r.ruleId().equals(rule)).map(RuleResult::outcome)
        .findFirst().orElseThrow();

    List<String> differences = new ArrayList<>();
    if (outcome != scenario.outcome()) {
      differences.add("outcome: expected " + label(scenario.outcome()) + ", got " + label(outcome));
    }
    compare("finding", scenario.findings(), findings, differences);
    compare("not evaluable", scenario.notEvaluable(), notEvaluable, differences);
    return new Result(scenario, differences);
  }

  /**
   * Adds a unified diff of two sets of conclusions: {@code - } for what was expected and not concluded,
   * {@code + } for what was concluded and not expected, grouped by subject so that a changed message shows as a
   * {@code -} line followed by its {@code +} line.
   */
  private static void compare(String what, List<Expected> expected, List<Expected> actual, List<String> out) {
    List<Expected> missing = expected.stream().filter(e -> !actual.contains(e)).toList();
    List<Expected> unexpected = actual.stream().filter(a -> !expected.contains(a)).toList();
    java.util.SortedSet<String> subjects = new java.util.TreeSet<>();
    missing.forEach(e -> subjects.add(e.subject()));
    unexpected.forEach(a -> subjects.add(a.subject()));
    for (String subject : subjects) {
      missing.stream().filter(e -> e.subject().equals(subject))
          .forEach(e -> out.add("- expected " + what + ": " + e));
      unexpected.stream().filter(a -> a.subject().equals(subject))
          .forEach(a -> out.add("+ actual " + what + ":   " + a));
    }
  }

  private static String label(Outcome outcome) {
    return outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
