package org.mutuality.jira.writeback;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * What an issue holds of Mutuality's now, as read from Jira.
 *
 * @param key the issue key
 * @param labels all its labels (a person's too: the planner keeps to its own)
 * @param ownComments the ids of the comments the integration account wrote with the marker, oldest first
 * @param property the value of {@link Marks#FINDINGS_PROPERTY}, or {@code null} when it has none
 * @param updated the issue's {@code updated} now, or {@code null} when not known
 */
public record IssueState(String key, List<String> labels, List<String> ownComments, JsonNode property,
    java.time.Instant updated) {
  public IssueState {
    Objects.requireNonNull(key, "key");
    labels = labels == null ? List.of() : List.copyOf(labels);
    ownComments = ownComments == null ? List.of() : List.copyOf(ownComments);
  }

  /**
   * The issue's {@code updated} as people left it: Mutuality's own writes bump {@code updated}, and the findings
   * property remembers what it was before ({@code updatedBefore}) and what the writes left
   * ({@code issueUpdated}); while nobody else has changed the issue since, the former is the true one.
   */
  public java.time.Instant personUpdated() {
    return Marks.personUpdated(property, updated);
  }

  /** An issue with nothing of ours on it. */
  public static IssueState clean(String key) {
    return new IssueState(key, List.of(), List.of(), null, null);
  }
}
