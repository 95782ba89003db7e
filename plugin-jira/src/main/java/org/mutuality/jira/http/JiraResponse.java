package org.mutuality.jira.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Jira's answer: the status, the headers (names case-insensitive) and the body as text.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body, empty when there was none
 */
public record JiraResponse(int status, Map<String, List<String>> headers, String body) {
  public JiraResponse {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    }
    headers = copy;
    body = body == null ? "" : body;
  }

  /** A response with single-valued headers, for tests and decorators. */
  public static JiraResponse of(int status, Map<String, String> headers, String body) {
    Map<String, List<String>> multi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, value) -> multi.put(name, List.of(value)));
    return new JiraResponse(status, multi, body);
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Whether the status is 2xx. */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
