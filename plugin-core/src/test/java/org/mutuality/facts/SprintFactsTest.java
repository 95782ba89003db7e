package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.model.Iteration;
import org.mutuality.model.IterationState;

/** The Java helpers the sprint derivations (derived/sprints.drl) and ACCT-003/ACCT-004 call. */
class SprintFactsTest {
  private static final Instant START = Instant.parse("2026-10-05T08:00:00Z");
  private static final Instant END = Instant.parse("2026-10-16T17:00:00Z");
  private static final Instant AS_OF = Instant.parse("2026-11-20T09:00:00Z");

  @Test
  void sprintIdsAreReadFromTheTrackersCommaSeparatedValues() {
    assertThat(SprintIds.ids("3, 4", null, "4,5", " ")).containsExactly("3", "4", "5");
    assertThat(SprintIds.ids((String) null)).isEmpty();
    assertThat(SprintIds.names("3, 4", "4")).isTrue();
    assertThat(SprintIds.names("13, 14", "4")).as("ids, not substrings").isFalse();
    assertThat(SprintIds.names(null, "4")).isFalse();
  }

  @Test
  void aSprintIsClosedWhenTheTrackerSaysSoAndItClosedByTheAuditsInstant() {
    Instant complete = Instant.parse("2026-10-16T16:00:00Z");
    assertThat(ClosedSprint.of(new Iteration("3", "Sprint 3", IterationState.CLOSED, START, END, complete, ""), AS_OF))
        .isEqualTo(new ClosedSprint("3", "Sprint 3", START, END, complete));
    assertThat(ClosedSprint.of(new Iteration("3", "Sprint 3", IterationState.CLOSED, START, END, null, ""), AS_OF)
        .closedAt()).as("without a complete instant, its end").isEqualTo(END);

    assertThat(ClosedSprint.of(new Iteration("3", "S", IterationState.ACTIVE, START, END, null, ""), AS_OF)).isNull();
    assertThat(ClosedSprint.of(new Iteration("3", "S", IterationState.CLOSED, null, END, END, ""), AS_OF)).isNull();
    assertThat(ClosedSprint.of(new Iteration("3", "S", IterationState.CLOSED, START, null, END, ""), AS_OF)).isNull();
    assertThat(ClosedSprint.of(new Iteration("3", "S", IterationState.CLOSED, START, END, END, ""), END.minusSeconds(1)))
        .as("closed after the audit's instant").isNull();
  }

  @Test
  void closingOrderIsTotalWithTheIdBreakingTies() {
    ClosedSprint a = new ClosedSprint("a", "A", START, END, END);
    ClosedSprint b = new ClosedSprint("b", "B", START, END, END);
    ClosedSprint later = new ClosedSprint("0", "Later", START, END, END.plusSeconds(1));
    assertThat(b.closedAfter(a)).isTrue();
    assertThat(a.closedAfter(b)).isFalse();
    assertThat(a.closedAfter(a)).isFalse();
    assertThat(later.closedAfter(b)).isTrue();
  }

  @Test
  void sayDoIsDoneOverCommitted() {
    assertThat(new SprintCommitment("1", "S", END, 0, 5, 4).sayDo()).isEqualTo(0.8);
    assertThat(new SprintCommitment("1", "S", END, 0, 0, 0).sayDo()).isZero();
  }

  @Test
  void partnersSayDoAddsTheirSprintsTogether() {
    List<PartnerCommitment> commitments = List.of(
        new PartnerCommitment("1", "coop", 3, 1), new PartnerCommitment("2", "coop", 3, 1),
        new PartnerCommitment("1", "uni", 3, 3), new PartnerCommitment("2", "uni", 5, 4));

    assertThat(PartnerCommitment.sayDoByPartner(commitments))
        .containsExactly(Map.entry("coop", 2.0 / 6), Map.entry("uni", 7.0 / 8));
    assertThat(PartnerCommitment.lowestSayDo(commitments)).isEqualTo(2.0 / 6);
    assertThat(PartnerCommitment.lowestSayDo(List.of())).as("no partner: every comparison is false").isNaN();
  }
}
