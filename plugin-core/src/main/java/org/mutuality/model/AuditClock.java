package org.mutuality.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The audit's instant and its rolling window. Rules measure every age and window from here and never read
 * the wall clock, so an audit can be reproduced exactly.
 *
 * @param asOf the instant the audit judges
 * @param windowDays the length of the rolling window W, in days
 */
public record AuditClock(Instant asOf, int windowDays) {
  public static final int DEFAULT_WINDOW_DAYS = 90;

  public AuditClock {
    Objects.requireNonNull(asOf, "asOf");
    if (windowDays <= 0) {
      throw new IllegalArgumentException("windowDays must be positive, was " + windowDays);
    }
  }

  /** The first instant inside the window. */
  public Instant windowStart() {
    return asOf.minus(Duration.ofDays(windowDays));
  }

  /** The instant {@code days} days before {@link #asOf()}. */
  public Instant daysAgo(long days) {
    return asOf.minus(Duration.ofDays(days));
  }

  /** The audit's calendar day, in UTC. */
  public LocalDate today() {
    return LocalDate.ofInstant(asOf, ZoneOffset.UTC);
  }
}
