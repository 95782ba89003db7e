package org.mutuality.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bench's ratio column against the baseline measured in the same run. */
class BenchRatioTest {
  @Test
  void aRatioHasTwoDecimals() {
    assertThat(BenchCommand.ratio(13_493, 1_934)).isEqualTo("6.98");
    assertThat(BenchCommand.ratio(1_934, 1_934)).isEqualTo("1.00");
  }

  @Test
  void aBaselineThatMeasuredNothingHasNoRatio() {
    // A baseline that ran no collection has no heap right after one: 0 MB, not a ratio of two billion.
    assertThat(BenchCommand.ratio(2_077_419_648L, 0)).isEqualTo("n/a");
  }
}
