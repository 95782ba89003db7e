package org.mutuality.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;

/**
 * A work item whose status history in the audit window shows at least one of the workflow-misuse checks of
 * jirametrics' data quality report, read on the status categories (to do, in progress, done). Each check is
 * about a change made in the window; the history before the window says whether the item had been started
 * or done before. Changes made at the same instant are taken in the order the history records them.
 *
 * @param itemKey the work item
 * @param doneWithoutStart it moved into a done status in the window without ever having been in progress
 * @param changedAfterDone it left a done status for a to-do or in-progress one in the window (reopened); a
 *     change from one done status to another (Resolved to Closed) is not counted: classic workflows do that
 * @param backwards it moved from in progress back to to do in the window
 * @param stoppedBeforeStarted it entered in progress for the first time in the window after having been done
 */
public record WorkflowMisuse(
    String itemKey, boolean doneWithoutStart, boolean changedAfterDone, boolean backwards,
    boolean stoppedBeforeStarted) {
  /**
   * Work item keys in the order people read them: by project, then by number (COF-2 before COF-10); keys
   * without a number after the last dash sort as text.
   */
  public static final Comparator<String> KEY_ORDER = Comparator
      .comparing((String key) -> key.substring(0, Math.max(key.lastIndexOf('-'), 0)))
      .thenComparingLong(WorkflowMisuse::number)
      .thenComparing(Comparator.naturalOrder());

  private static final Comparator<Transition> IN_HISTORY_ORDER =
      Comparator.comparing(Transition::at).thenComparingLong(Transition::sequence);

  /**
   * Checks one work item's status history.
   *
   * @param itemKey the work item
   * @param statusChanges its status changes up to the audit's instant ({@link Transition} facts, in any order,
   *     as an accumulate collects them); other fields' changes are ignored
   * @param windowStart the first instant of the audit window
   * @return the misuse found, or {@code null} when the changes in the window show none
   */
  public static WorkflowMisuse check(String itemKey, Collection<?> statusChanges, Instant windowStart) {
    List<Transition> history = new ArrayList<>(statusChanges.size());
    for (Object o : statusChanges) {
      Transition t = (Transition) o;
      if (t.isStatusChange()) {
        history.add(t);
      }
    }
    history.sort(IN_HISTORY_ORDER);
    boolean started = false;
    boolean everDone = false;
    boolean doneWithoutStart = false;
    boolean changedAfterDone = false;
    boolean backwards = false;
    boolean stoppedBeforeStarted = false;
    for (Transition t : history) {
      StatusCategory before = t.oldCategory();
      StatusCategory after = t.newCategory();
      // Leaving an in-progress status means it had been started, even when it was created in progress.
      if (before == StatusCategory.IN_PROGRESS) {
        started = true;
      }
      if (!t.at().isBefore(windowStart)) {
        if (after == StatusCategory.DONE && before != StatusCategory.DONE && !started) {
          doneWithoutStart = true;
        }
        if (before == StatusCategory.DONE && after != null && after != StatusCategory.DONE) {
          changedAfterDone = true;
        }
        if (before == StatusCategory.IN_PROGRESS && after == StatusCategory.TO_DO) {
          backwards = true;
        }
        if (after == StatusCategory.IN_PROGRESS && !started && everDone) {
          stoppedBeforeStarted = true;
        }
      }
      if (after == StatusCategory.IN_PROGRESS) {
        started = true;
      }
      if (after == StatusCategory.DONE) {
        everDone = true;
      }
    }
    return doneWithoutStart || changedAfterDone || backwards || stoppedBeforeStarted
        ? new WorkflowMisuse(itemKey, doneWithoutStart, changedAfterDone, backwards, stoppedBeforeStarted)
        : null;
  }

  private static long number(String key) {
    String digits = key.substring(key.lastIndexOf('-') + 1);
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      return Long.MAX_VALUE;
    }
    return Long.parseLong(digits);
  }
}
