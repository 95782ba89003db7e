package org.mutuality.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditClockTest {
  private static final Instant EARLY_FRIDAY_UTC = Instant.parse("2026-11-20T03:00:00Z");

  @Test
  void theAuditsDayIsTheCalendarsDay() {
    // 03:00 UTC on the 20th is still the evening of the 19th in Bogotá (UTC-5): an item due on the 19th is
    // not yet past due there.
    assertThat(new AuditClock(EARLY_FRIDAY_UTC, 90, ZoneId.of("America/Bogota")).today())
        .isEqualTo(LocalDate.parse("2026-11-19"));
    assertThat(new AuditClock(EARLY_FRIDAY_UTC, 90).today()).isEqualTo(LocalDate.parse("2026-11-20"));
  }

  @Test
  void theWindowEndsAtTheAuditsInstant() {
    AuditClock clock = new AuditClock(EARLY_FRIDAY_UTC, 30);
    assertThat(clock.windowStart()).isEqualTo(Instant.parse("2026-10-21T03:00:00Z"));
    assertThat(clock.daysAgo(5)).isEqualTo(Instant.parse("2026-11-15T03:00:00Z"));
  }
}
