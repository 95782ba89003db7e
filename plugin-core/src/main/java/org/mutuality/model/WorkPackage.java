package org.mutuality.model;

import java.util.Objects;

/**
 * A work package: a named part of the work (a Jira component) that items are filed under.
 *
 * @param id the tracker's identifier
 * @param name the name items refer to it by ({@link WorkItem#components()})
 * @param leadId the person who leads it, {@code null} when nobody does
 */
public record WorkPackage(String id, String name, String leadId) {
  public WorkPackage {
    Objects.requireNonNull(name, "name");
    id = id == null ? name : id;
  }
}
