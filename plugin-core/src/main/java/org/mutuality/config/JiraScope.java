package org.mutuality.config;

import java.util.List;

/**
 * The {@code jira:} section of {@code mutuality.yml}: which site to read and what of it, so an audit can run
 * without repeating them on the command line. Configuration data only: the adapter reads it.
 *
 * @param site the site URL
 * @param projects project keys, may be empty when {@code jql} is set
 * @param jql a JQL filter, or {@code null}
 */
public record JiraScope(String site, List<String> projects, String jql) {
  public JiraScope {
    projects = List.copyOf(projects);
  }
}
