package org.mutuality.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.mutuality.jira.JiraSource;
import org.mutuality.jira.record.Manifest;
import org.mutuality.jira.record.Recording;
import org.mutuality.jira.record.RecordingException;
import org.mutuality.jira.record.RecordingTransport;
import org.mutuality.jira.record.ReplayTransport;
import picocli.CommandLine.Option;

/** {@code audit --record DIR [--redact]} and {@code audit --replay DIR}: a read kept as evidence, and read again. */
final class RecordOptions {
  @Option(names = "--record", paramLabel = "DIR",
      description = "Keep every response of the live read in DIR (created readable by you only), to replay it "
          + "with --replay. It holds everything the account could see.")
  Path record;

  @Option(names = "--redact",
      description = "With --record: replace comment, worklog and issue description text by its length and a keyed "
          + "hash (HMAC with a random key per recording, never stored) before writing.")
  boolean redact;

  @Option(names = "--replay", paramLabel = "DIR",
      description = "Audit a recording made with --record, offline, through the same read as a live site.")
  Path replay;

  /** Checks the combination; {@code live} says whether a live read was asked for. */
  void check(boolean snapshotGiven, boolean siteGiven) {
    if (redact && record == null) {
      throw new CommandException(ExitCode.USAGE, "--redact applies to --record DIR");
    }
    if (record != null && replay != null) {
      throw new CommandException(ExitCode.USAGE, "--record and --replay are mutually exclusive");
    }
    if (replay != null && (snapshotGiven || siteGiven)) {
      throw new CommandException(ExitCode.USAGE, "--replay reads the site and scope from the recording: give it "
          + "without --snapshot, --site, --project, --jql or --credentials");
    }
    if (record != null && snapshotGiven) {
      throw new CommandException(ExitCode.USAGE, "--record keeps a live read: give it with --site, not --snapshot");
    }
  }

  /**
   * Sets up {@code jira} to record or replay, as asked; a replay warns on {@code err} when the configuration would
   * ask for other requests than were recorded.
   */
  void apply(JiraOptions jira, PrintWriter err) {
    if (record != null) {
      jira.connector = (settings, progress) -> {
        Recording recording = Recording.create(record, Manifest.of(settings, redact, Instant.now(Clock.systemUTC())));
        return recording.capturing(JiraSource.connect(settings, progress,
            http -> new RecordingTransport(http, recording, redact)));
      };
    } else if (replay != null) {
      Recording recording = open(replay);
      jira.site = recording.manifest().site();
      jira.projects = new java.util.ArrayList<>(recording.manifest().projects());
      jira.jql = recording.manifest().jql();
      jira.offline = true;
      jira.connector = (settings, progress) -> {
        for (String change : recording.manifest().planChanges(settings)) {
          err.println("warning: " + change + "; give the --config the recording was made with");
        }
        err.flush();
        return new JiraSource(settings, ReplayTransport.retrying(recording, settings.retry()),
            ReplayTransport.clock(recording), progress);
      };
    }
  }

  private static Recording open(Path dir) {
    try {
      return Recording.open(dir);
    } catch (RecordingException e) {
      throw new CommandException(ExitCode.SOURCE, e.getMessage(), e);
    }
  }
}
