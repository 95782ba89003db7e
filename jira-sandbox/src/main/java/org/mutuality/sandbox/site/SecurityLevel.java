package org.mutuality.sandbox.site;

import java.util.List;

/**
 * An issue security level: only members of the listed roles or groups see issues that carry it.
 *
 * @param id the id
 * @param name the name
 * @param description the description
 * @param roleNames project roles whose actors may see the issue
 * @param groupNames groups whose members may see the issue
 */
public record SecurityLevel(String id, String name, String description, List<String> roleNames,
    List<String> groupNames) {
  /** Copies the lists. */
  public SecurityLevel {
    roleNames = List.copyOf(roleNames);
    groupNames = List.copyOf(groupNames);
  }
}
