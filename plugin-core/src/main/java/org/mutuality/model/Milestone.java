package org.mutuality.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A planned delivery (a Jira version).
 *
 * @param id the tracker's id
 * @param name display name
 * @param releaseDate the planned release date, {@code null} when none
 * @param released whether it was released
 */
public record Milestone(String id, String name, LocalDate releaseDate, boolean released) {
  public Milestone {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
  }

  /**
   * Whether the milestone is past its release date and not released, at the audit's instant (never the
   * wall clock, and not the tracker's own {@code overdue} flag, which is computed against its clock).
   */
  public boolean isOverdueAt(Instant asOf) {
    return !released && releaseDate != null && releaseDate.isBefore(LocalDate.ofInstant(asOf, ZoneOffset.UTC));
  }
}
