package org.mutuality.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The audit's instant and its rolling window. Rules measure every age and window from here and never read
 * the wall clock, so an audit can be reproduced exactly.
 *
 * @param asOf the instant the audit judges
 * @param windowDays the length of the rolling window W, in days
 * @param zone the time zone the audit's day is in (the {@code calendar:} setting's)
 */
public record AuditClock(Instant asOf, int windowDays, ZoneId zone) {
  public static final int DEFAULT_WINDOW_DAYS = 90;

  public AuditClock {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
    if (windowDays <= 0) {
      throw new IllegalArgumentException("windowDays must be positive, was " + windowDays);
    }
  }

  /** A clock whose days are counted in UTC. */
  public AuditClock(Instant asOf, int windowDays) {
    this(asOf, windowDays, ZoneOffset.UTC);
  }

  /** The first instant inside the window. */
  public Instant windowStart() {
    return asOf.minus(Duration.ofDays(windowDays));
  }

  /** The instant {@code days} days before {@link #asOf()}. */
  public Instant daysAgo(long days) {
    return asOf.minus(Duration.ofDays(days));
  }

  /** The audit's calendar day, in the calendar's time zone: what "past its due date" is measured against. */
  public LocalDate today() {
    return LocalDate.ofInstant(asOf, zone);
  }
}
