package org.mutuality.jira.api;

import java.util.Locale;

/** Which Jira a site is, told from {@code serverInfo.deploymentType}; it decides the REST version and search. */
public enum Flavor {
  /** Jira Cloud: REST v3 (ADF bodies, account ids), {@code /search/jql} with token paging. */
  CLOUD("3"),
  /** Jira Data Center or Server: REST v2 (wiki strings, user keys and names), {@code /search} with offsets. */
  DATA_CENTER("2");

  private final String apiVersion;

  Flavor(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /** The platform REST path prefix, e.g. {@code /rest/api/3}. */
  public String api() {
    return "/rest/api/" + apiVersion;
  }

  /** Cloud when {@code deploymentType} says {@code Cloud}; anything else (Server, DataCenter) is Data Center. */
  public static Flavor of(ServerJson.ServerInfo info) {
    String type = info.deploymentType() == null ? "" : info.deploymentType().toLowerCase(Locale.ROOT);
    return type.equals("cloud") ? CLOUD : DATA_CENTER;
  }
}
