package org.mutuality.sandbox;

/** Which Jira the sandbox imitates. */
public enum Flavor {
  /** Jira Cloud: REST v2 and v3, {@code /search/jql}, ADF bodies in v3, {@code accountId}. */
  CLOUD,
  /** Jira Data Center: REST v2 only, offset-paged {@code /search}, wiki strings, user {@code key}/{@code name}. */
  DC
}
