package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutuality.sandbox.Flavor;

/**
 * The fields the sandbox knows, with the ids, names and schemas {@code /field} reports. The Sprint and Flagged
 * custom fields have different ids per flavour, as on real sites. The Partner custom field
 * ({@value #PARTNER}, a single-select list of the demo's partners and one organisation outside it) is set on no
 * issue of the datasets; {@code PUT /issue} sets it. The Participants field ({@value #PARTICIPANTS}, a multi-user
 * picker) names the attendees of the demo's recent meeting records.
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
  static final String PARTNER = "customfield_10050";
  static final String PARTNER_NAME = "Partner";
  /** The Participants custom field: a multi-user picker, the attendees of meeting records (same id on both flavours). */
  static final String PARTICIPANTS = "customfield_10060";
  static final String PARTICIPANTS_NAME = "Participants";

  /**
   * An option of a select-list custom field.
   *
   * @param id the option id
   * @param value the option's text
   */
  record Option(String id, String value) {
  }

  /** The Partner field's options: the demo partners' names, and an organisation outside the partnership. */
  static final List<Option> PARTNER_OPTIONS = List.of(new Option("10300", "Alcaldía de Pitalito"),
      new Option("10301", "Cooperativa Cafetera del Sur"), new Option("10302", "Tostadores Andinos"),
      new Option("10303", "Fundación Raíces"), new Option("10304", "Universidad del Alto Magdalena"),
      new Option("10305", "Federación Nacional de Cafeteros"));

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
            "com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes"),
        new Field(PARTNER, PARTNER_NAME, true, true, "option", null, null,
            "com.atlassian.jira.plugin.system.customfieldtypes:select"),
        new Field(PARTICIPANTS, PARTICIPANTS_NAME, true, true, "array", "user", null,
            "com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker"));
  }

  /** @return the Partner option with this id, if any */
  static Optional<Option> partnerOption(String id) {
    return PARTNER_OPTIONS.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Reads a Partner value as Jira's edit takes a select list: {@code {"id": "10300"}} or {@code {"value": "…"}}, or
   * null to clear it.
   *
   * @param node the value
   * @param errors where a bad value's error goes, under the field id
   * @return the option id, or null (cleared, or an error)
   */
  static String partnerOptionId(JsonNode node, Map<String, String> errors) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.hasNonNull("id")) {
      String id = node.get("id").asText();
      return partnerOption(id).map(Option::id).orElseGet(() -> {
        errors.put(PARTNER, "Option id '" + id + "' is not valid");
        return null;
      });
    }
    String value = node.path("value").asText("");
    return PARTNER_OPTIONS.stream().filter(o -> o.value().equals(value)).findFirst().map(Option::id)
        .orElseGet(() -> {
          errors.put(PARTNER, "Option value '" + value + "' is not valid");
          return null;
        });
  }

  static Optional<Field> byId(Flavor flavor, String id) {
    return fields(flavor).stream().filter(f -> f.id().equals(id)).findFirst();
  }

  private static Field system(String id, String name, boolean navigable, String type, String items) {
    return new Field(id, name, navigable, false, type, items, id, null);
  }
}
