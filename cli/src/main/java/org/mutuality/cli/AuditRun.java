package org.mutuality.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mutuality.config.Configuration;
import org.mutuality.config.PartnerMapper;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.engine.RuleBase;
import org.mutuality.io.InputException;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Comparison;
import org.mutuality.report.Pseudonyms;
import org.mutuality.report.Report;
import org.mutuality.report.ReportView;

/**
 * One audit from the command line, shared by {@code audit} and {@code demo}: builds the rule base, audits,
 * prints the summary, writes the reports and decides the exit code.
 *
 * @param title the header's first words, e.g. {@code Mutuality audit}
 * @param snapshot the data to audit
 * @param config the configuration
 * @param ruleFolders an organisation's rule folders
 * @param asOf the instant given with {@code --as-of}, or {@code null}
 * @param outFolder where the reports go
 * @param formats which reports to write
 * @param failOn the failure threshold
 * @param extras history, baseline, pseudonyms and provenance
 */
record AuditRun(
    String title,
    Snapshot snapshot,
    Configuration config,
    List<Path> ruleFolders,
    Instant asOf,
    Path outFolder,
    Set<ReportFormat> formats,
    FailOn failOn,
    ReportExtras extras) {

  /** Runs the audit and returns the exit code. */
  int execute(PrintWriter out, PrintWriter err) {
    RuleBaseLoader.Loaded loaded = RuleBaseLoader.load(ruleFolders, err);
    RuleBase ruleBase = loaded.ruleBase();

    Instant instant = instant();
    if (snapshot.capturedAt() != null && instant.isBefore(snapshot.capturedAt())) {
      err.println("note: auditing as of " + instant + ", before the snapshot was captured ("
          + snapshot.capturedAt() + "): work items created or resolved later are judged as they were then, but "
          + "other fields show their state at capture");
    }
    Report report;
    try {
      MutualityEngine engine = MutualityEngine.create(ruleBase, config);
      report = engine.audit(snapshot, instant);
    } catch (InputException e) {
      throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
    }

    if (extras.pseudonymize()) {
      try {
        report = Pseudonyms.of(PartnerMapper.apply(snapshot, config)).apply(report);
      } catch (InputException e) {
        throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
      }
    }
    Comparison comparison = null;
    if (extras.history() != null) {
      comparison = Comparison.of(report, AuditHistory.read(extras.history(), report.partnershipId()));
    }
    Report shown = report;
    int hidden = 0;
    if (extras.baseline() != null) {
      shown = Baseline.read(extras.baseline()).leaveOut(report);
      hidden = report.findings().size() - shown.findings().size();
    }
    ReportView view = new ReportView(shown, extras.provenance(), comparison, hidden, failOn.threshold());

    ConsoleReport console = new ConsoleReport(out);
    console.print(title, shown, asOfSource());
    console.printComparison(view);
    List<Path> written = new java.util.ArrayList<>(ReportFiles.write(view, outFolder, formats));
    if (extras.history() != null) {
      written.add(AuditHistory.save(extras.history(), report));
    }
    console.printReports(written);
    report = shown;

    long failing = failOn.threshold() == null ? 0 : report.countAtLeast(failOn.threshold());
    if (failOn.threshold() != null) {
      out.println();
      out.println("Result: " + failing + " unwaived finding" + (failing == 1 ? "" : "s") + " at or above "
          + failOn + " (--fail-on " + failOn + ")");
    }
    out.flush();
    if (loaded.problems() > 0) {
      err.println("error: the organisation rules have " + loaded.problems() + " problem"
          + (loaded.problems() == 1 ? "" : "s") + ": the audit ran without the files named above");
      return ExitCode.USAGE;
    }
    return failOn.fails(failing) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** The audit's instant: {@code --as-of}, else when the snapshot was captured, else now. */
  Instant instant() {
    if (asOf != null) {
      return asOf;
    }
    return snapshot.capturedAt() != null ? snapshot.capturedAt() : Instant.now();
  }

  private AsOfSource asOfSource() {
    return asOf != null ? AsOfSource.OPTION : snapshot.capturedAt() != null ? AsOfSource.CAPTURED : AsOfSource.NOW;
  }
}
