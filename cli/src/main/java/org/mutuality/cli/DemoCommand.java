package org.mutuality.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mutuality.report.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mutuality demo}: audits the example partnership packaged in the command. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Audit the example partnership that ships with Mutuality (examples/snapshot.yml with "
        + "examples/mutuality.yml, offline), print the summary and findings, and write the reports.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_TEXT, ExitCode.FINDINGS_TEXT, ExitCode.USAGE_TEXT, ExitCode.SOURCE_TEXT,
        ExitCode.INTERNAL_TEXT})
final class DemoCommand implements Callable<Integer> {
  static final String SNAPSHOT = "examples/snapshot.yml";
  static final String CONFIG = "examples/mutuality.yml";
  static final String DEFAULT_OUT = "mutuality-reports/demo";

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the reports. Default: ./" + DEFAULT_OUT + ".")
  Path out;

  @Mixin
  ReportOptions options;

  @Override
  public Integer call() {
    AuditRun run = new AuditRun("Mutuality demo", Inputs.snapshotResource(SNAPSHOT),
        Inputs.configurationResource(CONFIG), List.of(), options.asOf, ReportOptions.orDefault(out, DEFAULT_OUT),
        options.formats(), options.failOn, ReportExtras.of(options, Provenance.NONE));
    return run.execute(spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
