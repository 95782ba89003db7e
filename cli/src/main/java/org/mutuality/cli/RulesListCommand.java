package org.mutuality.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mutuality.config.Configuration;
import org.mutuality.engine.Key;
import org.mutuality.engine.RuleBase;
import org.mutuality.engine.RuleInfo;
import org.mutuality.engine.Severity;
import org.mutuality.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mutuality rules list}: every rule with its key, severity per tier, whether it runs, and its name;
 * filtered by key, severity or status, with the severities and status a configuration gives.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "List the rules: id, key, severity per tier, status (enabled, disabled or shadow) and name. "
        + "With --config, severities and status are the configuration's.")
final class RulesListCommand implements Callable<Integer> {
  /** Whether a rule runs under a configuration. */
  enum Status {
    ENABLED, DISABLED, SHADOW;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Status of(Configuration configuration, String ruleId) {
      return !configuration.isEnabled(ruleId) ? DISABLED : configuration.isShadow(ruleId) ? SHADOW : ENABLED;
    }

    static Status parse(String text) {
      for (Status status : values()) {
        if (status.label().equalsIgnoreCase(text.trim())) {
          return status;
        }
      }
      throw new IllegalArgumentException("'" + text + "' is not a status; use enabled, disabled or shadow");
    }
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "mutuality.yml whose settings give the severities and status. Default: the rules' defaults.")
  Path config;

  @Option(names = "--key", paramLabel = "KEY", split = ",",
      description = "Only rules of these keys (comma-separated): coordination, accountability, identity, "
          + "confidence, data, or their prefixes (COORD, ACCT, IDEN, CONF, DATA).")
  List<String> keys = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "SEVERITY", split = ",",
      description = "Only rules with a tier of these severities (comma-separated): info, minor, major, critical.")
  List<String> severities = new ArrayList<>();

  @Option(names = "--status", paramLabel = "STATUS", split = ",",
      description = "Only rules with this status under the configuration (comma-separated): enabled, disabled, "
          + "shadow.")
  List<String> statuses = new ArrayList<>();

  @Mixin
  RuleBaseOptions rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Set<Key> wantedKeys = parse(keys, Key::parse, "--key", EnumSet.noneOf(Key.class));
    Set<Severity> wantedSeverities = parse(severities, Severity::parse, "--severity", EnumSet.noneOf(Severity.class));
    Set<Status> wantedStatuses = parse(statuses, Status::parse, "--status", EnumSet.noneOf(Status.class));
    Configuration configuration = Inputs.configuration(config);
    RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(rules.folders, spec.commandLine().getErr());
    RuleBase ruleBase = loaded.ruleBase();
    if (config != null) {
      try {
        configuration.validate(ruleBase.catalogue());
      } catch (InputException e) {
        throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
      }
    }

    List<RuleInfo> shown = ruleBase.catalogue().all().stream()
        .filter(rule -> wantedKeys.isEmpty() || wantedKeys.contains(rule.key()))
        .filter(rule -> wantedSeverities.isEmpty() || rule.tiers().keySet().stream()
            .anyMatch(tier -> wantedSeverities.contains(configuration.severity(rule, tier))))
        .filter(rule -> wantedStatuses.isEmpty() || wantedStatuses.contains(Status.of(configuration, rule.id())))
        .toList();
    int width = shown.stream().mapToInt(rule -> severities(rule, configuration).length()).max().orElse(0);
    String format = "%-10s %-15s %-" + Math.max(width, "SEVERITY".length()) + "s  %-8s  %s";
    out.println(String.format(Locale.ROOT, format, "ID", "KEY", "SEVERITY", "STATUS", "NAME"));
    for (RuleInfo rule : shown) {
      out.println(String.format(Locale.ROOT, format, rule.id(), rule.key().label(), severities(rule, configuration),
          Status.of(configuration, rule.id()).label(), rule.name()));
    }
    int all = ruleBase.catalogue().all().size();
    out.println();
    out.println((shown.size() == all ? all + " rule" + (all == 1 ? "" : "s") : shown.size() + " of " + all + " rules")
        + ", rule base " + ruleBase.version() + (config == null ? "" : ", configuration " + config));
    out.flush();
    return loaded.problems() == 0 ? ExitCode.OK : ExitCode.USAGE;
  }

  private static <T extends Enum<T>> Set<T> parse(List<String> values, java.util.function.Function<String, T> parser,
      String option, EnumSet<T> into) {
    for (String value : values) {
      try {
        into.add(parser.apply(value.trim()));
      } catch (IllegalArgumentException e) {
        throw new CommandException(ExitCode.USAGE, option + ": " + e.getMessage(), e);
      }
    }
    return into;
  }

  /** The base tier's severity, then any further tier, e.g. {@code major, elephant: minor}. */
  static String severities(RuleInfo rule, Configuration configuration) {
    StringBuilder text = new StringBuilder(configuration.severity(rule, RuleInfo.BASE_TIER).label());
    for (Map.Entry<String, Severity> tier : rule.tiers().entrySet()) {
      if (!RuleInfo.BASE_TIER.equals(tier.getKey())) {
        text.append(", ").append(tier.getKey()).append(": ")
            .append(configuration.severity(rule, tier.getKey()).label());
      }
    }
    return text.toString();
  }
}
