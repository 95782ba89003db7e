package org.mutuality.sandbox.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * What the limiter decided for one request.
 *
 * @param allowed whether the request goes on
 * @param reason Cloud: why it was refused, else {@code null}
 * @param limit the capacity of the reported scope, or -1 when no limit applies (no headers)
 * @param remaining the tokens left in that scope
 * @param retryIn until a token is available again (refusals)
 * @param reset when the refusing scope has a token again (refusals), else {@code null}
 */
record Verdict(boolean allowed, RateLimitReason reason, int limit, int remaining, Duration retryIn, Instant reset) {
  static final Verdict UNLIMITED = new Verdict(true, null, -1, 0, Duration.ZERO, null);

  boolean limited() {
    return limit >= 0;
  }

  /** @return {@code Retry-After}: the wait in whole seconds, rounded up, at least 1 */
  long retryAfterSeconds() {
    long seconds = (retryIn.toNanos() + 999_999_999L) / 1_000_000_000L;
    return Math.max(1, seconds);
  }
}
