package org.mutuality.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;

/**
 * The result of one audit: the contract behind the JSON report ({@code report.schema.json}) and every
 * renderer.
 *
 * @param schemaVersion the JSON report's schema version
 * @param asOf the audit's instant
 * @param ruleBaseVersion the version of the rule base that judged
 * @param partnershipId the partnership (project) id
 * @param partnershipName its name
 * @param source where the data came from
 * @param findings the findings, most severe first, then by rule and subject
 * @param notEvaluable what could not be judged, by rule and subject
 * @param scores one score per key to mutuality (RULES.md's first index)
 * @param rules each rule's outcome
 * @param indices the other indices of RULES.md, each with the figures and findings behind it
 */
public record Report(
    String schemaVersion,
    Instant asOf,
    String ruleBaseVersion,
    String partnershipId,
    String partnershipName,
    String source,
    List<ReportFinding> findings,
    List<NotEvaluableEntry> notEvaluable,
    Map<Key, KeyScore> scores,
    List<RuleResult> rules,
    Indices indices) {

  /** The version of the JSON report's contract; bumped on any incompatible change. */
  public static final String SCHEMA_VERSION = "2.1";

  public Report {
    findings = List.copyOf(findings);
    notEvaluable = List.copyOf(notEvaluable);
    scores = Map.copyOf(scores);
    rules = List.copyOf(rules);
    Objects.requireNonNull(indices, "indices");
  }

  /**
   * This report without the findings of a baseline (matched by fingerprint), as for a partnership that adopts
   * Mutuality mid-way: scores, indices and rule outcomes still count every finding, so they keep describing the
   * whole partnership.
   */
  public Report without(PastAudit baseline) {
    java.util.Set<String> accepted = baseline.findings().stream().map(PastAudit.PastFinding::fingerprint)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    return new Report(schemaVersion, asOf, ruleBaseVersion, partnershipId, partnershipName, source,
        findings.stream().filter(f -> !accepted.contains(f.fingerprint())).toList(), notEvaluable, scores, rules,
        indices);
  }

  /** Counted findings (unwaived, not in shadow) at or above a severity: what {@code --fail-on} counts. */
  public long countAtLeast(Severity threshold) {
    return findings.stream().filter(f -> f.isCounted() && f.severity().atLeast(threshold)).count();
  }

  /** Counted findings (unwaived, not in shadow) of one key and severity, for summaries. */
  public long count(Key key, Severity severity) {
    return findings.stream().filter(f -> f.isCounted() && f.key() == key && f.severity() == severity).count();
  }
}
