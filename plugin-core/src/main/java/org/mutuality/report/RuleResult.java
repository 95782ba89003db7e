package org.mutuality.report;

import org.mutuality.engine.Key;

/**
 * The overall outcome of one rule in an audit: FAIL when it has a finding, NOT_EVALUABLE when it could
 * judge nothing, PASS otherwise, or DISABLED.
 *
 * @param ruleId the rule
 * @param key its key
 * @param name its title
 * @param outcome the outcome
 * @param findings how many findings it produced
 */
public record RuleResult(String ruleId, Key key, String name, Outcome outcome, int findings) {}
