package org.mutuality.jira.api;

import java.util.List;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;

final class RestServer implements ServerResource {
  private final JiraClient client;
  private final Flavor flavor;

  RestServer(JiraClient client, Flavor flavor) {
    this.client = client;
    this.flavor = flavor;
  }

  @Override
  public ServerJson.ServerInfo serverInfo() throws JiraException {
    return client.get(flavor.api() + "/serverInfo", null, ServerJson.ServerInfo.class);
  }

  @Override
  public List<ServerJson.Field> fields() throws JiraException {
    return List.copyOf(client.get(flavor.api() + "/field", null, ServerJson.Fields.class));
  }

  @Override
  public List<ServerJson.Status> statuses() throws JiraException {
    return List.copyOf(client.get(flavor.api() + "/status", null, ServerJson.Statuses.class));
  }
}
