package org.mutuality.model;

/** The sector a partner organisation belongs to; the mix of sectors is what makes a partnership cross-sector. */
public enum Sector {
  PUBLIC,
  PRIVATE,
  CIVIL_SOCIETY,
  ACADEMIC,
  OTHER
}
