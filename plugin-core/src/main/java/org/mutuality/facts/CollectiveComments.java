package org.mutuality.facts;

/**
 * How many of the comments one mapped person (not a bot) wrote in the audit window speak of the partnership
 * collectively ({@link CollectiveLexicon}), restricted ones included (their text is read, never copied). Only
 * people with at least one such comment have this fact; {@link MemberComments} holds all their comments in the
 * window, counted the same way.
 *
 * @param memberId the person
 * @param partnerId the person's partner
 * @param collective comments in the window that hold a term of the lexicon
 */
public record CollectiveComments(String memberId, String partnerId, long collective) {}
