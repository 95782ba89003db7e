package org.mutuality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mutuality.engine.RuleBase;
import org.mutuality.engine.ScenarioRunner;
import org.mutuality.snapshot.Scenario;

/** Runs every scenario under {@code src/test/resources/scenarios/<RULE-ID>/} against the built-in rule base. */
class RuleScenariosTest {
  static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
  private static final ScenarioRunner RUNNER = new ScenarioRunner(RuleBase.builtIn());

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException {
    return scenarioFiles().map(file -> DynamicTest.dynamicTest(SCENARIOS.relativize(file).toString(), () -> {
      Scenario scenario = Scenario.read(file);
      assertThat(scenario.ruleId()).as("rule of %s", file).isEqualTo(file.getParent().getFileName().toString());
      ScenarioRunner.Result result = RUNNER.run(scenario);
      assertThat(result.differences()).as(scenario.description()).isEmpty();
    }));
  }

  static Stream<Path> scenarioFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SCENARIOS)) {
      return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
    }
  }
}
