package org.mutuality.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mutuality.engine.RuleBase;
import org.mutuality.engine.RuleInfo;
import org.mutuality.engine.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mutuality rules list}: every rule with its key, default severity and name. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "List the rules: id, key, default severity per tier, name.")
final class RulesListCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  RuleBaseOptions rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(rules.folders, spec.commandLine().getErr());
    RuleBase ruleBase = loaded.ruleBase();
    int width = ruleBase.catalogue().all().stream().mapToInt(rule -> severities(rule).length()).max().orElse(0);
    String format = "%-10s %-15s %-" + Math.max(width, "SEVERITY".length()) + "s  %s";
    out.println(String.format(Locale.ROOT, format, "ID", "KEY", "SEVERITY", "NAME"));
    for (RuleInfo rule : ruleBase.catalogue().all()) {
      out.println(String.format(Locale.ROOT, format, rule.id(), rule.key().label(), severities(rule), rule.name()));
    }
    int count = ruleBase.catalogue().all().size();
    out.println();
    out.println(count + " rule" + (count == 1 ? "" : "s") + ", rule base " + ruleBase.version());
    out.flush();
    return loaded.problems() == 0 ? ExitCode.OK : ExitCode.USAGE;
  }

  /** The base tier's severity, then any further tier, e.g. {@code major, elephant: minor}. */
  static String severities(RuleInfo rule) {
    StringBuilder text = new StringBuilder(rule.severity().label());
    for (Map.Entry<String, Severity> tier : rule.tiers().entrySet()) {
      if (!RuleInfo.BASE_TIER.equals(tier.getKey())) {
        text.append(", ").append(tier.getKey()).append(": ").append(tier.getValue().label());
      }
    }
    return text.toString();
  }
}
