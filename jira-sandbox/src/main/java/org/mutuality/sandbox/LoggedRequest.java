package org.mutuality.sandbox;

/**
 * One request the sandbox answered, for tests and benchmarks that count requests.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the raw query string, or {@code null}
 * @param status the status answered
 */
public record LoggedRequest(String method, String path, String query, int status) {
}
