package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirstResponseTest {
  @Test
  void aFirstResponseCountsHoursFromCreation() {
    FirstResponse response = FirstResponse.of("COF-1", "coop", "roaster",
        Instant.parse("2026-10-01T10:00:00Z"), Instant.parse("2026-10-02T16:30:00Z"));
    assertThat(response.hours()).isEqualTo(30.5);
    assertThat(response.crossPartner()).isTrue();
    assertThat(FirstResponse.of("COF-1", "coop", "coop", response.created(), response.respondedAt()).crossPartner())
        .isFalse();
  }
}
