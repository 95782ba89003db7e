package org.mutuality.jira.http;

import java.net.URI;
import java.util.Objects;

/**
 * One request to Jira: a method, an absolute URI (never with credentials in it) and, for POST, a JSON body.
 *
 * @param method the HTTP method, upper case
 * @param uri the absolute URI, query included
 * @param body the JSON body, or {@code null} for none
 */
public record JiraRequest(String method, URI uri, String body) {
  public JiraRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
  }

  /** A GET of {@code uri}. */
  public static JiraRequest get(URI uri) {
    return new JiraRequest("GET", uri, null);
  }

  /** A POST of a JSON body to {@code uri}. */
  public static JiraRequest post(URI uri, String json) {
    return new JiraRequest("POST", uri, json);
  }

  /** {@code METHOD URI}, for messages and logs. */
  public String describe() {
    return method + " " + uri;
  }
}
