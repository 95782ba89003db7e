package org.mutuality.model;

/** The parts of a tracker a source reads; a part that could not be read is a {@link DataGap}. */
public enum DataArea {
  PROJECT,
  AVATAR,
  ROLES,
  GROUPS,
  WORK_ITEMS,
  COMMENTS,
  WORKLOGS,
  CHANGELOG,
  LINKS,
  VERSIONS,
  SPRINTS,
  SECURITY,
  USERS,
  /**
   * What lies outside the audited scope and was left out on purpose (e.g. links to issues of another project):
   * recorded so a reader knows, but no rule requires it, so it never makes a rule not evaluable.
   */
  OUTSIDE_SCOPE
}
