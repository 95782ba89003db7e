package org.mutuality.report;

import java.util.Objects;
import org.mutuality.engine.Severity;

/**
 * A report with what this run knows around it, for the renderers that show more than the JSON contract: where
 * the data came from, the comparison with earlier audits, what a baseline hid, and the failure threshold.
 *
 * @param report the audit
 * @param provenance where its data and settings came from
 * @param comparison the comparison with earlier audits ({@code --history}), or {@code null}
 * @param baselineHidden how many findings a baseline left out of {@code report} ({@code --baseline}), 0 without one
 * @param failOn the {@code --fail-on} threshold, or {@code null} for none
 */
public record ReportView(Report report, Provenance provenance, Comparison comparison, int baselineHidden,
    Severity failOn) {
  public ReportView {
    Objects.requireNonNull(report, "report");
    provenance = provenance == null ? Provenance.NONE : provenance;
  }

  /** A report alone: no provenance beyond its source, no history, no baseline, no threshold. */
  public static ReportView of(Report report) {
    return new ReportView(report, Provenance.NONE, null, 0, null);
  }

  /** A finding's change since the previous audit, or {@code null} without a history. */
  public Change change(ReportFinding finding) {
    return comparison == null ? null : comparison.change(finding);
  }
}
