package org.mutuality.sandbox.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when told to, for deterministic rate-limit tests: give it to
 * {@code JiraSandbox.builder().clock(...)}, then {@link #advance(Duration)} it instead of sleeping.
 */
public final class ManualClock extends Clock {
  private volatile Instant now;

  private ManualClock(Instant now) {
    this.now = Objects.requireNonNull(now, "now");
  }

  /**
   * @param start the clock's first reading
   * @return a clock standing at {@code start}
   */
  public static ManualClock at(Instant start) {
    return new ManualClock(start);
  }

  /**
   * Moves the clock forward.
   *
   * @param step how far; not negative
   * @return this clock
   */
  public ManualClock advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward, got " + step);
    }
    synchronized (this) {
      now = now.plus(step);
    }
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a ManualClock is always UTC");
  }
}
