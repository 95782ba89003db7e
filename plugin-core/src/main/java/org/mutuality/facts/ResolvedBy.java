package org.mutuality.facts;

import java.time.Instant;

/**
 * Who held a work item when it was resolved, from its assignee history.
 *
 * @param itemKey the work item
 * @param memberId the assignee at resolution
 * @param at when it was resolved
 */
public record ResolvedBy(String itemKey, String memberId, Instant at) {}
