package org.mutuality.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mutuality.io.InputException;
import org.mutuality.report.PastAudit;

/**
 * {@code --baseline FILE}: an earlier JSON report whose findings are accepted as they are (SonarQube's "new code");
 * {@link org.mutuality.report.Report#without} leaves them out of this audit's report.
 */
final class Baseline {
  private Baseline() {}

  /** Reads the baseline, turning a missing or unreadable file into a usage error that names it. */
  static PastAudit read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CommandException(ExitCode.USAGE, "--baseline " + file + ": no such file");
    }
    try {
      return PastAudit.read(file);
    } catch (InputException e) {
      throw new CommandException(ExitCode.USAGE, "--baseline: " + e.getMessage(), e);
    }
  }
}
