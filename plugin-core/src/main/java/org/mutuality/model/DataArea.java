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
  USERS
}
