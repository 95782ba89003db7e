package org.mutuality.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mutuality.io.InputException;
import org.mutuality.report.JsonReportWriter;
import org.mutuality.report.PastAudit;
import org.mutuality.report.Report;

/**
 * {@code --history DIR}: every audit's JSON report kept in one folder, named by partnership and instant
 * ({@code COF-20261120T090000Z.json}), so that the next audit of the same partnership can say what changed. An
 * audit of the same partnership at the same instant replaces the earlier file; other files are left alone.
 */
final class AuditHistory {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private AuditHistory() {}

  /**
   * The audits of a partnership kept in the folder, in no particular order; none when the folder does not exist.
   *
   * @throws CommandException (usage) naming the file and JSON path of a report that cannot be read
   */
  static List<PastAudit> read(Path folder, String partnershipId) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<PastAudit> audits = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(partnershipId + "-")
          && f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        PastAudit audit = PastAudit.read(file);
        if (audit.partnershipId().equals(partnershipId)) {
          audits.add(audit);
        }
      }
    } catch (InputException e) {
      throw new CommandException(ExitCode.USAGE, "--history: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CommandException(ExitCode.USAGE, "--history " + folder + ": cannot be read: " + e.getMessage(), e);
    }
    return audits;
  }

  /** Keeps the report's JSON in the folder (created when missing) and returns the file. */
  static Path save(Path folder, Report report) {
    Path file = folder.resolve(report.partnershipId() + "-" + STAMP.format(report.asOf()) + ".json");
    try {
      Files.createDirectories(folder);
      ReportFiles.writeAtomically(file, out -> new JsonReportWriter().write(report, out));
    } catch (IOException e) {
      throw new CommandException(ExitCode.USAGE, "--history: cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }
}
