package org.mutuality.model;

/** The sector a partner organisation belongs to; the mix of sectors is what makes a partnership cross-sector. */
public enum Sector {
  PUBLIC,
  PRIVATE,
  CIVIL_SOCIETY,
  ACADEMIC,
  OTHER;

  /**
   * Parses {@code public}, {@code private}, {@code civil-society}, {@code academic} or {@code other}, in any
   * case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Sector parse(String text) {
    for (Sector sector : values()) {
      if (sector.name().equalsIgnoreCase(text.trim().replace('-', '_'))) {
        return sector;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a sector; use public, private, civil-society, "
        + "academic or other");
  }
}
