package org.mutuality.sandbox.http;

import java.util.List;
import java.util.Map;

/**
 * A Jira error answer: status plus {@code errorMessages} and field {@code errors}, as in Jira's
 * {@code ErrorCollection}.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> messages;
  private final Map<String, String> errors;

  ApiError(int status, List<String> messages, Map<String, String> errors) {
    super(status + " " + messages + " " + errors);
    this.status = status;
    this.messages = List.copyOf(messages);
    this.errors = Map.copyOf(errors);
  }

  static ApiError of(int status, String message) {
    return new ApiError(status, List.of(message), Map.of());
  }

  static ApiError badRequest(String message) {
    return of(400, message);
  }

  static ApiError notFound(String message) {
    return of(404, message);
  }

  static ApiError issueNotFound() {
    return notFound("Issue does not exist or you do not have permission to see it.");
  }

  static ApiError projectNotFound(String key) {
    return notFound("No project could be found with key '" + key + "'.");
  }

  int status() {
    return status;
  }

  List<String> messages() {
    return messages;
  }

  Map<String, String> errors() {
    return errors;
  }
}
