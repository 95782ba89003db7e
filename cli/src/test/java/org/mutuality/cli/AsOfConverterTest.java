package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class AsOfConverterTest {
  @Test
  void readsAnInstant() {
    assertThat(AsOfConverter.parse("2026-11-20T09:00:00Z")).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
  }

  @Test
  void readsADateTimeWithAnOffset() {
    assertThat(AsOfConverter.parse("2026-11-20T10:00:00+01:00")).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
  }

  @Test
  void readsADateAsTheStartOfThatDayInUtc() {
    assertThat(AsOfConverter.parse("2026-11-20")).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
  }

  @Test
  void rejectsALocalDateTimeWithoutOffset() {
    assertThatThrownBy(() -> AsOfConverter.parse("2026-11-20T09:00:00"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageStartingWith("'2026-11-20T09:00:00' is not an instant; use ISO-8601");
  }
}
