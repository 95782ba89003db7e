package org.mutuality.facts;

/**
 * DATA-005's worklog half: too few of the work items resolved in the audit window carry a worklog (by a person,
 * not a bot) for logged hours to describe who did the work. Present only while DATA-005 is enabled and its
 * {@code minWorklogShare} is not reached; the hours share of COORD-001 is then not derived, and COORD-001
 * says its hours part is not evaluable.
 *
 * @param resolvedItems work items resolved in the window, 1 or more
 * @param withWorklogs how many of them carry at least one worklog
 */
public record SparseWorklogs(long resolvedItems, long withWorklogs) {}
