package org.mutuality.sandbox.site;

import java.time.LocalDate;

/**
 * A fix version (milestone) of a project.
 *
 * @param id the version id
 * @param name the name
 * @param description the description
 * @param archived whether it is archived
 * @param released whether it is released
 * @param startDate the start date, or {@code null}
 * @param releaseDate the release date, or {@code null}
 */
public record Version(String id, String name, String description, boolean archived, boolean released,
    LocalDate startDate, LocalDate releaseDate) {

  /**
   * Jira's read-only {@code overdue} flag: unreleased with a release date before today.
   *
   * @param today the site's current date
   * @return whether the version is overdue
   */
  public boolean overdue(LocalDate today) {
    return !released && releaseDate != null && releaseDate.isBefore(today);
  }
}
