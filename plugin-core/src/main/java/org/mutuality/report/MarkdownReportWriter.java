package org.mutuality.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;

/**
 * Writes a {@link Report} as a Markdown audit report for people: a title, a summary table with one row per
 * key to mutuality, the other indices with the figures and findings behind them (a small table for the
 * reciprocity matrix), the unwaived findings grouped by key and then by severity (most severe first), the
 * findings that carry a waiver (active or expired), what could not be judged, and each rule's outcome.
 * Lines end with {@code \n}; write it to a UTF-8 writer.
 */
public final class MarkdownReportWriter {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final List<Severity> MOST_SEVERE_FIRST = List.of(
      Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO);

  /** Writes the report to {@code out}, which it flushes but leaves open. */
  public void write(Report report, Writer out) throws IOException {
    write(ReportView.of(report), out);
  }

  /** Writes the report with its provenance and comparison to {@code out}, which it flushes but leaves open. */
  public void write(ReportView view, Writer out) throws IOException {
    out.write(toMarkdown(view));
    out.flush();
  }

  /** The report as a Markdown document, ending with a line break. */
  public String toMarkdown(Report report) {
    return toMarkdown(ReportView.of(report));
  }

  /**
   * The report as a Markdown document, ending with a line break; with a comparison, each finding carries its
   * change since the previous audit and a section lists the fixed findings and the trend of the scores.
   */
  public String toMarkdown(ReportView view) {
    Report report = view.report();
    Lines md = new Lines();
    title(md, report);
    provenance(md, view);
    summary(md, report);
    changes(md, view);
    indices(md, report);
    findings(md, view);
    waivers(md, report);
    notEvaluable(md, report);
    rules(md, report);
    return md.toString();
  }

  private static void title(Lines md, Report report) {
    md.add("# Mutuality audit: " + inline(report.partnershipName()) + ", as of " + report.asOf());
    md.add("");
    md.add("Partnership `" + inline(report.partnershipId()) + "` · rule base " + inline(report.ruleBaseVersion())
        + " · source: " + inline(report.source()) + " · report schema " + inline(report.schemaVersion()));
  }

  private static void summary(Lines md, Report report) {
    md.heading(2, "Summary");
    md.add("| Key | Score | Coverage | Critical | Major | Minor | Info |");
    md.add("|---|---:|---:|---:|---:|---:|---:|");
    for (Key key : Key.values()) {
      if (!key.isScored()) {
        continue;
      }
      KeyScore score = JsonReportWriter.scoreOf(report, key);
      StringBuilder row = new StringBuilder("| ").append(key.label())
          .append(" | ").append(score.score() == null ? "n/a" : score.score())
          .append(" | ").append(Math.round(score.coverage() * 100)).append("% (")
          .append(score.evaluableRules()).append('/').append(score.rules()).append(')');
      for (Severity severity : MOST_SEVERE_FIRST) {
        row.append(" | ").append(report.count(key, severity));
      }
      md.add(row.append(" |").toString());
    }
    md.add("");
    md.add("Scores are 100 minus 25 per critical, 10 per major and 4 per minor unwaived finding, each rule's "
        + "deduction capped at twice its heaviest finding; coverage is evaluable rules / all rules of the key "
        + "(a disabled rule judged nothing). "
        + "Counts leave out waived findings.");
  }

  private static void indices(Lines md, Report report) {
    Indices indices = report.indices();
    md.heading(2, "Indices");
    md.add("Computed from the audit's data, derived facts and key scores as RULES.md defines them. An index that "
        + "cannot be computed is n/a, with the reason. Partners are those with an active member in the window, "
        + "and any other with a share of what is measured.");

    MutualityIndex mutuality = indices.mutuality();
    md.heading(3, "Mutuality index: " + value(mutuality.index()));
    StringJoiner used = new StringJoiner(", ");
    mutuality.keyScores().forEach((key, score) -> used.add(key.label() + " " + (score == null ? "n/a" : score)));
    md.add("The geometric mean of the four key scores (" + used + "), so that one weak key drags it down"
        + (mutuality.index() == null ? ": not computed, " + inline(mutuality.reason()) : "")
        + ". The findings behind it are those of the key scores (" + mutuality.findings().size() + ").");

    PartnerBalance balance = indices.partnerBalance();
    md.heading(3, "Partner balance");
    md.add("Per dimension, 100 · (1 − H*) with H* = (H − 1/N) / (1 − 1/N), H the Herfindahl index (the sum of "
        + "the squared shares) of the N partners: 100 when every partner has the same share, 0 when one has it all.");
    md.add("");
    for (PartnerBalance.Dimension dimension : balance.dimensions()) {
      md.add(dimension(dimension));
    }
    related(md, report, balance.rules(), balance.findings());

    Transparency transparency = indices.transparency();
    md.heading(3, "Transparency: " + value(transparency.index()));
    md.add("100 × (share of the window's comments and worklogs visible to every partner) × (share of partners with "
        + "a member in a document-access role)" + (transparency.index() == null
            ? ": not computed, " + inline(transparency.reason()) + "." : "."));
    md.add("");
    md.add(visibility(transparency.visibility()));
    md.add(access(transparency.access()));
    related(md, report, transparency.rules(), transparency.findings());

    reciprocity(md, report, indices.reciprocity());
  }

