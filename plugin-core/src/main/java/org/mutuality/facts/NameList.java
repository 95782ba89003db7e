package org.mutuality.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * A setting that names several things, comma-separated (e.g. CONF-003's {@code documentRoles:
 * "Administrators, Document editors"}): its names, and whether a name is one of them, ignoring case and the
 * blanks around each name.
 */
public final class NameList {
  private NameList() {}

  /** The names of a comma-separated list, trimmed, empty entries skipped, in the order written. */
  public static List<String> of(String commaSeparated) {
    List<String> names = new ArrayList<>();
    if (commaSeparated == null) {
      return names;
    }
    for (String entry : commaSeparated.split(",")) {
      if (!entry.isBlank()) {
        names.add(entry.trim());
      }
    }
    return names;
  }

  /** Whether {@code name} is one of the list's names, ignoring case and surrounding blanks. */
  public static boolean contains(String commaSeparated, String name) {
    if (name == null) {
      return false;
    }
    String wanted = name.trim();
    for (String entry : of(commaSeparated)) {
      if (entry.equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }
}
