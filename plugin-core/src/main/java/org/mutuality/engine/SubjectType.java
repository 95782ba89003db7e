package org.mutuality.engine;

import java.util.Locale;

/** What a finding is about. */
public enum SubjectType {
  PROJECT,
  PARTNER,
  PARTNER_PAIR,
  PERSON,
  ISSUE,
  VERSION,
  SPRINT,
  /** A work package (a Jira component); its id is the tracker's, as for versions and sprints. */
  WORK_PACKAGE;

  /** The name used in reports and configuration, e.g. {@code partner-pair}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static SubjectType parse(String text) {
    for (SubjectType type : values()) {
      if (type.label().equalsIgnoreCase(text)) {
        return type;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a subject type; use project, partner, "
        + "partner-pair, person, issue, version, sprint or work-package");
  }
}
