package org.mutuality.facts;

/**
 * What one mapped person (not a bot) contributed in the audit window.
 *
 * @param memberId the person
 * @param partnerId the person's partner
 * @param resolved work items resolved while assigned to the person
 * @param loggedSeconds time logged
 */
public record MemberWork(String memberId, String partnerId, long resolved, long loggedSeconds) {}
