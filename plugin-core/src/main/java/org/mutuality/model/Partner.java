package org.mutuality.model;

import java.util.List;
import java.util.Objects;

/**
 * One organisation in the partnership.
 *
 * @param id the stable id used in configuration and reports (e.g. {@code coop})
 * @param name display name
 * @param sector which sector the organisation belongs to
 * @param expertise what the partner declares it brings, free text
 */
public record Partner(String id, String name, Sector sector, List<String> expertise) {
  public Partner {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
    sector = sector == null ? Sector.OTHER : sector;
    expertise = expertise == null ? List.of() : List.copyOf(expertise);
  }
}
