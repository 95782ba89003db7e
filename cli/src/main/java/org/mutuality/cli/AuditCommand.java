package org.mutuality.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mutuality.config.Configuration;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.record.RecordingException;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mutuality audit}: audits a recorded snapshot and writes the reports. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Audit a partnership snapshot (YAML or JSON), or read it live from a Jira site, with the "
        + "built-in rules and any organisation rules, print a summary per key to mutuality and the findings, and write the reports to --out.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_TEXT, ExitCode.FINDINGS_TEXT, ExitCode.USAGE_TEXT, ExitCode.SOURCE_TEXT,
        ExitCode.INTERNAL_TEXT})
final class AuditCommand implements Callable<Integer> {
  static final String DEFAULT_OUT = "mutuality-reports";

  @Spec
  CommandSpec spec;

  @Option(names = "--snapshot", paramLabel = "FILE",
      description = "The snapshot to audit (YAML, or JSON when the name ends in .json). Not with --site.")
  Path snapshot;

  @Mixin
  JiraOptions jira;

  @Mixin
  RecordOptions recording;

  @Option(names = "--config", paramLabel = "FILE",
      description = "mutuality.yml: partners, rule settings, waivers, and the source: to read when no --snapshot "
          + "or --site is given. Default: every rule at its defaults.")
  Path config;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write mutuality-report.json and mutuality-report.md. Default: ./" + DEFAULT_OUT
          + ".")
  Path out;

  @Mixin
  RuleBaseOptions rules;

  @Mixin
  ReportOptions options;

  @Option(names = "--apply",
      description = "Write the write-back plan into the Jira site: labels, one managed comment per flagged issue, "
          + "the findings property, the summary issue (writeBack: in --config). Without it the plan is only printed.")
  boolean apply;

  /** The site and projects read, and the hashes of the configuration file and of the recording. */
  private Provenance provenance() {
    Path recordingFolder = recording.record != null ? recording.record : recording.replay;
    try {
      return new Provenance(snapshot != null ? null : jira.readSite, snapshot != null ? List.of() : jira.readProjects,
          config == null ? null : Hashes.file(config),
          recordingFolder == null ? null : Hashes.folder(recordingFolder));
    } catch (IOException e) {
      throw new CommandException(ExitCode.SOURCE, "cannot hash the inputs for the report's provenance: "
          + e.getMessage(), e);
    }
  }

  @Override
  public Integer call() {
    if (snapshot != null && jira.given()) {
      throw new CommandException(ExitCode.USAGE, "--snapshot and --site (with --project, --jql, --credentials) are "
          + "mutually exclusive: audit a snapshot file or a live site");
    }
    recording.check(snapshot != null, jira.given());
    Configuration configuration = Inputs.configuration(config);
    recording.apply(jira, spec.commandLine().getErr());
    boolean live = snapshot == null && !jira.offline;
    if (apply && !live) {
      throw new CommandException(ExitCode.USAGE, "--apply writes into a live Jira site: give --site URL with "
          + "--project KEY (or a source: section in --config), not a snapshot or a replay");
    }
    Snapshot data;
    WriteBackStep writeBack = null;
    try {
      if (live) {
        JiraSettings settings = jira.settings(configuration);
        Snapshot raw = jira.read(settings, false);
        writeBack = WriteBackStep.connect(settings, configuration.writeBack(), apply, true);
        data = writeBack.observe(raw);
      } else {
        data = snapshot != null ? Inputs.snapshot(snapshot) : jira.read(configuration, false);
      }
    } catch (RecordingException e) {
      throw new CommandException(ExitCode.SOURCE, e.getMessage(), e);
    }
    AuditRun run = new AuditRun("Mutuality audit", data, configuration,
        rules.folders, options.asOf, ReportOptions.orDefault(out, DEFAULT_OUT), options.formats(), options.failOn,
        ReportExtras.of(options, provenance()));
    return run.execute(spec.commandLine().getOut(), spec.commandLine().getErr(),
        writeBack == null ? AuditRun.AfterAudit.NONE : writeBack::run);
  }
}
