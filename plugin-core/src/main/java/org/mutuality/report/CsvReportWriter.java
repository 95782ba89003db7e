package org.mutuality.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a report as CSV (RFC 4180: comma-separated, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled, CRLF line ends, UTF-8), one row per finding, per not-evaluable subject and, with a
 * history, per finding fixed since the previous audit, under the header
 * {@code rule_id,key,severity,subject_type,subject_id,subject_name,outcome,change,message}.
 *
 * <ul>
 *   <li>{@code outcome}: {@code fail} for a finding, {@code waived} for a finding an active waiver covers,
 *       {@code shadow} for a finding of a rule in shadow,
 *       {@code not-evaluable} (with an empty severity and the reason as message), {@code pass} for a fixed finding
 *       (its earlier severity and message);
 *   <li>{@code change}: {@code new}, {@code persisting}, {@code fixed}, {@code waived} or {@code expired-waiver}
 *       against the previous audit; empty without a history.
 * </ul>
 *
 * <p>A field that a spreadsheet would read as a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return — issue summaries and names come from the tracker) is prefixed with {@code '}.
 */
public final class CsvReportWriter {
  /** The header row. */
  public static final String HEADER = "rule_id,key,severity,subject_type,subject_id,subject_name,outcome,change,message";

  private static final String EOL = "\r\n";

  /** Writes the report to {@code out}, which it flushes but leaves open. */
  public void write(ReportView view, Writer out) throws IOException {
    out.write(HEADER);
    out.write(EOL);
    Report report = view.report();
    for (ReportFinding f : report.findings()) {
      Change change = view.change(f);
      row(out, f.ruleId(), f.key().label(), f.severity().label(), f.subject().type().label(), f.subject().id(),
          f.subject().name(), f.isWaived() ? "waived" : f.shadow() ? "shadow" : "fail", change == null ? "" : change.label(), f.message());
    }
    for (NotEvaluableEntry n : report.notEvaluable()) {
      row(out, n.ruleId(), n.key().label(), "", n.subject().type().label(), n.subject().id(), n.subject().name(),
          "not-evaluable", "", n.reason());
    }
    if (view.comparison() != null) {
      for (PastAudit.PastFinding f : view.comparison().fixed()) {
        row(out, f.ruleId(), f.key().label(), f.severity().label(), f.subjectType(), f.subjectId(), f.subjectName(),
            "pass", Change.FIXED.label(), f.message());
      }
    }
    out.flush();
  }

  /** The report as CSV text. */
  public String toCsv(ReportView view) {
    StringWriter out = new StringWriter();
    try {
      write(view, out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the CSV report", e);
    }
    return out.toString();
  }

  private static void row(Writer out, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields[i]));
    }
    out.write(EOL);
  }

  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = List.of('=', '+', '-', '@', '\t', '\r').contains(value.charAt(0)) ? "'" + value : value;
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