  private static String value(Integer index) {
    return index == null ? "n/a" : String.valueOf(index);
  }

  private static String dimension(PartnerBalance.Dimension dimension) {
    String label = switch (dimension.dimension()) {
      case "resolved" -> "Resolved work items";
      case "hours" -> "Logged hours";
      case "comments" -> "Comments";
      case "responses" -> "Cross-partner responses";
      default -> capitalised(dimension.dimension());
    };
    StringBuilder line = new StringBuilder("- **").append(label).append(": ").append(value(dimension.index()))
        .append("**");
    if (dimension.index() != null) {
      line.append(" (N = ").append(dimension.partners()).append(", H = ").append(decimal(dimension.herfindahl()))
          .append(", H* = ").append(decimal(dimension.normalised())).append(')');
    }
    StringJoiner shares = new StringJoiner(", ");
    for (PartnerBalance.Share share : dimension.shares()) {
      shares.add(inline(share.partner().name()) + " " + percent(share.share()) + " ("
          + amount(share.amount(), dimension.dimension()) + ")");
    }
    if (dimension.shares().size() > 0) {
      line.append(": ").append(shares);
    }
    if (dimension.reason() != null) {
      line.append(dimension.shares().size() > 0 ? "; " : ": ").append("not computed, ")
          .append(inline(dimension.reason()));
    }
    return line.toString();
  }

  private static String amount(double amount, String dimension) {
    return dimension.equals("hours") ? decimal(Math.round(amount * 10) / 10.0) + " h" : decimal(amount);
  }

  private static String visibility(Transparency.VisibilityFactor visibility) {
    if (visibility.share() == null) {
      return "- **Visibility: n/a**: " + inline(visibility.reason());
    }
    StringBuilder line = new StringBuilder("- **Visibility: ").append(percent(visibility.share())).append("**: ")
        .append(visibility.visibleComments() + visibility.visibleWorklogs()).append(" of the ")
        .append(visibility.comments() + visibility.worklogs()).append(" comments and worklogs of the window are "
            + "visible to every partner (").append(visibility.visibleComments()).append(" of ")
        .append(visibility.comments()).append(" comments, ").append(visibility.visibleWorklogs()).append(" of ")
        .append(visibility.worklogs()).append(" worklogs)");
    if (!visibility.restrictions().isEmpty()) {
      StringJoiner hiding = new StringJoiner("; ");
      for (Transparency.HidingRestriction restriction : visibility.restrictions()) {
        hiding.add(restriction.kind().name().toLowerCase(Locale.ROOT) + " " + inline(restriction.name()) + ": "
            + restriction.comments() + " comment(s), " + restriction.worklogs() + " worklog(s), hidden from "
            + String.join(", ", restriction.excludedPartners()));
      }
      line.append("; restricted away from a partner: ").append(hiding);
    }
    return line.toString();
  }

  private static String access(Transparency.AccessFactor access) {
    if (access.share() == null) {
      return "- **Document access: n/a**: " + inline(access.reason());
    }
    List<String> with = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (Transparency.PartnerAccess partner : access.partners()) {
      if (partner.members().isEmpty()) {
        without.add(inline(partner.partner().name()));
      } else {
        with.add(inline(partner.partner().name()) + " (" + String.join(", ", partner.members()) + ")");
      }
    }
    return "- **Document access: " + percent(access.share()) + "**: " + with.size() + " of the "
        + access.partners().size() + " partners have a member in a document-access role ("
        + inline(String.join(", ", access.roles())) + ", from `" + access.setting() + "`)"
        + (with.isEmpty() ? "" : ": " + String.join(", ", with))
        + (without.isEmpty() ? "" : "; none: " + String.join(", ", without));
  }

