package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What an endpoint answers: a status, a JSON body ({@code null} for none) and extra response headers.
 *
 * @param status the HTTP status
 * @param body the body, or {@code null}
 * @param headers extra headers (for example {@code Retry-After} on a 429), usually empty
 */
record Reply(int status, JsonNode body, Map<String, String> headers) {

  /** Copies the headers. */
  Reply {
    headers = Map.copyOf(headers);
  }

  Reply(int status, JsonNode body) {
    this(status, body, Map.of());
  }

  static Reply ok(JsonNode body) {
    return new Reply(200, body);
  }
}
