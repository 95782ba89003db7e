package org.mutuality.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which days the partnership works, for deadlines counted in working days (the {@code calendar:} section
 * of {@code mutuality.yml}). Rules read it as a fact; none of them looks at the wall clock.
 *
 * @param zone the time zone days are counted in
 * @param workingDays the days of the week that are working days
 * @param holidays dates that are not working days even on a working weekday
 */
public record WorkCalendar(ZoneId zone, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
  /** Monday to Friday in UTC, no holidays. */
  public static final WorkCalendar DEFAULT = new WorkCalendar(
      ZoneOffset.UTC, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());

  public WorkCalendar {
    Objects.requireNonNull(zone, "zone");
    if (workingDays == null || workingDays.isEmpty()) {
      throw new IllegalArgumentException("a calendar needs at least one working day");
    }
    workingDays = Set.copyOf(workingDays);
    holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * The instant {@code days} working days after {@code from}: the same local time on the {@code days}-th
   * working day that follows {@code from}'s day. A hand-over on Friday afternoon with 5 working days is due
   * the next Friday afternoon; one on Saturday is due the following Friday at the same time.
   */
  public Instant plusWorkingDays(Instant from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative, was " + days);
    }
    ZonedDateTime at = from.atZone(zone);
    int counted = 0;
    while (counted < days) {
      at = at.plusDays(1);
      if (isWorkingDay(at.toLocalDate())) {
        counted++;
      }
    }
    return at.toInstant();
  }

  /** Whether more than {@code days} working days have passed from {@code from} at {@code now}. */
  public boolean workingDaysPassed(Instant from, int days, Instant now) {
    return now.isAfter(plusWorkingDays(from, days));
  }
}
