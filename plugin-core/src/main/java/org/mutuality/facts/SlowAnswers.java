package org.mutuality.facts;

/**
 * CONF-007's judgement of one direction of a partner pair: the responder answers the owner's work items
 * slowly, over the hour limit or at least a factor times the owner's own (intra-partner) median. CONF-007
 * gathers both directions of a pair into one finding.
 *
 * @param ownerPartner the partner that waits
 * @param responderPartner the partner that answers slowly
 * @param responses how many first responses the median is taken over
 * @param medianHours the median time to first response, in hours
 * @param intraMedianHours the owner's intra-partner median, in hours; negative when it has too few responses
 *     of its own to compare with
 * @param overLimit whether the median is over the hour limit (the base tier), not only slow relative to the
 *     owner's own median
 */
public record SlowAnswers(
    String ownerPartner, String responderPartner, long responses, double medianHours, double intraMedianHours,
    boolean overLimit) {}
