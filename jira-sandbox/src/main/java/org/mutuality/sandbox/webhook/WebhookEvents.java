package org.mutuality.sandbox.webhook;

import java.util.Set;

/** The webhook events the sandbox sends ({@code jira-api/NOTES.md} §4.2). */
public final class WebhookEvents {
  /** An issue was created. */
  public static final String ISSUE_CREATED = "jira:issue_created";
  /** An issue changed; also sent for comments ({@code issue_commented}, …) and links. */
  public static final String ISSUE_UPDATED = "jira:issue_updated";
  /** A comment was added. */
  public static final String COMMENT_CREATED = "comment_created";
  /** A comment was edited. */
  public static final String COMMENT_UPDATED = "comment_updated";
  /** A comment was deleted. */
  public static final String COMMENT_DELETED = "comment_deleted";
  /** An issue link was created. */
  public static final String ISSUELINK_CREATED = "issuelink_created";
  /** An issue property was set. */
  public static final String ISSUE_PROPERTY_SET = "issue_property_set";
  /** An issue property was deleted. */
  public static final String ISSUE_PROPERTY_DELETED = "issue_property_deleted";

  /** Every event the sandbox sends. */
  public static final Set<String> ALL = Set.of(ISSUE_CREATED, ISSUE_UPDATED, COMMENT_CREATED, COMMENT_UPDATED,
      COMMENT_DELETED, ISSUELINK_CREATED, ISSUE_PROPERTY_SET, ISSUE_PROPERTY_DELETED);

  private WebhookEvents() {
  }
}
