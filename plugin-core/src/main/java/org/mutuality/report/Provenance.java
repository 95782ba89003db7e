package org.mutuality.report;

import java.util.List;

/**
 * Where an audit's data and settings came from, so that a reader can trust and reproduce it.
 *
 * @param site the tracker's site, {@code null} for a snapshot file
 * @param projects the projects read, empty for a snapshot file
 * @param configurationHash SHA-256 of the configuration file's bytes, {@code null} when the defaults were used
 * @param recordingHash SHA-256 over a recording's files (with {@code --record} or {@code --replay}), else {@code null}
 */
public record Provenance(String site, List<String> projects, String configurationHash, String recordingHash) {
  /** Nothing known beyond the report's own source line. */
  public static final Provenance NONE = new Provenance(null, List.of(), null, null);

  public Provenance {
    projects = projects == null ? List.of() : List.copyOf(projects);
  }
}
