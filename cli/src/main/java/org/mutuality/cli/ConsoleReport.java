package org.mutuality.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;
import org.mutuality.report.AppliedWaiver;
import org.mutuality.report.Change;
import org.mutuality.report.Comparison;
import org.mutuality.report.KeyScore;
import org.mutuality.report.MutualityIndex;
import org.mutuality.report.NotEvaluableEntry;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;
import org.mutuality.report.ReportView;

/**
 * An audit on the console: a header, one summary line per key to mutuality and one for the mutuality index,
 * the findings (waived ones marked), what could not be judged, and where the reports went.
 */
final class ConsoleReport {
  private static final List<Severity> MOST_SEVERE_FIRST = List.of(
      Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO);

  private final PrintWriter out;

  ConsoleReport(PrintWriter out) {
    this.out = out;
  }

  /** Everything but the report files: header, summary, findings, not evaluable. */
  void print(String title, Report report, AsOfSource asOfSource) {
    out.println(header(title, report, asOfSource));
    out.println();
    out.println("Summary");
    for (Key key : Key.values()) {
      if (key.isScored()) {
        out.println(summaryLine(report, key));
      }
    }
    out.println(mutualityLine(report));
    out.println();
    findings(report);
    out.println();
    notEvaluable(report);
  }

  /** The files written. */
  /** With a history: what changed since the previous audit; with a baseline: how many findings it left out. */
  void printComparison(ReportView view) {
    Comparison comparison = view.comparison();
    if (comparison != null) {
      out.println();
      out.println(comparison.previousAsOf() == null
          ? "History: no earlier audit of this partnership is kept; every finding is new (" + comparison.count(Change.NEW)
              + ")"
          : "Since the audit as of " + comparison.previousAsOf() + ": " + Arrays.stream(Change.values())
              .map(change -> comparison.count(change) + " " + change.label()).collect(Collectors.joining(", ")));
    }
    if (view.baselineHidden() > 0) {
      out.println();
      out.println("Baseline: " + view.baselineHidden() + " finding" + (view.baselineHidden() == 1 ? " is" : "s are")
          + " in the baseline and not shown");
    }
  }

  void printReports(List<Path> files) {
    out.println();
    out.println("Reports");
    files.forEach(file -> out.println("  " + file));
  }

  static String header(String title, Report report, AsOfSource asOfSource) {
    return title + ": " + report.partnershipName() + " (" + report.partnershipId() + "), as of " + report.asOf()
        + " (" + asOfSource.note() + "), rule base " + report.ruleBaseVersion();
  }

  /** E.g. {@code   coordination    score  90  coverage 100% (1/1 rules)  critical 0  major 1  minor 0  info 0}. */
  static String summaryLine(Report report, Key key) {
    KeyScore score = report.scores().get(key);
    String points = score == null || score.score() == null ? "n/a" : Integer.toString(score.score());
    double coverage = score == null ? 0 : score.coverage();
    int evaluable = score == null ? 0 : score.evaluableRules();
    int rules = score == null ? 0 : score.rules();
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-15s score %3s  coverage %3d%% (%d/%d rules)",
        key.label(), points, Math.round(coverage * 100), evaluable, rules));
    for (Severity severity : MOST_SEVERE_FIRST) {
      line.append("  ").append(severity.label()).append(' ').append(report.count(key, severity));
    }
    return line.toString();
  }

  /**
   * E.g. {@code   mutuality       index  76  geometric mean of the four key scores}, or the reason there is
   * none.
   */
  static String mutualityLine(Report report) {
    MutualityIndex index = report.indices().mutuality();
    return String.format(Locale.ROOT, "  %-15s index %3s  %s", "mutuality", index.index() == null ? "n/a"
        : Integer.toString(index.index()), index.index() == null ? index.reason()
        : "geometric mean of the four key scores");
  }

  private void findings(Report report) {
    long waived = report.findings().stream().filter(ReportFinding::isWaived).count();
    long shadow = report.findings().stream().filter(ReportFinding::shadow).count();
    if (report.findings().isEmpty()) {
      out.println("Findings: none");
      return;
    }
    List<String> aside = new java.util.ArrayList<>();
    if (waived > 0) {
      aside.add(waived + " waived");
    }
    if (shadow > 0) {
      aside.add(shadow + " in shadow");
    }
    out.println("Findings: " + report.findings().size() + (aside.isEmpty() ? "" : " (" + String.join(", ", aside)
        + ")"));
    report.findings().forEach(finding -> out.println(findingLine(finding)));
  }

  /** E.g. {@code   major     COORD-001  project Coffee (COF): Municipality did 86% of the work ...}. */
  static String findingLine(ReportFinding finding) {
    return String.format(Locale.ROOT, "  %-9s %-10s %s: %s%s", finding.severity().label(), finding.ruleId(),
        subject(finding.subject()), finding.message(), waiver(finding.waiver()))
        + (finding.shadow() ? " [shadow: not counted, not written back]" : "");
  }

  private void notEvaluable(Report report) {
    if (report.notEvaluable().isEmpty()) {
      out.println("Not evaluable: none");
      return;
    }
    out.println("Not evaluable: " + report.notEvaluable().size());
    for (NotEvaluableEntry entry : report.notEvaluable()) {
      out.println(String.format(Locale.ROOT, "  %-10s %s: %s", entry.ruleId(), subject(entry.subject()),
          entry.reason()));
    }
  }

  /**
   * A subject as {@code type name (id)}, or {@code type id} when it has no name of its own or is the project
   * (which the header names).
   */
  static String subject(Subject subject) {
    return subject.name().equals(subject.id()) || subject.type() == SubjectType.PROJECT
        ? subject.type().label() + " " + subject.id()
        : subject.type().label() + " " + subject.name() + " (" + subject.id() + ")";
  }

  private static String waiver(AppliedWaiver waiver) {
    if (waiver == null) {
      return "";
    }
    return waiver.isActive()
        ? " [waived until " + waiver.expires() + " by " + waiver.approver() + "]"
        : " [waiver expired on " + waiver.expires() + ": counts again]";
  }
}
