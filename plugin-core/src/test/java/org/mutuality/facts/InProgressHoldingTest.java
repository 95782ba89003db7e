package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InProgressHoldingTest {
  @Test
  void countsAndSortsTheKeysItIsGiven() {
    InProgressHolding holding = new InProgressHolding("rita", "roaster", List.of("COF-3", "COF-1", "COF-2"));

    assertThat(holding.count()).isEqualTo(3);
    assertThat(holding.itemKeys()).containsExactly("COF-1", "COF-2", "COF-3");
  }

  @Test
  void anUnmappedPersonHoldsWorkToo() {
    assertThat(new InProgressHolding("tomas", null, List.of("COF-9")).partnerId()).isNull();
  }

  @Test
  void aCountThatDoesNotMatchTheKeysIsRefused() {
    assertThatThrownBy(() -> new InProgressHolding("rita", "roaster", 2, List.of("COF-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count 2");
  }

  @Test
  void equalHoldingsAreOneLogicalFact() {
    assertThat(new InProgressHolding("rita", "roaster", List.of("COF-2", "COF-1")))
        .isEqualTo(new InProgressHolding("rita", "roaster", List.of("COF-1", "COF-2")));
  }
}
