package org.mutuality.cli;

import java.nio.file.Path;
import org.mutuality.report.Provenance;

/**
 * What an audit's reports carry beyond the audit itself: the history to compare with and keep, a baseline to
 * leave out, whether people are shown as pseudonyms, and where the data came from.
 *
 * @param history the {@code --history} folder, or {@code null}
 * @param baseline the {@code --baseline} JSON report, or {@code null}
 * @param pseudonymize whether people appear as pseudonyms
 * @param provenance where the data and settings came from
 */
record ReportExtras(Path history, Path baseline, boolean pseudonymize, Provenance provenance) {
  static final ReportExtras NONE = new ReportExtras(null, null, false, Provenance.NONE);

  /** The options' extras with this provenance. */
  static ReportExtras of(ReportOptions options, Provenance provenance) {
    return new ReportExtras(options.history, options.baseline, options.pseudonymize, provenance);
  }
}
