package org.mutuality.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * One request the sandbox answered, for tests and benchmarks that count requests. Requests refused by a rate
 * limit (429), answered by an injected 503 and dropped connections are logged too.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the raw query string, or {@code null}
 * @param status the status answered, {@link #DROPPED} when the connection was closed without a response
 * @param delay how long an injected slow-response fault held the request ({@link Duration#ZERO} for none)
 */
public record LoggedRequest(String method, String path, String query, int status, Duration delay) {
  /** The status logged for a connection dropped without any response. */
  public static final int DROPPED = 0;

  /** The request attribute (a {@link Duration}) through which a fault tells the logging handler its delay. */
  public static final String DELAY_ATTRIBUTE = "org.mutuality.sandbox.delay";

  /** Checks the delay. */
  public LoggedRequest {
    Objects.requireNonNull(delay, "delay");
  }

  /**
   * A request answered without delay.
   *
   * @param method the HTTP method
   * @param path the path, without the query
   * @param query the raw query string, or {@code null}
   * @param status the status answered
   */
  public LoggedRequest(String method, String path, String query, int status) {
    this(method, path, query, status, Duration.ZERO);
  }

  /** @return whether the connection was closed without a response */
  public boolean dropped() {
    return status == DROPPED;
  }
}
