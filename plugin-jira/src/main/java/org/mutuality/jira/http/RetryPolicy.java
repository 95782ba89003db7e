package org.mutuality.jira.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the adapter retries and how many requests it keeps in flight. Defaults follow Atlassian's advice
 * (NOTES.md §3.1): about 4 retries, a first wait of 2 s doubling up to 30 s, jitter ×[0.7, 1.3].
 *
 * @param maxRetries retries of one idempotent request before giving up
 * @param firstDelay the wait before the first retry when Jira says nothing (no {@code Retry-After})
 * @param maxDelay the longest such wait
 * @param maxInFlight requests sent at the same time, at most
 */
public record RetryPolicy(int maxRetries, Duration firstDelay, Duration maxDelay, int maxInFlight) {
  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxRetries < 0 || maxInFlight < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("a retry policy needs maxRetries >= 0, maxInFlight >= 1 and "
          + "0 <= firstDelay <= maxDelay, got " + maxRetries + ", " + maxInFlight + ", " + firstDelay + ", " + maxDelay);
    }
  }

  /** 4 retries, 2 s doubling to 30 s, 4 requests in flight. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(30), 4);
  }

  /** This policy with another bound on requests in flight. */
  public RetryPolicy withMaxInFlight(int inFlight) {
    return new RetryPolicy(maxRetries, firstDelay, maxDelay, inFlight);
  }
}
