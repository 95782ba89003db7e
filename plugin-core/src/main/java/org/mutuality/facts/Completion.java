package org.mutuality.facts;

import java.time.Instant;

/**
 * A work item was completed (moved into a status of the Done category, or resolved) while a person held it:
 * who did the work that was handed in, by the assignee at that instant as the assignee history tells it. One
 * fact per move into Done and one for the final resolution ({@link ResolvedBy}); equal facts merge.
 *
 * @param itemKey the work item
 * @param memberId the assignee when it was completed
 * @param partnerId that person's partner, {@code null} when unmapped
 * @param at when it was completed
 */
public record Completion(String itemKey, String memberId, String partnerId, Instant at) {}
