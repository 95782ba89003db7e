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
}
