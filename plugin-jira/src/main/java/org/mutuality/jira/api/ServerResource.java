package org.mutuality.jira.api;

import java.util.List;
import org.mutuality.jira.http.JiraException;

/** What a site says about itself: version and clock, fields, statuses. */
public interface ServerResource {
  ServerJson.ServerInfo serverInfo() throws JiraException;

  List<ServerJson.Field> fields() throws JiraException;

  List<ServerJson.Status> statuses() throws JiraException;
}
