package org.mutuality.model;

import java.util.Objects;

/**
 * The partnership as the tracker shows it: usually one project (its key is the partnership's id).
 *
 * @param id the project key, or a name chosen in configuration when the partnership spans projects
 * @param name display name
 * @param description the project's self-description, empty when none was written
 * @param customLogo whether the project shows a logo of its own rather than a system avatar
 * @param leadId the person id of the project lead, or {@code null} when none is set
 */
public record Partnership(String id, String name, String description, boolean customLogo, String leadId) {
  public Partnership {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
    description = description == null ? "" : description;
  }
}
