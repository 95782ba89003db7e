package org.mutuality.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Time logged on a work item.
 *
 * @param id the tracker's worklog id
 * @param itemKey the work item it belongs to
 * @param authorId person id of whoever logged it
 * @param started when the work started
 * @param seconds time spent, in seconds
 * @param visibility the restriction on who may read it, {@code null} when open
 */
public record Worklog(
    String id, String itemKey, String authorId, Instant started, long seconds, Visibility visibility) {
  public Worklog {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(itemKey, "itemKey");
    Objects.requireNonNull(started, "started");
  }

  public boolean isRestricted() {
    return visibility != null;
  }

  public double hours() {
    return seconds / 3600.0;
  }
}
