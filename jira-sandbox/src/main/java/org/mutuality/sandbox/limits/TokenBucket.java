package org.mutuality.sandbox.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket refilled continuously: {@code refill} tokens per {@code period}, at most {@code capacity}; starts
 * full. Exact integer arithmetic (credits in token-nanoseconds), so a fake clock gives exact answers.
 */
final class TokenBucket implements Meter {
  private final int capacity;
  private final long refill;
  private final long periodNanos;
  private long credits;
  private Instant last;

  TokenBucket(int capacity, int refill, Duration period) {
    if (capacity < 1 || refill < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a token bucket needs capacity, refill and period above zero");
    }
    this.capacity = capacity;
    this.refill = refill;
    this.periodNanos = period.toNanos();
    this.credits = capacity * periodNanos;
  }

  @Override
  public int limit() {
    return capacity;
  }

  @Override
  public int available(Instant now) {
    catchUp(now);
    return (int) (credits / periodNanos);
  }

  @Override
  public void take(Instant now) {
    catchUp(now);
    credits -= periodNanos;
  }

  @Override
  public Duration untilNext(Instant now) {
    catchUp(now);
    long missing = periodNanos - credits;
    return missing <= 0 ? Duration.ZERO : Duration.ofNanos((missing + refill - 1) / refill);
  }

  private void catchUp(Instant now) {
    if (last != null && now.isAfter(last)) {
      long full = periodNanos * (capacity / refill + 1);
      long elapsed = Math.min(Duration.between(last, now).toNanos(), full);
      credits = Math.min(capacity * periodNanos, credits + elapsed * refill);
    }
    if (last == null || now.isAfter(last)) {
      last = now;
    }
  }
}
