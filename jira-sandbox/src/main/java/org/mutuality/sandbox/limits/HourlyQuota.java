package org.mutuality.sandbox.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Jira Cloud's points quota: {@code points} per UTC hour, reset at the top of each hour, every request denied once
 * spent ("There is no gradual throttling"). The sandbox charges one point per request.
 */
final class HourlyQuota implements Meter {
  private final int points;
  private Instant hour;
  private int used;

  HourlyQuota(int points) {
    if (points < 1) {
      throw new IllegalArgumentException("a quota needs at least one point, got " + points);
    }
    this.points = points;
  }

  @Override
  public int limit() {
    return points;
  }

  @Override
  public int available(Instant now) {
    catchUp(now);
    return points - used;
  }

  @Override
  public void take(Instant now) {
    catchUp(now);
    used++;
  }

  @Override
  public Duration untilNext(Instant now) {
    catchUp(now);
    return used < points ? Duration.ZERO : Duration.between(now, hour.plus(1, ChronoUnit.HOURS));
  }

  private void catchUp(Instant now) {
    Instant current = now.truncatedTo(ChronoUnit.HOURS);
    if (!current.equals(hour)) {
      hour = current;
      used = 0;
    }
  }
}
