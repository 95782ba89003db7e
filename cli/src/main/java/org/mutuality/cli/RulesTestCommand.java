package org.mutuality.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mutuality.config.Configuration;
import org.mutuality.engine.RuleBase;
import org.mutuality.engine.ScenarioRunner;
import org.mutuality.io.InputException;
import org.mutuality.snapshot.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mutuality rules test PATH…}: runs scenario files (a small snapshot, a configuration, and what one rule
 * must conclude on it) against the built-in rules plus an organisation's, and reports each case as passed or
 * failed, with a diff of the expected and the actual conclusions (as {@code opa test} does for Rego policies).
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Run rule scenarios (YAML files: a snapshot, an optional configuration, the exact findings and "
        + "not-evaluable subjects one rule must conclude) against the built-in rules plus the organisation's "
        + "(--rules), and report each case: PASS, or FAIL with a diff of expected (-) and actual (+) conclusions.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:every case passed", "1:a case failed",
        "2:bad input: a scenario or configuration that cannot be read, a broken rule file, no scenario found"})
final class RulesTestCommand implements Callable<Integer> {
  private static final String RULE = "-".repeat(72);

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Scenario files, or folders searched (recursively) for *.yml and *.yaml scenario files.")
  List<Path> paths;

  @Option(names = "--config", paramLabel = "FILE",
      description = "mutuality.yml for the scenarios that have no 'config' of their own, so they test the "
          + "organisation's thresholds, severities and waivers. Default: the rules' defaults.")
  Path config;

  @Option(names = "--run", paramLabel = "REGEX",
      description = "Only the scenarios whose path or rule id contains a match of this regular expression.")
  Pattern run;

  @Mixin
  RuleBaseOptions rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Configuration fallback = Inputs.configuration(config);
    List<Path> files = scenarioFiles(err);
    RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(rules.folders, err);
    RuleBase ruleBase = loaded.ruleBase();
    ScenarioRunner runner = new ScenarioRunner(ruleBase);

    int passed = 0;
    int failed = 0;
    int errors = 0;
    int skipped = 0;
    for (Path file : files) {
      Scenario scenario;
      try {
        scenario = Scenario.read(file, fallback);
      } catch (InputException e) {
        errors++;
        out.println("ERROR " + file);
        out.println("      " + e.getMessage());
        continue;
      }
      if (run != null && !run.matcher(file.toString()).find() && !run.matcher(scenario.ruleId()).find()) {
        skipped++;
        continue;
      }
      ScenarioRunner.Result result;
      try {
        result = runner.run(scenario);
      } catch (InputException e) {
        errors++;
        out.println("ERROR " + file + " (" + scenario.ruleId() + ")");
        out.println("      " + e.getMessage());
        continue;
      }
      if (result.passed()) {
        passed++;
        out.println("PASS  " + file + " (" + scenario.ruleId() + ")");
      } else {
        failed++;
        out.println("FAIL  " + file + " (" + scenario.ruleId() + ")");
        if (!scenario.description().isBlank()) {
          out.println("      " + oneLine(scenario.description()));
        }
        result.differences().forEach(line -> out.println("      " + line));
      }
      out.flush();
    }

    int total = passed + failed + errors;
    out.println(RULE);
    out.println(String.format(Locale.ROOT, "PASS: %d/%d", passed, total));
    if (failed > 0) {
      out.println(String.format(Locale.ROOT, "FAIL: %d/%d", failed, total));
    }
    if (errors > 0) {
      out.println(String.format(Locale.ROOT, "ERROR: %d/%d", errors, total));
    }
    if (skipped > 0) {
      out.println(String.format(Locale.ROOT, "skipped: %d (not matching --run %s)", skipped, run.pattern()));
    }
    out.println("rule base " + ruleBase.version() + (config == null ? ", default configuration"
        : ", configuration " + config));
    out.flush();
    if (errors > 0 || loaded.problems() > 0) {
      return ExitCode.USAGE;
    }
    if (total == 0) {
      err.println("error: no scenario matches --run " + run.pattern());
      err.flush();
      return ExitCode.USAGE;
    }
    return failed > 0 ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** The scenario files the paths name, in a stable order; a path that is neither is a usage error. */
  private List<Path> scenarioFiles(PrintWriter err) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(path)) {
          found = walk.filter(Files::isRegularFile).filter(RulesTestCommand::isYaml).sorted().toList();
        } catch (IOException e) {
          throw new CommandException(ExitCode.USAGE, path + ": cannot be read: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
          throw new CommandException(ExitCode.USAGE, path + ": no scenario files (*.yml, *.yaml) in this folder");
        }
        files.addAll(found);
      } else {
        throw new CommandException(ExitCode.USAGE, path + ": no such file or folder");
      }
    }
    return files;
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
