package org.mutuality.jira.decode;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of Jira response {@link ResponseDecoder} reads, by the name the command line uses. */
public enum Kind {
  /** {@code GET /issue/{key}}, or one issue of a search. */
  ISSUE("issue"),
  /** A search page: Cloud {@code /search/jql} (token) or Data Center {@code /search} (offsets). */
  SEARCH("search"),
  /** {@code GET /issue/{key}/comment}. */
  COMMENTS("comments"),
  /** {@code GET /issue/{key}/worklog}. */
  WORKLOGS("worklogs"),
  /** Cloud {@code GET /issue/{key}/changelog} or {@code /changelog/bulkfetch}, or an embedded changelog. */
  CHANGELOG("changelog"),
  /** {@code GET /project/{key}}. */
  PROJECT("project"),
  /** {@code GET /project/{key}/avatars}. */
  AVATARS("avatars"),
  /** {@code GET /project/{key}/components}, or a page of components ({@code /project/{key}/component}). */
  COMPONENTS("components"),
  /** {@code GET /project/{key}/role/{id}}. */
  ROLE("role"),
  /** {@code GET /group/member}. */
  GROUP_MEMBERS("group-members"),
  /** {@code GET /project/{key}/versions}, or a page of versions. */
  VERSIONS("versions"),
  /** {@code GET /rest/agile/1.0/board/{id}/sprint}. */
  SPRINTS("sprints"),
  /** {@code GET /user} or {@code /myself}. */
  USER("user"),
  /** {@code GET /serverInfo}. */
  SERVERINFO("serverinfo"),
  /** Cloud {@code GET /issuesecurityschemes/level/member}: who may see a security level's issues. */
  SECURITY_LEVEL_MEMBERS("security-level-members"),
  /** A webhook payload. */
  WEBHOOK("webhook");

  private final String cliName;

  Kind(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line, e.g. {@code group-members}. */
  public String cliName() {
    return cliName;
  }

  /** The kind named {@code name}. */
  public static Kind of(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.cliName.equals(n)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + name + "'; kinds: " + names()));
  }

  /** Every kind's name, comma-separated. */
  public static String names() {
    return Arrays.stream(values()).map(Kind::cliName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return cliName;
  }
}
