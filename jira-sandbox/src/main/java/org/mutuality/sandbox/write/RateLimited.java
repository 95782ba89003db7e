package org.mutuality.sandbox.write;

import java.time.Duration;
import java.time.Instant;

/**
 * A write refused by the per-issue limit.
 *
 * @param limit the writes the tripped window allows ({@code X-RateLimit-Limit})
 * @param retryAfter how long until the window admits a write again ({@code Retry-After}, rounded up to seconds)
 * @param reset when the window admits a write again ({@code X-RateLimit-Reset})
 */
public record RateLimited(int limit, Duration retryAfter, Instant reset) {

  /** @return {@code Retry-After} in whole seconds, at least 1 */
  public long retryAfterSeconds() {
    long seconds = (retryAfter.toMillis() + 999) / 1000;
    return Math.max(1, seconds);
  }
}