  private static void reciprocity(Lines md, Report report, ReciprocityMatrix matrix) {
    String threshold = decimal(matrix.thresholdHours()) + " h";
    md.heading(3, "Reciprocity matrix: " + value(matrix.index()));
    md.add("Median hours from the creation of a work item of the row's partner (created in the window) to the "
        + "first answer of the column's partner; the index is the share of the cells with answers whose median is "
        + "at most " + threshold + (matrix.index() == null
            ? ": not computed, " + inline(matrix.reason()) + "."
            : ": " + matrix.cellsWithin() + " of " + matrix.cellsCounted() + "."));
    if (!matrix.partners().isEmpty()) {
      md.add("");
      md.add("Cells read `median (answers)`; **bold** is over " + threshold + ", `none` a cell without answers, "
          + "`—` the partner itself.");
      md.add("");
      StringJoiner header = new StringJoiner(" | ", "| Work items of ↓, answered by → | ", " |");
      StringJoiner rule = new StringJoiner("|", "|---|", "|");
      for (Indices.PartnerRef partner : matrix.partners()) {
        header.add("`" + cell(partner.id()) + "`");
        rule.add("---:");
      }
      md.add(header.toString());
      md.add(rule.toString());
      Map<String, ReciprocityMatrix.Cell> cells = new HashMap<>();
      matrix.cells().forEach(c -> cells.put(c.owner() + "\n" + c.responder(), c));
      for (Indices.PartnerRef owner : matrix.partners()) {
        StringJoiner row = new StringJoiner(" | ", "| ", " |");
        row.add(cell(owner.name()) + " (`" + cell(owner.id()) + "`)");
        for (Indices.PartnerRef responder : matrix.partners()) {
          ReciprocityMatrix.Cell c = cells.get(owner.id() + "\n" + responder.id());
          if (owner.id().equals(responder.id()) || c == null) {
            row.add("—");
          } else if (c.isEmpty()) {
            row.add("none");
          } else {
            String median = decimal(Math.round(c.medianHours() * 10) / 10.0) + " h";
            row.add((c.within(matrix.thresholdHours()) ? median : "**" + median + "**") + " (" + c.responses() + ")");
          }
        }
        md.add(row.toString());
      }
    }
    related(md, report, matrix.rules(), matrix.findings());
  }

  /** The related rules and the findings behind an index, each finding named by rule, subject and fingerprint. */
  private static void related(Lines md, Report report, List<String> rules, List<String> fingerprints) {
    Map<String, ReportFinding> byFingerprint = new HashMap<>();
    report.findings().forEach(f -> byFingerprint.put(f.fingerprint(), f));
    StringJoiner findings = new StringJoiner("; ");
    for (String fingerprint : fingerprints) {
      ReportFinding finding = byFingerprint.get(fingerprint);
      findings.add(finding == null ? "`" + fingerprint + "`" : finding.ruleId() + " "
          + finding.subject().type().label() + " `" + inline(finding.subject().id()) + "` (`" + fingerprint + "`"
          + (finding.isWaived() ? ", waived" : "") + (finding.shadow() ? ", shadow" : "") + ")");
    }
    md.add("");
    md.add("Related rules: " + (rules.isEmpty() ? "none in the rule base" : String.join(", ", rules))
        + ". Findings behind it: " + (fingerprints.isEmpty() ? "none" : findings.toString()) + ".");
  }

  /** A share as a whole percentage. */
  private static String percent(double share) {
    return Indices.percent(100 * share) + "%";
  }

  /** A figure rounded to 3 decimals without trailing zeros, e.g. {@code 0.38}, {@code 12}. */
  private static String decimal(double value) {
    return new BigDecimal(Double.toString(JsonReportWriter.rounded(value))).stripTrailingZeros().toPlainString();
  }

  private static void provenance(Lines md, ReportView view) {
    Provenance p = view.provenance();
    List<String> parts = new java.util.ArrayList<>();
    if (p.site() != null) {
      parts.add("site " + inline(p.site()) + (p.projects().isEmpty() ? "" : ", projects "
          + inline(String.join(", ", p.projects()))));
    }
    if (p.configurationHash() != null) {
      parts.add("configuration `" + inline(p.configurationHash()) + "`");
    }
    if (p.recordingHash() != null) {
      parts.add("recording `" + inline(p.recordingHash()) + "`");
    }
    if (view.baselineHidden() > 0) {
      parts.add(view.baselineHidden() + " finding" + (view.baselineHidden() == 1 ? "" : "s")
          + " of the baseline not shown");
    }
    if (!parts.isEmpty()) {
      md.add("");
      md.add("Provenance: " + String.join(" · ", parts));
    }
  }

