package org.mutuality.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mutuality.config.Configuration;
import org.mutuality.engine.RuleBase;
import org.mutuality.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mutuality config validate FILE}: reads a configuration and checks it against the rule catalogue. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Check mutuality.yml: its syntax and keys, then its rule ids, tiers, parameters and waivers "
        + "against the rule catalogue. Every problem is listed with file:line:column.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:the file is valid", ExitCode.USAGE_TEXT, ExitCode.INTERNAL_TEXT})
final class ConfigValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The configuration file, e.g. mutuality.yml.")
  Path file;

  @Mixin
  RuleBaseOptions rules;

  @Override
  public Integer call() {
    Configuration configuration = Inputs.configuration(file);
    RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(rules.folders, spec.commandLine().getErr());
    RuleBase ruleBase = loaded.ruleBase();
    try {
      configuration.validate(ruleBase.catalogue());
    } catch (InputException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }
    spec.commandLine().getOut().println(file + ": valid (" + count(configuration.partners().size(), "partner")
        + ", " + count(configuration.rules().size(), "rule setting") + ", "
        + count(configuration.waivers().size(), "waiver") + ")");
    spec.commandLine().getOut().flush();
    return loaded.problems() == 0 ? ExitCode.OK : ExitCode.USAGE;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
