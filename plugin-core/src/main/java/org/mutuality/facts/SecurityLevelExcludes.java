package org.mutuality.facts;

/**
 * A security level that some work item carries and that no member (bots aside) of a partner may see: the
 * partner cannot see the work items at that level. Only levels someone is known to see are judged; a level
 * nobody at all holds says the level's members were not read, not that every partner is shut out.
 *
 * @param level the security level's name
 * @param partnerId the partner shut out
 */
public record SecurityLevelExcludes(String level, String partnerId) {}
