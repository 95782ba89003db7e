package org.mutuality.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options that every auditing command shares: the audit's instant, the reports and the failure threshold. */
final class ReportOptions {
  @Option(names = "--as-of", paramLabel = "INSTANT", converter = AsOfConverter.class,
      description = {"The audit's instant: every window and age is measured from it. ISO-8601 "
          + "(2026-11-20T09:00:00Z) or a date (2026-11-20, start of day UTC).",
          "Default: the snapshot's capturedAt when it has one, else now. A recorded snapshot is judged as of "
          + "when it was captured, so an audit can be reproduced exactly."})
  Instant asOf;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Report files to write, any of json, md, html, junit (JUnit XML: a test case per rule and "
          + "subject, failures at or above --fail-on), csv, comma-separated. Default: json,md,html.")
  List<ReportFormat> formats;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOn.Converter.class,
      description = "Exit with 1 when an unwaived finding is at or above this severity: none, info, minor, major "
          + "or critical. Default: none (findings never fail the run).")
  FailOn failOn = FailOn.NONE;

  @Option(names = "--history", paramLabel = "DIR",
      description = "Keep this audit's JSON report in DIR and compare it with the latest earlier audit of the same "
          + "partnership kept there: each finding NEW, PERSISTING, WAIVED or EXPIRED_WAIVER, the ones gone FIXED, and "
          + "the trend of the key scores.")
  Path history;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "A JSON report whose findings are accepted as they are: report only findings that are not in "
          + "it (matched by fingerprint), as for a partnership that adopts Mutuality mid-way. Scores still count "
          + "every finding.")
  Path baseline;

  @Option(names = "--pseudonymize",
      description = "Show people as stable pseudonyms (partner id and a number, e.g. coop-4821) in every report and "
          + "on the terminal, for readers outside the partnership.")
  boolean pseudonymize;

  /** The formats chosen; json, md and html by default. */
  Set<ReportFormat> formats() {
    return formats == null || formats.isEmpty() ? EnumSet.of(ReportFormat.JSON, ReportFormat.MD, ReportFormat.HTML)
        : EnumSet.copyOf(formats);
  }

  /** The output folder given, or a default. */
  static Path orDefault(Path given, String fallback) {
    return given != null ? given : Path.of(fallback);
  }
}
