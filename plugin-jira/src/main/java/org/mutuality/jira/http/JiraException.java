package org.mutuality.jira.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jira answered something other than 2xx, or did not answer at all, or answered what could not be read. The one
 * exception type of the adapter: it carries the status ({@link #NO_ANSWER} when none came), the request (method
 * and URL, which never hold credentials) and Jira's {@code errorMessages} and field {@code errors}.
 */
public final class JiraException extends Exception {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The status of a request that got no answer (connection refused, dropped, timed out). */
  public static final int NO_ANSWER = 0;

  private final int status;
  private final String method;
  private final String url;
  private final List<String> errorMessages;
  private final Map<String, String> errors;
  private java.time.Duration retryAfter;

  private JiraException(int status, String method, String url, List<String> errorMessages,
      Map<String, String> errors, String detail, Throwable cause) {
    super(message(status, method, url, errorMessages, errors, detail), cause);
    this.status = status;
    this.method = method;
    this.url = url;
    this.errorMessages = List.copyOf(errorMessages);
    this.errors = Map.copyOf(errors);
  }

  /** Jira answered {@code response} (not 2xx) to {@code request}. */
  public static JiraException of(JiraRequest request, JiraResponse response) {
    List<String> messages = new ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    readErrorBody(response.body(), messages, errors);
    JiraException e = new JiraException(response.status(), request.method(), request.uri().toString(), messages,
        errors, null, null);
    response.header("Retry-After").ifPresent(value -> {
      try {
        e.retryAfter = java.time.Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
      } catch (NumberFormatException notSeconds) {
        // an HTTP date: the caller falls back to its own backoff
      }
    });
    return e;
  }

  /** No answer came to {@code request}. */
  public static JiraException noAnswer(JiraRequest request, IOException cause) {
    String detail = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return new JiraException(NO_ANSWER, request.method(), request.uri().toString(), List.of(), Map.of(), detail,
        cause);
  }

  /** Jira answered {@code request} with 2xx, but the body could not be read as {@code what}. */
  public static JiraException unreadable(JiraRequest request, int status, String what, Exception cause) {
    String detail = "the body is not " + what + " (" + cause.getClass().getSimpleName() + ")";
    return new JiraException(status, request.method(), request.uri().toString(), List.of(), Map.of(), detail,
        cause);
  }

  /** Paging went wrong on {@code url}: the message says how. */
  public static JiraException paging(String method, String url, String problem) {
    return new JiraException(200, method, url, List.of(), Map.of(), problem, null);
  }

  private static void readErrorBody(String body, List<String> messages, Map<String, String> errors) {
    if (body == null || body.isBlank()) {
      return;
    }
    try {
      JsonNode node = JSON.readTree(body);
      node.path("errorMessages").forEach(m -> messages.add(m.asText()));
      node.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
      if (node.hasNonNull("message")) {
        messages.add(node.get("message").asText());
      }
    } catch (IOException | RuntimeException notJson) {
      // 401, 403 and DC's HTML 429 may not be JSON: the status says enough
    }
  }

  private static String message(int status, String method, String url, List<String> messages,
      Map<String, String> errors, String detail) {
    StringBuilder text = new StringBuilder(method).append(' ').append(url);
    text.append(status == NO_ANSWER ? " got no answer" : " answered " + status);
    List<String> parts = new ArrayList<>(messages);
    errors.forEach((field, error) -> parts.add(field + ": " + error));
    if (detail != null) {
      parts.add(detail);
    }
    if (!parts.isEmpty()) {
      text.append(": ").append(String.join("; ", parts));
    }
    return text.toString();
  }

  /** The HTTP status, {@link #NO_ANSWER} when none came. */
  public int status() {
    return status;
  }

  public String method() {
    return method;
  }

  /** The URL requested; it never holds credentials. */
  public String url() {
    return url;
  }

  /** The {@code Retry-After} Jira sent with the answer (in seconds), if any. */
  public java.util.Optional<java.time.Duration> retryAfter() {
    return java.util.Optional.ofNullable(retryAfter);
  }

  public List<String> errorMessages() {
    return errorMessages;
  }

  public Map<String, String> errors() {
    return errors;
  }
}
