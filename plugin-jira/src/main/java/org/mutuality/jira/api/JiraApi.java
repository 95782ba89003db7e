package org.mutuality.jira.api;

import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;

/**
 * The Jira resources of one site and flavour.
 *
 * @param flavor the flavour
 * @param server serverInfo, fields, statuses
 * @param search issue search
 * @param issues paged parts of issues
 * @param projects projects
 * @param agile boards and sprints
 * @param users users and groups
 * @param security who may see the issues of a security level
 */
public record JiraApi(Flavor flavor, ServerResource server, SearchResource search, IssueResource issues,
    ProjectResource projects, AgileResource agile, UserResource users, SecurityResource security) {

  /** The resources of {@code flavor} over {@code client}. */
  public static JiraApi of(JiraClient client, Flavor flavor) {
    return new JiraApi(flavor, new RestServer(client, flavor),
        flavor == Flavor.CLOUD ? new CloudSearch(client) : new DcSearch(client),
        new RestIssues(client, flavor), new RestProjects(client, flavor), new RestAgile(client),
        new RestUsers(client, flavor), new RestSecurity(client, flavor));
  }

  /** Asks the site what it is (v2 {@code serverInfo} answers on every flavour, anonymously too). */
  public static ServerJson.ServerInfo serverInfo(JiraClient client) throws JiraException {
    return client.get("/rest/api/2/serverInfo", null, ServerJson.ServerInfo.class);
  }
}
