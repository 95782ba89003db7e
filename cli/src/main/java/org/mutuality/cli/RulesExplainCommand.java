package org.mutuality.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mutuality.config.Configuration;
import org.mutuality.engine.ParamInfo;
import org.mutuality.engine.RuleBase;
import org.mutuality.engine.RuleDocs;
import org.mutuality.engine.RuleInfo;
import org.mutuality.engine.Severity;
import org.mutuality.engine.SubjectType;
import org.mutuality.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mutuality rules explain ID}: a rule's metadata, its parameters with default and current value,
 * its tiers and severities, what gates it, what it needs, its remediation and its documentation.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Explain a rule: its parameters (default and current value), tiers and severities, the DATA "
        + "rules that gate it, the data it needs, its remediation and its documentation.")
final class RulesExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The rule id, e.g. COORD-001.")
  String id;

  @Option(names = "--config", paramLabel = "FILE",
      description = "mutuality.yml whose settings give the current values. Default: the rule's defaults.")
  Path config;

  @Mixin
  RuleBaseOptions rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Configuration configuration = Inputs.configuration(config);
    RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(rules.folders, spec.commandLine().getErr());
    RuleBase ruleBase = loaded.ruleBase();
    String wanted = id.trim().toUpperCase(Locale.ROOT);
    RuleInfo rule = ruleBase.catalogue().get(wanted);
    if (rule == null) {
      throw new CommandException(ExitCode.USAGE, "unknown rule id '" + id + "'; "
          + ruleBase.catalogue().suggest(wanted));
    }
    if (config != null) {
      try {
        configuration.validate(ruleBase.catalogue());
      } catch (InputException e) {
        throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
      }
    }

    out.println(rule.id() + " " + rule.name());
    out.println("key: " + rule.key().label() + ", scope: " + rule.scopes().stream().map(SubjectType::label).collect(Collectors.joining(", ")) + ", "
        + (rule.isBuiltIn() ? "built-in" : "organisation rule") + " (package " + rule.packageName() + ")");
    out.println("settings: " + (config == null ? "defaults (no --config)" : config.toString())
        + ", status: " + RulesListCommand.Status.of(configuration, rule.id()).label());
    out.println();
    tiers(out, rule, configuration);
    out.println();
    params(out, rule, configuration);
    out.println();
    out.println("Gated by: " + (rule.gatedBy().isEmpty() ? "none" : String.join(", ", rule.gatedBy())));
    out.println("Requires data: " + (rule.requires().isEmpty() ? "nothing beyond the work items"
        : rule.requires().stream().sorted().map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.joining(", "))));
    out.println("Remediation: " + rule.remediation());
    out.println();
    Optional<RuleDocs.Doc> doc = RuleDocs.find(rule, rules.folders);
    if (doc.isPresent()) {
      out.println("Documentation (" + doc.get().location() + "):");
      out.println();
      out.print(doc.get().text().endsWith("\n") ? doc.get().text() : doc.get().text() + "\n");
    } else {
      out.println("Documentation: none found next to the rule (" + rule.id() + ".md)");
    }
    out.flush();
    return loaded.problems() == 0 ? ExitCode.OK : ExitCode.USAGE;
  }

  private static void tiers(PrintWriter out, RuleInfo rule, Configuration configuration) {
    out.println("Severity by tier:");
    for (Map.Entry<String, Severity> tier : rule.tiers().entrySet()) {
      out.println(String.format(Locale.ROOT, "  %-12s default %-9s current %s", tier.getKey(),
          tier.getValue().label(), configuration.severity(rule, tier.getKey()).label()));
    }
  }

  private static void params(PrintWriter out, RuleInfo rule, Configuration configuration) {
    if (rule.params().isEmpty()) {
      out.println("Parameters: none");
      return;
    }
    out.println("Parameters:");
    Map<String, String> current = configuration.params(rule);
    for (ParamInfo param : rule.params()) {
      out.println(String.format(Locale.ROOT, "  %-18s %-7s default %-8s current %-8s %s", param.name(),
          param.type().label(), shown(param.defaultValue()),
          shown(current.get(param.name())), param.description()));
    }
  }

  private static String shown(String value) {
    return value == null || value.isEmpty() ? "(unset)" : value;
  }
}
