package org.mutuality.jira.writeback;

import java.util.Objects;
import java.util.Optional;
import org.mutuality.model.ItemFacts;

/**
 * What {@link JiraWriteBack#observe(ItemFacts, String)} found on one issue read again.
 *
 * @param raw the issue as read
 * @param stripped its facts as the rules must see them ({@link Marks#strip(ItemFacts,
 *     com.fasterxml.jackson.databind.JsonNode, String)}); empty for a summary issue of Mutuality's, which the rules
 *     never see
 * @param state what it holds of Mutuality's, for {@link JiraWriteBack#planIssues}
 */
public record ObservedIssue(ItemFacts raw, Optional<ItemFacts> stripped, IssueState state) {
  public ObservedIssue {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(stripped, "stripped");
    Objects.requireNonNull(state, "state");
  }

  /** The issue's key. */
  public String key() {
    return raw.key();
  }
}
