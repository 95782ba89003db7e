package org.mutuality.sandbox.site;

/**
 * A restriction on a comment or worklog.
 *
 * @param type {@code role} or {@code group}
 * @param value the role name or the group name
 */
public record Visibility(String type, String value) {

  /**
   * @param role a project role name
   * @return a restriction to that role
   */
  public static Visibility role(String role) {
    return new Visibility("role", role);
  }

  /**
   * @param group a group name
   * @return a restriction to that group
   */
  public static Visibility group(String group) {
    return new Visibility("group", group);
  }
}
