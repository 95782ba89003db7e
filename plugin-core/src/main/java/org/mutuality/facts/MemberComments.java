package org.mutuality.facts;

/**
 * How many comments one mapped person (not a bot) wrote in the audit window, on any work item. Only people
 * with at least one comment have this fact.
 *
 * @param memberId the person
 * @param partnerId the person's partner
 * @param comments comments written in the window, restricted ones included
 */
public record MemberComments(String memberId, String partnerId, long comments) {}
