package org.mutuality.facts;

import java.time.Instant;

/**
 * A work item of a component (work package) resolved by a person, not a bot, at or before the audit's
 * instant: one fact per resolved item and component it is filed under.
 *
 * @param component the component's name, as in {@code WorkItem.components()}
 * @param itemKey the work item
 * @param memberId the person who held it at resolution ({@link ResolvedBy})
 * @param at when it was resolved
 */
public record ComponentResolution(String component, String itemKey, String memberId, Instant at) {}
