package org.mutuality.sandbox.http;

import java.util.List;
import java.util.Optional;
import org.mutuality.sandbox.Flavor;

/**
 * The fields the sandbox knows, with the ids, names and schemas {@code /field} reports. The Sprint and Flagged
 * custom fields have different ids per flavour, as on real sites.
 */
final class FieldCatalog {
  /**
   * One field.
   *
   * @param id the field id
   * @param name the display name
   * @param navigable whether {@code *navigable} includes it
   * @param custom whether it is a custom field
   * @param type the schema type
   * @param items the item type of arrays, or null
   * @param system the system field name, or null for custom fields
   * @param customType the custom field type key, or null
   */
  record Field(String id, String name, boolean navigable, boolean custom, String type, String items, String system,
      String customType) {
  }

  static final String CLOUD_SPRINT = "customfield_10020";
  static final String CLOUD_FLAGGED = "customfield_10021";
  static final String DC_SPRINT = "customfield_10101";
  static final String DC_FLAGGED = "customfield_10100";

  private FieldCatalog() {
  }

  static String sprintField(Flavor flavor) {
    return flavor == Flavor.CLOUD ? CLOUD_SPRINT : DC_SPRINT;
  }

  static String flaggedField(Flavor flavor) {
    return flavor == Flavor.CLOUD ? CLOUD_FLAGGED : DC_FLAGGED;
  }

  static List<Field> fields(Flavor flavor) {
    boolean cloud = flavor == Flavor.CLOUD;
    return List.of(
        system("summary", "Summary", true, "string", null),
        system("issuetype", "Issue Type", true, "issuetype", null),
        system("project", "Project", true, "project", null),
        system("status", "Status", true, "status", null),
        system("priority", "Priority", true, "priority", null),
        system("resolution", "Resolution", true, "resolution", null),
        system("resolutiondate", "Resolved", true, "datetime", null),
        system("assignee", "Assignee", true, "user", null),
        system("reporter", "Reporter", true, "user", null),
        system("creator", "Creator", true, "user", null),
        system("created", "Created", true, "datetime", null),
        system("updated", "Updated", true, "datetime", null),
        system("duedate", "Due date", true, "date", null),
        system("labels", "Labels", true, "array", "string"),
        system("components", "Components", true, "array", "component"),
        system("fixVersions", "Fix versions", true, "array", "version"),
        system("description", "Description", true, "string", null),
        system("comment", "Comment", false, "comments-page", "comment"),
        system("worklog", "Log Work", true, "array", "worklog"),
        system("issuelinks", "Linked Issues", true, "array", "issuelinks"),
        system("security", "Security Level", true, "securitylevel", null),
        system("parent", "Parent", true, "issuelink", null),
        new Field(sprintField(flavor), "Sprint", true, true, "array", cloud ? "json" : "string", null,
            "com.pyxis.greenhopper.jira:gh-sprint"),
        new Field(flaggedField(flavor), "Flagged", true, true, "array", "option", null,
            "com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes"));
  }

  static Optional<Field> byId(Flavor flavor, String id) {
    return fields(flavor).stream().filter(f -> f.id().equals(id)).findFirst();
  }

  private static Field system(String id, String name, boolean navigable, String type, String items) {
    return new Field(id, name, navigable, false, type, items, id, null);
  }
}
