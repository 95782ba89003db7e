package org.mutuality.model;

/** How access is granted in the tracker: through a project role or through a group. */
public enum AccessKind {
  ROLE,
  GROUP
}
