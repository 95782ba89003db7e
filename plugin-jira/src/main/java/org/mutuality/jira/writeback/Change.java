package org.mutuality.jira.writeback;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One write the plan makes: on which issue, what, and why. A shadow change is shown and never made.
 *
 * @param issue the issue key (for {@link Action#CREATE_SUMMARY}, the project key)
 * @param action what is done
 * @param target what it is done to: the labels, a comment id, a property key, the summary issue
 * @param why the findings (or their absence) that call for it
 * @param shadow whether only a rule in shadow calls for it: planned, shown, never written
 * @param labels the labels added or removed, for the label actions
 * @param text the comment's or the summary's text, for the actions that write one
 * @param value the property's value, for {@link Action#SET_PROPERTY} (the applier adds the comment's id when the
 *     comment is created in the same run, and the issue's {@code updated} after the writes)
 */
public record Change(String issue, Action action, String target, String why, boolean shadow, List<String> labels,
    String text, JsonNode value) {

  /** What a change does. */
  public enum Action {
    /** Removes a property of ours first, so a half-done removal still leaves a label or comment to find. */
    DELETE_PROPERTY("delete property"),
    /**
     * Before the other writes on an issue that keeps findings: the property with the issue's {@code updated} as
     * people left it and no {@code issueUpdated} (a write in progress), so a run cut short does not make Mutuality's
     * own writes look like people's work.
     */
    BEGIN_PROPERTY("record updated"),
    /** Creates the managed comment. */
    CREATE_COMMENT("create comment"),
    /** Edits the managed comment in place. */
    UPDATE_COMMENT("update comment"),
    /** Deletes a managed comment (no findings left, or a duplicate). */
    DELETE_COMMENT("delete comment"),
    /** Adds labels of ours. */
    ADD_LABELS("add labels"),
    /** Removes labels of ours. */
    REMOVE_LABELS("remove labels"),
    /** Writes the findings property, with the managed comment's id, last. */
    SET_PROPERTY("set property"),
    /** Creates a project's summary issue. */
    CREATE_SUMMARY("create summary issue"),
    /** Rewrites the summary issue's description and its property. */
    UPDATE_SUMMARY("update summary issue"),
    /** Deletes a summary issue (purge, or a duplicate). */
    DELETE_SUMMARY("delete summary issue");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    /** As printed in a plan, e.g. {@code add labels}. */
    public String label() {
      return label;
    }
  }

  public Change {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(action, "action");
    target = target == null ? "" : target;
    why = why == null ? "" : why;
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /** This change as shown in a plan, e.g. {@code COF-12  add labels  mutuality-coordination  (COORD-006 minor)}. */
  public String describe() {
    return (shadow ? "[shadow] " : "") + issue + "  " + action.label() + (target.isEmpty() ? "" : "  " + target)
        + (why.isEmpty() ? "" : "  (" + why + ")");
  }

  /** The same change, marked as shadow, with another reason. */
  Change asShadow(String reason) {
    return new Change(issue, action, target, reason, true, labels, text, value);
  }

  /** Whether two changes do the same thing (the reason and shadow mark aside). */
  boolean sameEffect(Change other) {
    return issue.equals(other.issue) && action == other.action && target.equals(other.target)
        && labels.equals(other.labels) && Objects.equals(text, other.text) && Objects.equals(value, other.value);
  }
}
