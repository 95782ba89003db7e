package org.mutuality.report;

import org.mutuality.engine.Key;
import org.mutuality.engine.Subject;

/**
 * A rule that could not judge a subject.
 *
 * @param ruleId the rule
 * @param key the rule's key
 * @param subject what it could not judge
 * @param reason why, naming the missing data, the DATA rule that fired or the setting to add
 */
public record NotEvaluableEntry(String ruleId, Key key, Subject subject, String reason) {}
