package org.mutuality.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutuality.io.InputException;
import org.mutuality.report.PastAudit;
import org.mutuality.report.Report;

/**
 * {@code --baseline FILE}: the findings of an earlier JSON report, accepted as they are, as for a partnership
 * that adopts Mutuality mid-way (SonarQube's "new code"). The report then lists only findings whose fingerprint
 * is not in the baseline; scores and indices still count every finding, so they keep describing the whole
 * partnership.
 */
final class Baseline {
  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = fingerprints;
  }

  static Baseline read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CommandException(ExitCode.USAGE, "--baseline " + file + ": no such file");
    }
    try {
      return new Baseline(PastAudit.read(file).findings().stream().map(PastAudit.PastFinding::fingerprint)
          .collect(Collectors.toUnmodifiableSet()));
    } catch (InputException e) {
      throw new CommandException(ExitCode.USAGE, "--baseline: " + e.getMessage(), e);
    }
  }

  /** The report without the baseline's findings. */
  Report leaveOut(Report report) {
    return new Report(report.schemaVersion(), report.asOf(), report.ruleBaseVersion(), report.partnershipId(),
        report.partnershipName(), report.source(),
        report.findings().stream().filter(f -> !fingerprints.contains(f.fingerprint())).toList(),
        report.notEvaluable(), report.scores(), report.rules(), report.indices());
  }
}
