package org.mutuality.sandbox.limits;

/**
 * Why Jira Cloud refused a request: the values of its {@code RateLimit-Reason} header
 * ({@code jira-api/NOTES.md} §3.1).
 */
public enum RateLimitReason {
  /** The app's hourly points quota across all tenants (Tier 1 "Global Pool"). */
  GLOBAL_QUOTA("jira-quota-global-based"),
  /** The app's hourly points quota on this tenant (Tier 2 "Per-Tenant"). */
  TENANT_QUOTA("jira-quota-tenant-based"),
  /** The per-second token bucket of one endpoint and HTTP method. */
  BURST("jira-burst-based"),
  /** Too many writes to one issue. */
  PER_ISSUE_WRITE("jira-per-issue-on-write");

  private final String header;

  RateLimitReason(String header) {
    this.header = header;
  }

  /** @return the {@code RateLimit-Reason} header value */
  public String header() {
    return header;
  }
}
