package org.mutuality.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mutuality.config.Configuration;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.writeback.ApplyResult;
import org.mutuality.jira.writeback.JiraWriteBack;
import org.mutuality.jira.writeback.Plan;
import org.mutuality.model.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mutuality jira purge}: removes everything Mutuality wrote into a site, planned first like every write. */
@Command(
    name = "purge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Remove everything Mutuality wrote into the projects' issues: labels with its prefix, its managed "
        + "comments, its issue properties and the summary issues. Prints the plan; writes only with --apply. Labels "
        + "without the prefix, comments Mutuality did not write and other properties are never touched.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_TEXT, ExitCode.USAGE_TEXT, ExitCode.SOURCE_TEXT, ExitCode.INTERNAL_TEXT})
final class PurgeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JiraOptions jira;

  @Option(names = "--config", paramLabel = "FILE",
      description = "mutuality.yml, for its writeBack.labelPrefix (default mutuality) and a source: section.")
  Path config;

  @Option(names = "--apply", description = "Remove what the plan lists. Without it the plan is only printed.")
  boolean apply;

  @Override
  public Integer call() {
    Configuration configuration = Inputs.configuration(config);
    JiraSettings settings = jira.settings(configuration);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Snapshot raw = jira.read(settings, false);
    WriteBackStep step = WriteBackStep.connect(settings, configuration.writeBack(), apply, true);
    JiraWriteBack writeBack = step.writeBack();
    WriteBackStep.WriteProgress planning = WriteBackStep.WriteProgress.of();
    Plan plan;
    try {
      plan = writeBack.planPurge(raw, planning);
    } catch (JiraException e) {
      throw new CommandException(ExitCode.SOURCE, "cannot plan the purge: " + e.getMessage(), e);
    } finally {
      planning.end();
    }
    WriteBackStep.printPlan(out, plan, writeBack.marks().prefix(), apply, true);
    if (!apply || plan.isEmpty()) {
      out.flush();
      return ExitCode.OK;
    }
    WriteBackStep.WriteProgress writing = WriteBackStep.WriteProgress.of();
    ApplyResult result;
    try {
      result = writeBack.apply(plan, writing);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandException(ExitCode.SOURCE, "the purge was interrupted; run it again to finish", e);
    } finally {
      writing.end();
    }
    out.println();
    WriteBackStep.printResult(out, result, true);
    out.flush();
    if (!result.complete()) {
      err.println("error: " + result.failed().size() + " issue(s) still hold something of Mutuality's; run the purge "
          + "again to finish");
      return ExitCode.SOURCE;
    }
    return ExitCode.OK;
  }
}
