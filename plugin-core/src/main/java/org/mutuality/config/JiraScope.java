package org.mutuality.config;

import java.util.List;

/**
 * The {@code jira:} section of {@code mutuality.yml}: which site to read and what of it, so an audit can run
 * without repeating them on the command line. Configuration data only: the adapter reads it.
 *
 * @param site the site URL
 * @param projects project keys, may be empty when {@code jql} is set
 * @param jql a JQL filter, or {@code null}
 * @param partnerField a custom field naming each work item's partner, by id ({@code customfield_10050}) or by name
 *     ({@code Partner}), or {@code null}; its value (a select list's option, or text) must equal a partner's
 *     {@code id} or {@code name} (without case) to own the work item
 */
public record JiraScope(String site, List<String> projects, String jql, String partnerField) {
  public JiraScope {
    projects = List.copyOf(projects);
    partnerField = partnerField == null || partnerField.isBlank() ? null : partnerField.trim();
  }

  /** A scope without a partner field. */
  public JiraScope(String site, List<String> projects, String jql) {
    this(site, projects, jql, null);
  }
}
