package org.mutuality.report;

import org.mutuality.engine.Key;

/**
 * The overall outcome of one rule in an audit: FAIL when it has a finding, else NOT_EVALUABLE when it could
 * not judge some subject (a partner it has no data for, or the whole project), else PASS; or DISABLED.
 *
 * @param ruleId the rule
 * @param key its key
 * @param name its title
 * @param outcome the outcome
 * @param findings how many findings it produced
 */
public record RuleResult(String ruleId, Key key, String name, Outcome outcome, int findings) {}
