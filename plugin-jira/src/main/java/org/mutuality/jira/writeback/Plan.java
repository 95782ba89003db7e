package org.mutuality.jira.writeback;

import java.util.List;
import java.util.Map;

/**
 * A write-back plan: the changes, and what they were computed toward, so the applier can re-plan an issue after a
 * conflict or a failure from a fresh read.
 *
 * @param changes the changes in order; shadow ones are shown and never made
 * @param targets what each issue should hold, by key (an issue missing here should hold nothing of ours)
 * @param summaries the text each project's summary issue should have, by project key (empty: none kept)
 * @param purge whether this plan removes everything of Mutuality's
 */
public record Plan(List<Change> changes, Map<String, IssueTarget> targets, Map<String, String> summaries,
    boolean purge) {
  public Plan {
    changes = List.copyOf(changes);
    targets = Map.copyOf(targets);
    summaries = Map.copyOf(summaries);
  }

  /** The changes that will be made (shadow ones left out). */
  public List<Change> writes() {
    return changes.stream().filter(c -> !c.shadow()).toList();
  }

  /** The changes only rules in shadow call for. */
  public List<Change> shadowChanges() {
    return changes.stream().filter(Change::shadow).toList();
  }

  /** Whether it makes no change. */
  public boolean isEmpty() {
    return writes().isEmpty();
  }
}