  private static void changes(Lines md, ReportView view) {
    Comparison comparison = view.comparison();
    if (comparison == null) {
      return;
    }
    md.heading(2, "Since the previous audit");
    if (comparison.previousAsOf() == null) {
      md.add("No earlier audit of this partnership is kept in the history: every finding is new.");
    } else {
      md.add("Compared with the audit as of " + comparison.previousAsOf() + ": "
          + java.util.Arrays.stream(Change.values()).map(c -> comparison.count(c) + " " + c.label())
              .collect(java.util.stream.Collectors.joining(", ")) + ".");
    }
    if (!comparison.fixed().isEmpty()) {
      md.add("");
      md.add("Fixed since then:");
      md.add("");
      for (PastAudit.PastFinding f : comparison.fixed()) {
        md.add("- **" + inline(f.ruleId()) + "** " + f.severity().label() + " · " + inline(f.subjectType()) + " "
            + inline(f.subjectName()) + " (`" + inline(f.subjectId()) + "`): " + inline(f.message()));
      }
    }
    md.add("");
    md.add("| As of | " + java.util.Arrays.stream(Key.values()).filter(Key::isScored).map(Key::label)
        .collect(java.util.stream.Collectors.joining(" | ")) + " |");
    md.add("|---|" + "---:|".repeat((int) java.util.Arrays.stream(Key.values()).filter(Key::isScored).count()));
    for (Comparison.TrendPoint point : comparison.trend()) {
      md.add("| " + point.asOf() + " | " + java.util.Arrays.stream(Key.values()).filter(Key::isScored)
          .map(key -> point.scores().get(key) == null ? "n/a" : point.scores().get(key).toString())
          .collect(java.util.stream.Collectors.joining(" | ")) + " |");
    }
  }

  private static void findings(Lines md, ReportView view) {
    Report report = view.report();
    md.heading(2, "Findings");
    List<ReportFinding> counted = report.findings().stream().filter(f -> !f.isWaived() && !f.shadow()).toList();
    List<ReportFinding> shadow = report.findings().stream().filter(ReportFinding::shadow).toList();
    if (!shadow.isEmpty()) {
      md.heading(3, "Shadow (" + shadow.size() + ")");
      md.add("Findings of rules in shadow (`rules.<ID>.shadow: true`): reported here only; they count neither in the "
          + "scores nor for `--fail-on`, and are never written back into the tracker.");
      md.add("");
      shadow.forEach(finding -> finding(md, finding, false, view.change(finding)));
    }
    if (counted.isEmpty()) {
      md.add("No unwaived findings.");
      return;
    }
    for (Key key : Key.values()) {
      List<ReportFinding> ofKey = counted.stream().filter(f -> f.key() == key).toList();
      if (ofKey.isEmpty() && !key.isScored()) {
        continue;
      }
      md.heading(3, capitalised(key.label()));
      if (ofKey.isEmpty()) {
        md.add("No findings.");
        continue;
      }
      for (Severity severity : MOST_SEVERE_FIRST) {
        List<ReportFinding> group = ofKey.stream().filter(f -> f.severity() == severity).toList();
        if (!group.isEmpty()) {
          md.heading(4, capitalised(severity.label()) + " (" + group.size() + ")");
          group.forEach(finding -> finding(md, finding, false, view.change(finding)));
        }
      }
    }
  }

  private static void waivers(Lines md, Report report) {
    md.heading(2, "Waivers");
    List<ReportFinding> waived = report.findings().stream().filter(f -> f.waiver() != null).toList();
    if (waived.isEmpty()) {
      md.add("No waivers match a finding.");
      return;
    }
    md.add("Findings under an active waiver stay in the report but count neither in scores nor for "
        + "`--fail-on`. An expired waiver no longer applies: its finding counts and is listed in full under "
        + "Findings.");
    md.add("");
    for (ReportFinding finding : waived) {
      finding(md, finding, true, null);
    }
  }

