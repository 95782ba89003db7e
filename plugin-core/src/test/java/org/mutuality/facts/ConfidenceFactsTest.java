package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers the confidence rules (CONF-003, CONF-007, CONF-009) use from DRL. */
class ConfidenceFactsTest {
  private static final Instant DAY_1 = Instant.parse("2026-10-01T00:00:00Z");

  @Test
  void aNameListIgnoresCaseBlanksAndEmptyEntries() {
    assertThat(NameList.of(" Administrators, Document editors ,,")).containsExactly("Administrators", "Document editors");
    assertThat(NameList.contains("Administrators, Document editors", "document EDITORS ")).isTrue();
    assertThat(NameList.contains("Administrators, Document editors", "Document")).isFalse();
    assertThat(NameList.contains("", "Administrators")).isFalse();
    assertThat(NameList.of(null)).isEmpty();
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(ResponseMedian.of("coop", "muni", List.of(80.0, 4.0, 100.0)).medianHours()).isEqualTo(80.0);
    ResponseMedian even = ResponseMedian.of("coop", "muni", List.of(10.0, 4.0, 100.0, 80.0));
    assertThat(even.medianHours()).isEqualTo(45.0);
    assertThat(even.responses()).isEqualTo(4);
    assertThat(even.crossPartner()).isTrue();
    assertThat(ResponseMedian.of("coop", "coop", List.of(1.5)).crossPartner()).isFalse();
  }

  @Test
  void aGapRunsFromOneSprintsFinishToTheNextStartOrToTheAuditWhenNoneFollows() {
    SprintSpan first = SprintSpan.of("1", "Sprint 1", true, DAY_1, DAY_1.plusSeconds(14 * 86_400));
    SprintSpan second = SprintSpan.of("2", "Sprint 2", true, DAY_1.plusSeconds(30 * 86_400), DAY_1.plusSeconds(44 * 86_400));
    SprintSpan overlapping = SprintSpan.of("3", "Sprint 3", false, DAY_1.plusSeconds(10 * 86_400), DAY_1.plusSeconds(60 * 86_400));
    assertThat(first.days()).isEqualTo(14.0);
    assertThat(first.gapDaysAfter(second, DAY_1)).isEqualTo(16.0);
    assertThat(first.gapDaysAfter(overlapping, DAY_1)).isZero();
    assertThat(SprintSpan.earliest(List.of(second, overlapping))).isEqualTo(overlapping);
    assertThat(SprintSpan.earliest(List.of())).isNull();
    assertThat(second.gapDaysAfter(null, DAY_1.plusSeconds(50 * 86_400))).isEqualTo(6.0);
    assertThat(overlapping.gapDaysAfter(null, DAY_1.plusSeconds(90 * 86_400))).isZero();
  }
}
