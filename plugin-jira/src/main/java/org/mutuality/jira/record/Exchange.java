package org.mutuality.jira.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One line of a recording's {@code index.jsonl}: a request and what came back.
 *
 * @param seq the exchange's number, from 1, in the order answers came
 * @param method the HTTP method
 * @param url the path and query as sent (no scheme, host or credentials)
 * @param requestBody the JSON body of a POST, or {@code null}
 * @param status the HTTP status, or 0 when no answer came
 * @param headers the response headers that matter: {@code content-type} and the rate-limit headers
 * @param file the body's file, relative to the recording folder, or {@code null} when no answer came
 * @param sha256 the lower-case hex SHA-256 of the body file's bytes, or {@code null}
 * @param error why no answer came ({@code ConnectException: …}), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Exchange(int seq, String method, String url, String requestBody, int status,
    Map<String, String> headers, String file, String sha256, String error) {

  /** What a replay matches a request on: method, path and query, and the body of a POST. */
  String requestKey() {
    return method + " " + url + (requestBody == null ? "" : " " + requestBody);
  }
}
