package org.mutuality.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.io.InputException;
import org.mutuality.model.WorkCalendar;

class CalendarSettingTest {
  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("mutuality.yml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void withoutACalendarSectionTheWeekIsMondayToFridayInUtc() throws Exception {
    assertThat(Configuration.load(write("bots: []\n")).calendar()).isEqualTo(WorkCalendar.DEFAULT);
    assertThat(Configuration.defaults().calendar()).isEqualTo(WorkCalendar.DEFAULT);
  }

  @Test
  void readsZoneWorkingDaysAndHolidays() throws Exception {
    WorkCalendar calendar = Configuration.load(write("""
        calendar:
          zone: America/Bogota
          workingDays: [monday, Tue, WEDNESDAY, thu, fri, sat]
          holidays: [2026-12-08, 2026-12-25]
        """)).calendar();
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("America/Bogota"));
    assertThat(calendar.workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    assertThat(calendar.holidays()).containsExactlyInAnyOrder(LocalDate.parse("2026-12-08"),
        LocalDate.parse("2026-12-25"));
  }

  @Test
  void onlyTheZoneMayBeGiven() throws Exception {
    WorkCalendar calendar = Configuration.load(write("calendar: {zone: '+01:00'}\n")).calendar();
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("+01:00"));
    assertThat(calendar.workingDays()).isEqualTo(WorkCalendar.DEFAULT.workingDays());
  }

  @Test
  void aBadZoneAndABadDayAreBothNamedWithTheirPlace() throws Exception {
    Path file = write("""
        partners: []
        calendar:
          zone: Mars/Olympus
          workingDays: [monday, someday]
        """);
    assertThatThrownBy(() -> Configuration.load(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(file + ":3:3: calendar.zone: 'Mars/Olympus' is not a time zone; use a region such as "
            + "Europe/Madrid or an offset such as +01:00")
        .hasMessageContaining(file + ":3:3: calendar.workingDays: 'someday' is not a day of the week; use monday … "
            + "sunday (or mon … sun)");
  }

  @Test
  void noWorkingDayIsAnError() throws Exception {
    Path file = write("calendar:\n  workingDays: []\n");
    assertThatThrownBy(() -> Configuration.load(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":2:3: calendar.workingDays is empty: name at least one working day");
  }

  @Test
  void anUnknownCalendarKeyIsRejected() throws Exception {
    Path file = write("calendar:\n  timezone: UTC\n");
    assertThatThrownBy(() -> Configuration.load(file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":2:3: calendar: unknown key 'timezone'; known keys here: holidays, "
            + "workingDays, zone");
  }
}
