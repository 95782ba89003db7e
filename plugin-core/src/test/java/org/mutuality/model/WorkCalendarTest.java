package org.mutuality.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {
  // 2026-11-20 is a Friday.
  private static final Instant FRIDAY_3PM = Instant.parse("2026-11-20T15:00:00Z");

  @Test
  void fiveWorkingDaysFromFridaySkipTheWeekend() {
    assertThat(WorkCalendar.DEFAULT.plusWorkingDays(FRIDAY_3PM, 5)).isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
    assertThat(WorkCalendar.DEFAULT.plusWorkingDays(FRIDAY_3PM, 1)).isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
    assertThat(WorkCalendar.DEFAULT.plusWorkingDays(FRIDAY_3PM, 0)).isEqualTo(FRIDAY_3PM);
  }

  @Test
  void aSaturdayStartCountsFromMonday() {
    Instant saturday = Instant.parse("2026-11-21T10:00:00Z");
    assertThat(WorkCalendar.DEFAULT.plusWorkingDays(saturday, 1)).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    assertThat(WorkCalendar.DEFAULT.plusWorkingDays(saturday, 5)).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
  }

  @Test
  void holidaysAreNotWorkingDays() {
    WorkCalendar calendar = new WorkCalendar(ZoneId.of("UTC"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        Set.of(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-24")));
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-23"))).isFalse();
    assertThat(calendar.plusWorkingDays(FRIDAY_3PM, 1)).isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));
  }

  @Test
  void daysAreCountedInTheCalendarsZone() {
    // 23:30 UTC on Friday is already Saturday 00:30 in Madrid (UTC+1 in November): one working day later is
    // Monday 00:30 in Madrid, which is still Sunday in UTC; counted in UTC it is Monday 23:30.
    Instant fridayNightUtc = Instant.parse("2026-11-20T23:30:00Z");
    WorkCalendar madrid = new WorkCalendar(ZoneId.of("Europe/Madrid"), WorkCalendar.DEFAULT.workingDays(), Set.of());
    assertThat(madrid.plusWorkingDays(fridayNightUtc, 1)).isEqualTo(Instant.parse("2026-11-22T23:30:00Z"));
    assertThat(WorkCalendar.DEFAULT.plusWorkingDays(fridayNightUtc, 1))
        .isEqualTo(Instant.parse("2026-11-23T23:30:00Z"));
    assertThat(madrid.isWorkingDay(LocalDate.ofInstant(fridayNightUtc, madrid.zone()))).isFalse();
  }

  @Test
  void workingDaysPassedIsStrictlyAfterTheDeadline() {
    Instant deadline = Instant.parse("2026-11-27T15:00:00Z");
    assertThat(WorkCalendar.DEFAULT.workingDaysPassed(FRIDAY_3PM, 5, deadline)).isFalse();
    assertThat(WorkCalendar.DEFAULT.workingDaysPassed(FRIDAY_3PM, 5, deadline.plusSeconds(1))).isTrue();
  }

  @Test
  void aCalendarNeedsAWorkingDay() {
    assertThatThrownBy(() -> new WorkCalendar(ZoneId.of("UTC"), Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a calendar needs at least one working day");
  }
}
