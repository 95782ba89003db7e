package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;

class WorkflowMisuseTest {
  private static final Instant WINDOW_START = Instant.parse("2026-08-22T09:00:00Z");
  private static final StatusCategory TODO = StatusCategory.TO_DO;
  private static final StatusCategory DOING = StatusCategory.IN_PROGRESS;
  private static final StatusCategory DONE = StatusCategory.DONE;

  private final List<Transition> history = new ArrayList<>();

  private void move(String at, StatusCategory from, StatusCategory to) {
    history.add(new Transition("h" + history.size(), history.size(), "COF-1", Transition.STATUS,
        String.valueOf(from), String.valueOf(to), from, to, "rita", Instant.parse(at)));
  }

  private WorkflowMisuse check() {
    // In reverse, as an accumulate may hand them over: the check orders them itself.
    List<Transition> reversed = new ArrayList<>(history);
    java.util.Collections.reverse(reversed);
    return WorkflowMisuse.check("COF-1", reversed, WINDOW_START);
  }

  @Test
  void aCleanFlowShowsNothing() {
    move("2026-09-01T10:00:00Z", TODO, DOING);
    move("2026-09-05T10:00:00Z", DOING, DONE);
    move("2026-09-06T10:00:00Z", DONE, DONE); // Resolved to Closed: not counted

    assertThat(check()).isNull();
  }

  @Test
  void doneWithoutEverBeingStarted() {
    move("2026-09-05T10:00:00Z", TODO, DONE);

    assertThat(check()).isEqualTo(new WorkflowMisuse("COF-1", true, false, false, false));
  }

  @Test
  void createdInProgressCountsAsStarted() {
    move("2026-09-05T10:00:00Z", DOING, DONE);

    assertThat(check()).isNull();
  }

  @Test
  void startedBeforeTheWindowCountsAsStarted() {
    move("2026-07-01T10:00:00Z", TODO, DOING);
    move("2026-07-02T10:00:00Z", DOING, TODO);
    move("2026-09-05T10:00:00Z", TODO, DONE);

    // The move back to to-do was before the window: only what happened in it is judged.
    assertThat(check()).isNull();
  }

  @Test
  void reopenedAfterDone() {
    move("2026-09-01T10:00:00Z", TODO, DOING);
    move("2026-09-05T10:00:00Z", DOING, DONE);
    move("2026-09-07T10:00:00Z", DONE, DOING);

    assertThat(check()).isEqualTo(new WorkflowMisuse("COF-1", false, true, false, false));
  }

  @Test
  void movedBackToToDo() {
    move("2026-09-01T10:00:00Z", TODO, DOING);
    move("2026-09-02T10:00:00Z", DOING, TODO);

    assertThat(check()).isEqualTo(new WorkflowMisuse("COF-1", false, false, true, false));
  }

  @Test
  void doneThenStartedIsStoppedBeforeStartedAndReopened() {
    move("2026-09-01T10:00:00Z", TODO, DONE);
    move("2026-09-02T10:00:00Z", DONE, DOING);
    move("2026-09-03T10:00:00Z", DOING, DONE);

    assertThat(check()).isEqualTo(new WorkflowMisuse("COF-1", true, true, false, true));
  }

  @Test
  void changesAtOneInstantFollowTheHistorysOrder() {
    move("2026-09-01T10:00:00Z", TODO, DOING);
    move("2026-09-01T10:00:00Z", DOING, DONE);

    assertThat(check()).isNull();
  }

  @Test
  void otherFieldsAreIgnored() {
    history.add(new Transition("a", 0, "COF-1", Transition.ASSIGNEE, "rita", "carla", null, null, "rita",
        Instant.parse("2026-09-01T10:00:00Z")));
    move("2026-09-02T10:00:00Z", TODO, DOING);

    assertThat(check()).isNull();
  }

  @Test
  void keysSortByProjectThenNumber() {
    List<String> keys = new ArrayList<>(List.of("COF-10", "ABC-3", "COF-2", "COF-x"));
    keys.sort(WorkflowMisuse.KEY_ORDER);

    assertThat(keys).containsExactly("ABC-3", "COF-2", "COF-10", "COF-x");
  }
}
