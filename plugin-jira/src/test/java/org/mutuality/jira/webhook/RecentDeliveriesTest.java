package org.mutuality.jira.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.limits.ManualClock;

class RecentDeliveriesTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T10:00:00Z"));

  @Test
  void an_identifier_is_new_once_within_the_window() {
    RecentDeliveries recent = new RecentDeliveries(Duration.ofHours(1), 10, clock);
    assertThat(recent.remember("a")).isTrue();
    assertThat(recent.remember("a")).isFalse();
    assertThat(recent.remember("b")).isTrue();
    assertThat(recent.contains("a")).isTrue();
    assertThat(recent.contains("c")).isFalse();
    assertThat(recent.size()).isEqualTo(2);
  }

  @Test
  void an_identifier_expires_a_window_after_it_was_first_seen_and_retries_do_not_extend_it() {
    RecentDeliveries recent = new RecentDeliveries(Duration.ofHours(1), 10, clock);
    recent.remember("a");
    clock.advance(Duration.ofMinutes(30));
    assertThat(recent.remember("a")).as("a retry 30 min later").isFalse();
    recent.remember("b");
    clock.advance(Duration.ofMinutes(29).plusSeconds(59));
    assertThat(recent.contains("a")).as("59:59 after").isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(recent.contains("a")).as("one hour after").isFalse();
    assertThat(recent.contains("b")).isTrue();
    assertThat(recent.size()).isEqualTo(1);
    assertThat(recent.remember("a")).as("new again").isTrue();
  }

  @Test
  void beyond_the_capacity_the_oldest_is_dropped_first() {
    RecentDeliveries recent = new RecentDeliveries(Duration.ofHours(1), 3, clock);
    for (String id : new String[] {"a", "b", "c", "d"}) {
      assertThat(recent.remember(id)).isTrue();
    }
    assertThat(recent.size()).isEqualTo(3);
    assertThat(recent.contains("a")).isFalse();
    assertThat(recent.contains("b")).isTrue();
    assertThat(recent.contains("d")).isTrue();
  }

  @Test
  void a_forgotten_identifier_is_new_again() {
    RecentDeliveries recent = new RecentDeliveries(Duration.ofHours(1), 3, clock);
    recent.remember("a");
    assertThat(recent.forget("a")).isTrue();
    assertThat(recent.forget("a")).isFalse();
    assertThat(recent.remember("a")).isTrue();
  }

  @Test
  void the_defaults_and_bad_settings() {
    assertThat(RecentDeliveries.DEFAULT_WINDOW).isEqualTo(Duration.ofHours(1));
    assertThat(RecentDeliveries.DEFAULT_CAPACITY).isEqualTo(100_000);
    assertThat(new RecentDeliveries().toString()).isEqualTo("RecentDeliveries[window=PT1H, capacity=100000]");
    assertThatThrownBy(() -> new RecentDeliveries(Duration.ZERO, 3, clock))
        .hasMessage("the window must be positive: PT0S");
    assertThatThrownBy(() -> new RecentDeliveries(Duration.ofHours(1), 0, clock))
        .hasMessage("the capacity must be positive: 0");
  }
}