  /**
   * One finding as a list item. Under Waivers ({@code inWaivers}) it also names its severity, and a
   * finding whose waiver expired shows only its waiver, being listed in full under Findings.
   */
  private static void finding(Lines md, ReportFinding finding, boolean inWaivers, Change change) {
    md.add("- " + (change == null || inWaivers ? "" : "`" + change.name() + "` ") + "**" + inline(finding.ruleId())
        + "** " + (inWaivers ? finding.severity().label() + " · " : "")
        + subject(finding.subject()) + ": " + inline(finding.message()));
    AppliedWaiver waiver = finding.waiver();
    boolean details = !inWaivers || waiver.isActive();
    if (details && finding.evidence() != null && !finding.evidence().isEmpty()) {
      md.add("  - Evidence: " + inline(evidence(finding.evidence())));
    }
    if (details && finding.remediation() != null && !finding.remediation().isBlank()) {
      md.add("  - Remediation: " + inline(finding.remediation()));
    }
    md.add("  - Fingerprint: `" + inline(finding.fingerprint()) + "`");
    if (waiver != null) {
      String terms = inline(waiver.reason()) + " · approved by " + inline(waiver.approver());
      md.add(waiver.isActive()
          ? "  - Waived until " + waiver.expires() + ": " + terms
          : "  - **Waiver expired** on " + waiver.expires() + ": " + terms + " · the finding counts again");
    }
  }

  private static void notEvaluable(Lines md, Report report) {
    md.heading(2, "Not evaluable");
    if (report.notEvaluable().isEmpty()) {
      md.add("Every enabled rule could judge every subject it looked at.");
      return;
    }
    md.add("| Rule | Key | Subject | Reason |");
    md.add("|---|---|---|---|");
    for (NotEvaluableEntry entry : report.notEvaluable()) {
      md.add(row(entry.ruleId(), entry.key().label(), subject(entry.subject()), entry.reason()));
    }
  }

  private static void rules(Lines md, Report report) {
    md.heading(2, "Rules");
    if (report.rules().isEmpty()) {
      md.add("No rules.");
      return;
    }
    md.add("| Rule | Key | Name | Outcome | Findings |");
    md.add("|---|---|---|---|---:|");
    for (RuleResult rule : report.rules()) {
      md.add(row(rule.ruleId(), rule.key().label(), rule.name(), JsonReportWriter.label(rule.outcome()),
          String.valueOf(rule.findings())));
    }
  }

  /** A subject as {@code type name (`id`)}, or {@code type `id`} when it has no name of its own. */
  static String subject(Subject subject) {
    String id = "`" + inline(subject.id()) + "`";
    return subject.name().equals(subject.id())
        ? subject.type().label() + " " + id
        : subject.type().label() + " " + inline(subject.name()) + " (" + id + ")";
  }

  /** Evidence on one line, e.g. {@code issues: COF-1, COF-2; topShare: 0.86}. */
  static String evidence(Map<String, ?> evidence) {
    StringJoiner line = new StringJoiner("; ");
    evidence.forEach((name, value) -> {
      if (value != null) {
        line.add(name + ": " + value(value, false));
      }
    });
    return line.toString();
  }

  /** An evidence value as text: lists joined with commas, maps as {@code {name: value}}, enums as labels. */
  static String value(Object value, boolean nested) {
    if (value instanceof Map<?, ?> map) {
      StringJoiner joiner = new StringJoiner(", ", "{", "}");
      map.forEach((name, item) -> {
        if (item != null) {
          joiner.add(name + ": " + value(item, true));
        }
      });
      return joiner.toString();
    }
    if (value instanceof Object[] array) {
      return value(Arrays.asList(array), nested);
    }
    if (value instanceof Collection<?> collection) {
      List<String> items = new ArrayList<>();
      for (Object item : collection) {
        if (item != null) {
          items.add(value(item, true));
        }
      }
      if (items.isEmpty()) {
        return "none";
      }
      String joined = String.join(", ", items);
      return nested ? "[" + joined + "]" : joined;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        String text = value instanceof Float ? value.toString() : Double.toString(d);
        return new BigDecimal(text).stripTrailingZeros().toPlainString();
      }
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    return String.valueOf(value);
  }

  /** Text for one line of Markdown: line breaks become spaces. */
  static String inline(String text) {
    return text == null ? "" : LINE_BREAK.matcher(text).replaceAll(" ");
  }

  /** Text for a table cell: {@code |} escaped, line breaks as {@code <br>}. */
  static String cell(String text) {
    return text == null ? "" : LINE_BREAK.matcher(text.replace("|", "\\|")).replaceAll("<br>");
  }

  private static String row(String... cells) {
    StringJoiner row = new StringJoiner(" | ", "| ", " |");
    for (String text : cells) {
      row.add(cell(text));
    }
    return row.toString();
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /** A Markdown document built line by line. */
  private static final class Lines {
    private final StringBuilder text = new StringBuilder();
    private boolean blank = true;

    void add(String line) {
      text.append(line).append('\n');
      blank = line.isEmpty();
    }

    /** A heading with one blank line before and after it. */
    void heading(int level, String title) {
      if (!blank) {
        add("");
      }
      add("#".repeat(level) + " " + title);
      add("");
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
