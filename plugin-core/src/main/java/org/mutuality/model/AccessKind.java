package org.mutuality.model;

/**
 * How access is granted in the tracker: through a project role, through a group, or as a member of an issue
 * security level (who may see the work items that carry that level).
 */
public enum AccessKind {
  ROLE,
  GROUP,
  SECURITY_LEVEL
}
