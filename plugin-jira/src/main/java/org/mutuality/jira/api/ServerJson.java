package org.mutuality.jira.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code serverInfo}, {@code field} and {@code status}: what the adapter learns about a site before reading. */
public final class ServerJson {
  private ServerJson() {}

  /**
   * {@code GET /rest/api/{v}/serverInfo}.
   *
   * @param baseUrl the site's own idea of its URL
   * @param version e.g. {@code 1001.0.0-SNAPSHOT} (Cloud) or {@code 10.3.6}
   * @param deploymentType {@code Cloud}, {@code Server} or {@code DataCenter}
   * @param serverTime the site's clock, e.g. {@code 2026-11-20T09:00:00.000+0000}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ServerInfo(String baseUrl, String version, String deploymentType, String serverTime) {
  }

  /**
   * One element of {@code GET /rest/api/{v}/field}.
   *
   * @param id e.g. {@code customfield_10020}
   * @param name e.g. {@code Sprint}
   * @param custom whether it is a custom field
   * @param schema its type
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Field(String id, String name, Boolean custom, Schema schema) {
  }

  /**
   * A field's schema.
   *
   * @param type e.g. {@code array}
   * @param items the type of an array's items, e.g. {@code user}
   * @param custom the custom field type, e.g. {@code com.pyxis.greenhopper.jira:gh-sprint}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Schema(String type, String items, String custom) {
  }

  /**
   * A workflow status with its category.
   *
   * @param id the status id
   * @param name its name
   * @param statusCategory its category ({@code key}: {@code new}, {@code indeterminate}, {@code done})
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Status(String id, String name, Category statusCategory) {
  }

  /**
   * A status category.
   *
   * @param key {@code new}, {@code indeterminate} or {@code done}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Category(String key) {
  }

  /** The fields list, for generic reading. */
  public static final class Fields extends java.util.ArrayList<Field> {
    private static final long serialVersionUID = 1L;
  }

  /** The statuses list, for generic reading. */
  public static final class Statuses extends java.util.ArrayList<Status> {
    private static final long serialVersionUID = 1L;
  }
}
