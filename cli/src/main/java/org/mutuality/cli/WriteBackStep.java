package org.mutuality.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.writeback.ApplyResult;
import org.mutuality.jira.writeback.Change;
import org.mutuality.jira.writeback.JiraWriteBack;
import org.mutuality.jira.writeback.Plan;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Report;

/**
 * The write-back of an audit of a live Jira site, as the command runs it: what the read holds of Mutuality's
 * (before the audit, so the audit leaves it out), then the plan, printed (issue, action, why), and with
 * {@code --apply} the writes and what they wrote.
 */
final class WriteBackStep {
  private final JiraWriteBack writeBack;
  private final JiraSettings settings;
  private final boolean apply;
  private final boolean verbose;
  private JiraWriteBack.Observed observed;
  private ApplyResult result;

  private WriteBackStep(JiraWriteBack writeBack, JiraSettings settings, boolean apply, boolean verbose) {
    this.writeBack = writeBack;
    this.settings = settings;
    this.apply = apply;
    this.verbose = verbose;
  }

  /**
   * Connects to the site of {@code settings}.
   *
   * @param apply whether to write ({@code --apply}), else only plan
   * @param verbose whether to list every change (else counts)
   */
  static WriteBackStep connect(JiraSettings settings, WriteBackSettings writeBack, boolean apply, boolean verbose) {
    try {
      return new WriteBackStep(JiraWriteBack.connect(settings, writeBack), settings, apply, verbose);
    } catch (JiraException e) {
      throw new CommandException(ExitCode.SOURCE, "cannot reach the Jira site for the write-back: " + e.getMessage(),
          e);
    }
  }

  /** Reads what the site holds of Mutuality's, and returns the snapshot to audit (Mutuality's own writes left out). */
  Snapshot observe(Snapshot raw) {
    WriteProgress progress = WriteProgress.of();
    try {
      observed = writeBack.observe(raw, progress);
      return observed.stripped();
    } catch (JiraException e) {
      throw new CommandException(ExitCode.SOURCE, "cannot read what Mutuality wrote before: " + e.getMessage(), e);
    } finally {
      progress.end();
    }
  }

  /** What was written, once {@link #run} applied a plan; {@code null} before. */
  ApplyResult result() {
    return result;
  }

  /** The write-back itself. */
  JiraWriteBack writeBack() {
    return writeBack;
  }

  /** Plans, prints the plan, and with {@code --apply} writes and prints what it wrote. */
  int run(Report report, PrintWriter out, PrintWriter err) {
    WriteProgress progress = WriteProgress.of();
    Plan plan;
    try {
      plan = writeBack.plan(report, observed, settings.projects(), progress);
    } catch (JiraException e) {
      progress.end();
      throw new CommandException(ExitCode.SOURCE, "cannot plan the write-back: " + e.getMessage(), e);
    }
    progress.end();
    out.println();
    printPlan(out, plan, writeBack.marks().prefix(), apply, verbose);
    if (!apply || plan.isEmpty()) {
      return ExitCode.OK;
    }
    WriteProgress writing = WriteProgress.of();
    try {
      result = writeBack.apply(plan, writing);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandException(ExitCode.SOURCE, "the write-back was interrupted; run it again to finish", e);
    } finally {
      writing.end();
    }
    out.println();
    printResult(out, result, verbose);
    if (!result.complete()) {
      err.println("error: " + result.failed().size() + " issue(s) could not be brought to the planned state; what "
          + "was written stays, and running the audit with --apply again finishes them");
      return ExitCode.SOURCE;
    }
    return ExitCode.OK;
  }

  /** Prints a plan: a header, then one line per change (or counts), then the shadow changes. */
  static void printPlan(PrintWriter out, Plan plan, String prefix, boolean applying, boolean verbose) {
    List<Change> writes = plan.writes();
    long issues = writes.stream().map(Change::issue).distinct().count();
    String what = plan.purge() ? "Purge plan" : "Write-back plan";
    if (writes.isEmpty()) {
      out.println(what + " (label prefix " + prefix + "): nothing to change");
    } else {
      out.println(what + " (label prefix " + prefix + "): " + writes.size() + " change" + (writes.size() == 1 ? ""
          : "s") + " on " + issues + " issue" + (issues == 1 ? "" : "s")
          + (applying ? "" : "; nothing is written without --apply"));
      if (verbose) {
        writes.forEach(c -> out.println("  " + c.describe()));
      } else {
        counts(writes).forEach((action, n) -> out.println(String.format(Locale.ROOT, "  %-22s %d", action, n)));
      }
    }
    List<Change> shadow = plan.shadowChanges();
    if (!shadow.isEmpty()) {
      out.println("Shadow: " + shadow.size() + " more change" + (shadow.size() == 1 ? "" : "s")
          + " that rules in shadow call for, never written");
      if (verbose) {
        shadow.forEach(c -> out.println("  " + c.describe()));
      }
    }
  }

  /** Prints what an applied plan wrote. */
  static void printResult(PrintWriter out, ApplyResult result, boolean verbose) {
    long issues = result.applied().stream().map(Change::issue).distinct().count();
    out.println("Written: " + result.applied().size() + " change" + (result.applied().size() == 1 ? "" : "s")
        + " on " + issues + " issue" + (issues == 1 ? "" : "s")
        + (result.retries() > 0 ? " (" + result.retries() + " re-read and re-planned after a refused or unanswered "
        + "write)" : ""));
    if (verbose) {
      result.applied().forEach(c -> out.println("  " + c.describe()));
    } else {
      counts(result.applied()).forEach((action, n) -> out.println(String.format(Locale.ROOT, "  %-22s %d", action,
          n)));
    }
    result.failed().forEach(f -> out.println("  unfinished: " + f));
  }

  private static Map<String, Integer> counts(List<Change> changes) {
    Map<String, Integer> counts = new TreeMap<>();
    changes.forEach(c -> counts.merge(c.action().label(), 1, Integer::sum));
    return counts;
  }

  /** One progress line on stderr while planning or writing, when stderr is a terminal. */
  static final class WriteProgress implements JiraWriteBack.Progress {
    private final PrintStream err;
    private boolean shown;

    private WriteProgress(PrintStream err) {
      this.err = err;
    }

    static WriteProgress of() {
      return new WriteProgress(System.console() != null ? System.err : null);
    }

    @Override
    public synchronized void step(String stage, int done, int total) {
      if (err != null) {
        err.print("\rwrite-back: " + stage + ", " + done + "/" + total + " issues   ");
        err.flush();
        shown = true;
      }
    }

    synchronized void end() {
      if (shown) {
        err.println();
        err.flush();
        shown = false;
      }
    }
  }
}
