package org.mutuality.sandbox.site;

/** The three status categories Jira has, with their fixed ids, keys and colours. */
public enum StatusCategory {
  /** To Do. */
  NEW(2, "new", "blue-gray", "To Do"),
  /** In Progress. */
  INDETERMINATE(4, "indeterminate", "yellow", "In Progress"),
  /** Done. */
  DONE(3, "done", "green", "Done");

  private final int id;
  private final String key;
  private final String colorName;
  private final String displayName;

  StatusCategory(int id, String key, String colorName, String displayName) {
    this.id = id;
    this.key = key;
    this.colorName = colorName;
    this.displayName = displayName;
  }

  /** @return Jira's id of the category */
  public int id() {
    return id;
  }

  /** @return Jira's key of the category */
  public String key() {
    return key;
  }

  /** @return Jira's colour name of the category */
  public String colorName() {
    return colorName;
  }

  /** @return the category's name */
  public String displayName() {
    return displayName;
  }
}
