package org.mutuality.snapshot;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mutuality.config.Configuration;
import org.mutuality.io.Documents;
import org.mutuality.io.InputException;
import org.mutuality.io.Position;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Outcome;

/**
 * A rule scenario: a small partnership, a configuration, an instant, and the exact conclusions one rule is
 * expected to reach on it (PMD's and Checkov's habit: tests are data).
 *
 * @param file where it was read from
 * @param ruleId the rule it tests
 * @param description what it shows, e.g. "fail, one partner resolved 9 of 10 issues"
 * @param asOf the audit's instant
 * @param config the configuration, defaults when the scenario gives none
 * @param snapshot the partnership
 * @param outcome the rule's expected overall outcome
 * @param findings the exact findings expected of the rule
 * @param notEvaluable the exact not-evaluable subjects expected of the rule
 */
public record Scenario(
    String file,
    String ruleId,
    String description,
    Instant asOf,
    Configuration config,
    Snapshot snapshot,
    Outcome outcome,
    List<Expected> findings,
    List<Expected> notEvaluable) {

  /**
   * One expected conclusion, compared as text.
   *
   * @param subject {@code "<type> <id>"}, e.g. {@code "partner coop"}
   * @param severity the severity label for findings, {@code null} for not-evaluable entries
   * @param text the finding's message or the not-evaluable reason
   */
  public record Expected(String subject, String severity, String text) {
    @Override
    public String toString() {
      return subject + (severity == null ? "" : " [" + severity + "]") + ": " + text;
    }
  }

  /** Reads a scenario file; a scenario without {@code config} runs with the default configuration. */
  public static Scenario read(Path path) throws InputException {
    return read(path, Configuration.defaults());
  }

  /**
   * Reads a scenario file.
   *
   * @param path the file
   * @param fallback the configuration of a scenario without {@code config} (an organisation's
   *     {@code mutuality.yml}, so its scenarios test its own thresholds and waivers)
   */
  public static Scenario read(Path path, Configuration fallback) throws InputException {
    String file = path.toString();
    ScenarioFile doc = Documents.read(path, ScenarioFile.class);
    Position top = Documents.position(file, doc);
    if (doc.rule == null || doc.snapshot == null || doc.asOf == null || doc.expect == null) {
      throw new InputException(top, "a scenario needs 'rule', 'asOf', 'snapshot' and 'expect'");
    }
    Configuration config = doc.config == null || doc.config.isNull()
        ? fallback
        : Configuration.fromTree(doc.config, file + "#config");
    Snapshot snapshot = new SnapshotReader(file).convertScenarioPart(doc.snapshot);
    Outcome outcome;
    try {
      outcome = Outcome.valueOf(doc.expect.outcome.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (RuntimeException e) {
      throw new InputException(Documents.position(file, doc.expect),
          "expect.outcome must be fail, pass or not-evaluable");
    }
    List<Expected> findings = new ArrayList<>();
    for (ScenarioFile.FindingEntry f : doc.expect.findings) {
      if (f.subject == null || f.severity == null || f.message == null) {
        throw new InputException(Documents.position(file, f), "an expected finding needs 'subject', 'severity' and "
            + "'message'");
      }
      findings.add(new Expected(f.subject, f.severity, f.message));
    }
    List<Expected> notEvaluable = new ArrayList<>();
    for (ScenarioFile.NotEvaluableEntry n : doc.expect.notEvaluable) {
      if (n.subject == null || n.reason == null) {
        throw new InputException(Documents.position(file, n), "an expected not-evaluable entry needs 'subject' and "
            + "'reason'");
      }
      notEvaluable.add(new Expected(n.subject, null, n.reason));
    }
    return new Scenario(file, doc.rule, doc.description == null ? "" : doc.description, doc.asOf, config, snapshot,
        outcome, findings, notEvaluable);
  }
}
