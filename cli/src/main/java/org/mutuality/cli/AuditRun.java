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

  /** What runs once the report is printed and written (the write-back), returning an exit code. */
  @FunctionalInterface
  interface AfterAudit {
    /** Nothing after the audit. */
    AfterAudit NONE = (report, out, err) -> ExitCode.OK;

    int run(Report report, PrintWriter out, PrintWriter err);
  }

  /** Runs the audit and returns the exit code. */
  int execute(PrintWriter out, PrintWriter err) {
    return execute(out, err, AfterAudit.NONE);
  }

  /** Runs the audit, then {@code after}, and returns the exit code (the step's, when it is not OK). */
  int execute(PrintWriter out, PrintWriter err, AfterAudit after) {
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

    // The write-back gets the audit as it is (real people, without the baseline's findings); the reports and the
    // terminal get it pseudonymized when asked; the history keeps every finding, so that baselines don't hide fixes.
    Report audited = report;
    int hidden = 0;
    if (extras.baseline() != null) {
      audited = report.without(Baseline.read(extras.baseline()));
      hidden = report.findings().size() - audited.findings().size();
    }
    Report full = report;
    Report shown = audited;
    Pseudonyms pseudonyms = null;
    if (extras.pseudonymize()) {
      try {
        pseudonyms = Pseudonyms.of(PartnerMapper.apply(snapshot, config));
      } catch (InputException e) {
        throw new CommandException(ExitCode.USAGE, e.getMessage(), e);
      }
      full = pseudonyms.apply(full);
      shown = pseudonyms.apply(shown);
    }
    Comparison comparison = null;
    if (extras.history() != null) {
      comparison = Comparison.of(full, AuditHistory.read(extras.history(), full.partnershipId()));
      if (pseudonyms != null) {
        // An earlier audit kept without pseudonyms still names people in its findings that are now fixed.
        comparison = new Comparison(comparison.previousAsOf(), comparison.changes(),
            comparison.fixed().stream().map(pseudonyms::apply).toList(), comparison.trend());
      }
    }
    ReportView view = new ReportView(shown, extras.provenance(), comparison, hidden, failOn.threshold());

    ConsoleReport console = new ConsoleReport(out);
    console.print(title, shown, asOfSource());
    console.printComparison(view);
    List<Path> written = new java.util.ArrayList<>(ReportFiles.write(view, outFolder, formats));
    if (extras.history() != null && loaded.problems() == 0) {
      // An audit without some of the organisation's rules would make their findings look fixed, then new again.
      written.add(AuditHistory.save(extras.history(), full));
    }
    console.printReports(written);
    out.flush();
    int afterCode = after.run(audited, out, err);
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
    if (afterCode != ExitCode.OK) {
      return afterCode;
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
