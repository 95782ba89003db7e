package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an endpoint answers: a status and a JSON body ({@code null} for none).
 *
 * @param status the HTTP status
 * @param body the body, or {@code null}
 */
record Reply(int status, JsonNode body) {

  static Reply ok(JsonNode body) {
    return new Reply(200, body);
  }
}
