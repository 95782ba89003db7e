package org.mutuality.spi;

import org.mutuality.model.Snapshot;

/**
 * Where a partnership's data comes from: a snapshot file, a live Jira site, a recording of one. Every mode
 * (online audit, offline replay, the demo) reads through this one interface, so they share one path to the
 * engine.
 */
public interface TrackerSource {
  /**
   * Reads the partnership completely. Parts the source cannot read (a forbidden endpoint, a feature switched
   * off) are recorded as gaps in the snapshot rather than failing the read.
   *
   * @throws SourceException when the source cannot be read at all
   */
  Snapshot read() throws SourceException;
}
