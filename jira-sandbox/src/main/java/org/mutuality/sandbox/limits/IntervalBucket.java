package org.mutuality.sandbox.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * Jira Data Center's token bucket: {@code fillRate} tokens are added at the end of every interval, up to
 * {@code capacity}; starts full. The first interval starts at the bucket's first use.
 */
final class IntervalBucket implements Meter {
  private final int capacity;
  private final int fillRate;
  private final Duration interval;
  private int tokens;
  private Instant intervalStart;

  IntervalBucket(int capacity, int fillRate, Duration interval) {
    if (capacity < 1 || fillRate < 1 || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a bucket needs capacity, fill rate and interval above zero");
    }
    this.capacity = capacity;
    this.fillRate = fillRate;
    this.interval = interval;
    this.tokens = capacity;
  }

  @Override
  public int limit() {
    return capacity;
  }

  @Override
  public int available(Instant now) {
    catchUp(now);
    return tokens;
  }

  @Override
  public void take(Instant now) {
    catchUp(now);
    tokens--;
  }

  @Override
  public Duration untilNext(Instant now) {
    catchUp(now);
    return tokens > 0 ? Duration.ZERO : Duration.between(now, intervalStart.plus(interval));
  }

  private void catchUp(Instant now) {
    if (intervalStart == null) {
      intervalStart = now;
      return;
    }
    long passed = Duration.between(intervalStart, now).toNanos() / interval.toNanos();
    if (passed > 0) {
      tokens = (int) Math.min(capacity, tokens + Math.min(passed, capacity) * (long) fillRate);
      intervalStart = intervalStart.plus(interval.multipliedBy(passed));
    }
  }
}
