package org.mutuality.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;

/**
 * Writes a {@link ReportView} as one self-contained HTML5 page for people: inline CSS, inline SVG charts drawn
 * here, no script, and nothing to fetch (a Content-Security-Policy forbids it), so it opens from disk, can be
 * mailed and prints to PDF with a page per section.
 *
 * <p>In order: the partnership and where the data came from; the mutuality index and each key's score and
 * coverage, with a chart per key; the change since the previous audit and the trend of the key scores (with a
 * history); partner balance; the reciprocity matrix as a heat map; transparency and its two factors; the
 * findings by key and severity, each with its evidence, remediation, waiver and change, then the findings
 * fixed since the previous audit; the waivers; what could not be judged; each rule's outcome.
 *
 * <p>Every text of the report (names, messages, evidence, reasons) is escaped, so no report data can become
 * markup. The page is also well-formed XML. Lines end with {@code \n}; write it to a UTF-8 writer.
 */
public final class HtmlReportWriter {
  private static final List<Severity> MOST_SEVERE_FIRST = List.of(
      Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO);
  /** The shades of the reciprocity heat map: upper bound in hours, colour, legend. Darker is slower. */
  private static final List<Shade> SHADES = List.of(
      new Shade(24, "#fff5eb", "up to 24 h"),
      new Shade(72, "#fdd0a2", "24 to 72 h"),
      new Shade(168, "#fd8d3c", "72 h to 1 week"),
      new Shade(336, "#d94801", "1 to 2 weeks"),
      new Shade(Double.POSITIVE_INFINITY, "#7f2704", "over 2 weeks"));

  private record Shade(double upTo, String colour, String label) {}

  /** Writes the page to {@code out}, which it flushes but leaves open. */
  public void write(ReportView view, Writer out) throws IOException {
    out.write(toHtml(view));
    out.flush();
  }

  /** The report as an HTML document, ending with a line break. */
  public String toHtml(ReportView view) {
    return new Page(view).render();
  }

  /** One rendering: the page being built and what its sections share. */
  private static final class Page {
    private final ReportView view;
    private final Report report;
    private final Html html = new Html();
    private final HtmlCharts charts = new HtmlCharts();
    private final Map<String, String> ruleNames = new HashMap<>();
    private final Map<String, ReportFinding> byFingerprint = new HashMap<>();
    private final Map<String, String> partnerColours = new LinkedHashMap<>();

    Page(ReportView view) {
      this.view = view;
      this.report = view.report();
      report.rules().forEach(rule -> ruleNames.put(rule.ruleId(), rule.name()));
      report.findings().forEach(finding -> byFingerprint.putIfAbsent(finding.fingerprint(), finding));
    }

    String render() {
      html.raw("<!DOCTYPE html>").newline();
      html.open("html", "lang", "en").newline();
      head();
      html.open("body").newline();
      header();
      contents();
      html.open("main").newline();
      scores();
      if (view.comparison() != null) {
        comparison(view.comparison());
      }
      balance(report.indices().partnerBalance());
      reciprocity(report.indices().reciprocity());
      transparency(report.indices().transparency());
      findings();
      waivers();
      notEvaluable();
      rules();
      html.close("main").newline();
      html.open("footer", "class", "page-footer");
      html.element("p", "Written by Mutuality, rule base " + report.ruleBaseVersion() + ", report schema "
          + report.schemaVersion() + ". This page is self-contained: it loads nothing and runs no script.");
      html.close("footer").newline();
      html.close("body").newline();
      html.close("html").newline();
      return html.toString();
    }

    private void head() {
      html.open("head").newline();
      html.empty("meta", "charset", "utf-8").newline();
      // Defence in depth: even markup that slipped through could load and run nothing.
      html.empty("meta", "http-equiv", "Content-Security-Policy",
          "content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
              + "form-action 'none'").newline();
      html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
      html.empty("meta", "name", "generator", "content", "Mutuality " + report.ruleBaseVersion()).newline();
      html.element("title", "Mutuality audit: " + report.partnershipName() + ", as of " + report.asOf()).newline();
      html.open("style").raw(HtmlStyle.CSS).close("style").newline();
      html.close("head").newline();
    }

    // ---- Header and contents

    private void header() {
      html.open("header", "class", "page-header").newline();
      html.element("p", "Mutuality audit", "class", "eyebrow");
      html.element("h1", report.partnershipName());
      html.open("p", "class", "lede").text("Partnership ").element("code", report.partnershipId())
          .text(" · as of ").element("time", report.asOf().toString(), "datetime", report.asOf().toString())
          .close("p").newline();
      Provenance provenance = view.provenance();
      html.open("dl", "class", "provenance").newline();
      item("Source", report.source());
      if (provenance.site() != null) {
        item("Site", provenance.site());
      }
      if (!provenance.projects().isEmpty()) {
        item("Projects", String.join(", ", provenance.projects()));
      }
      html.element("dt", "Configuration");
      if (provenance.configurationHash() == null) {
        html.element("dd", "the defaults (no configuration file)");
      } else {
        html.open("dd").text("SHA-256 ").element("code", provenance.configurationHash(), "class", "hash")
            .close("dd");
      }
      html.newline();
      if (provenance.recordingHash() != null) {
        html.element("dt", "Recording");
        html.open("dd").text("SHA-256 ").element("code", provenance.recordingHash(), "class", "hash").close("dd")
            .newline();
      }
      item("Rule base", report.ruleBaseVersion());
      item("Report schema", report.schemaVersion());
      if (view.failOn() != null) {
        long failing = report.countAtLeast(view.failOn());
        item("Fails on", view.failOn().label() + " and above: " + failing + " unwaived finding"
            + (failing == 1 ? "" : "s") + " at or above it");
      }
      if (view.baselineHidden() > 0) {
        item("Baseline", view.baselineHidden() + " finding" + (view.baselineHidden() == 1 ? "" : "s")
            + " already in the baseline left out of this report");
      }
      html.close("dl").newline();
      html.close("header").newline();
    }

    private void item(String term, String description) {
      html.element("dt", term).element("dd", description).newline();
    }

    private void contents() {
      html.open("nav", "class", "contents", "aria-label", "Contents").open("ol");
      link("scores", "Scores");
      if (view.comparison() != null) {
        link("changes", "Since the last audit");
      }
      link("balance", "Partner balance");
      link("reciprocity", "Reciprocity");
      link("transparency", "Transparency");
      link("findings", "Findings");
      link("waivers", "Waivers");
      link("not-evaluable", "Not evaluable");
      link("rules", "Rules");
      html.close("ol").close("nav").newline();
    }

    private void link(String id, String text) {
      html.open("li").element("a", text, "href", "#" + id).close("li");
    }

    private void openSection(String id, String title) {
      html.open("section", "id", id, "aria-labelledby", id + "-title").newline();
      html.element("h2", title, "id", id + "-title").newline();
    }

    private void closeSection() {
      html.close("section").newline();
    }

    // ---- Scores and the mutuality index

    private void scores() {
      openSection("scores", "Scores");
      MutualityIndex mutuality = report.indices().mutuality();
      html.open("div", "class", "scores-grid").newline();
      html.open("div", "class", "index-card").newline();
      html.element("h3", "Mutuality index " + value(mutuality.index()), "class", "keyline");
      charts.gauge(html, "Mutuality index: " + (mutuality.index() == null ? "not computed" : mutuality.index()
          + " of 100"), mutuality.index());
      html.newline();
      html.element("p", mutuality.index() == null
          ? "Not computed: " + mutuality.reason() + "."
          : "The geometric mean of the four key scores: one weak key drags it down however well the others do.",
          "class", "note");
      html.close("div").newline();

      html.open("div", "class", "keys").newline();
      for (Key key : Key.values()) {
        if (!key.isScored()) {
          continue;
        }
        KeyScore score = JsonReportWriter.scoreOf(report, key);
        String coverage = coverage(score);
        html.open("div", "class", "key-score band-" + HtmlCharts.band(score.score())).newline();
        html.open("p", "class", "keyline").element("span", capitalised(key.label()), "class", "key-name")
            .text(" score ").element("strong", value(score.score()), "class", "figure").text(" · coverage " + coverage)
            .close("p").newline();
        charts.scoreBars(html, capitalised(key.label()) + ": score " + (score.score() == null ? "n/a"
            : score.score() + " of 100") + ", coverage " + coverage, score.score(), score.coverage());
        html.newline();
        StringJoiner counts = new StringJoiner(" · ");
        for (Severity severity : MOST_SEVERE_FIRST) {
          counts.add(report.count(key, severity) + " " + severity.label());
        }
        html.element("p", score.score() == null ? "No score: no rule of the key could judge."
            : "Unwaived findings: " + counts, "class", "note").newline();
        html.close("div").newline();
      }
      html.close("div").newline();
      html.close("div").newline();
      html.element("p", "A key's score is 100 minus 25 per critical, 10 per major and 4 per minor unwaived finding, "
          + "each rule's deduction capped at twice its heaviest finding; the thick bar is the score (ticks at 60 "
          + "and 80), the thin bar the coverage: the share of the key's rules that could judge. A key no rule "
          + "could judge has no score, never 100.", "class", "explain").newline();
      closeSection();
    }

    private static String coverage(KeyScore score) {
      return Math.round(score.coverage() * 100) + "% (" + score.evaluableRules() + "/" + score.rules() + " rules)";
    }

    // ---- Comparison with earlier audits

    private void comparison(Comparison comparison) {
      openSection("changes", "Since the last audit");
      html.element("p", comparison.previousAsOf() == null
          ? "No earlier audit of this partnership in the history: every finding is new."
          : "Compared with the audit as of " + comparison.previousAsOf() + ".").newline();
      html.open("ul", "class", "change-counts").newline();
      for (Change change : Change.values()) {
        html.open("li", "class", "change-count").element("span", changeLabel(change), "class",
            "badge change change-" + change.label()).text(" ").element("strong", String.valueOf(
                comparison.count(change))).close("li").newline();
      }
      html.close("ul").newline();
      List<Comparison.TrendPoint> trend = comparison.trend();
      html.element("h3", "Key scores over the audits").newline();
      html.open("figure", "class", "chart-figure").newline();
      charts.trend(html, "Key scores of the last " + trend.size() + " audit" + (trend.size() == 1 ? "" : "s")
          + ", oldest first", trend);
      html.newline();
      html.element("figcaption", "Each key's score per audit, oldest on the left; a gap is an audit where the key "
          + "had no score.").newline();
      html.close("figure").newline();
      html.open("table", "class", "compact trend-table").element("caption", "Key scores per audit").open("thead")
          .open("tr").element("th", "As of", "scope", "col");
      for (Key key : Key.values()) {
        if (key.isScored()) {
          html.element("th", key.label(), "scope", "col", "class", "num");
        }
      }
      html.close("tr").close("thead").open("tbody").newline();
      for (Comparison.TrendPoint point : trend) {
        html.open("tr").element("th", point.asOf().toString(), "scope", "row");
        for (Key key : Key.values()) {
          if (key.isScored()) {
            html.element("td", value(point.scores().get(key)), "class", "num");
          }
        }
        html.close("tr").newline();
      }
      html.close("tbody").close("table").newline();
      closeSection();
    }

    private static String changeLabel(Change change) {
      return change.label().toUpperCase(Locale.ROOT);
    }

    // ---- Partner balance

    private void balance(PartnerBalance balance) {
      openSection("balance", "Partner balance");
      html.element("p", "How evenly the partners share the work, per dimension: 100 · (1 − H*), with H the "
          + "Herfindahl index (the sum of the squared shares) of the N partners and H* = (H − 1/N) / (1 − 1/N). "
          + "100 when every partner has the same share, 0 when one partner has it all.", "class", "explain")
          .newline();
      for (PartnerBalance.Dimension dimension : balance.dimensions()) {
        for (PartnerBalance.Share share : dimension.shares()) {
          partnerColours.computeIfAbsent(share.partner().id(), id -> HtmlCharts.PARTNER_COLOURS.get(
              partnerColours.size() % HtmlCharts.PARTNER_COLOURS.size()));
        }
      }
      List<String> labels = balance.dimensions().stream().map(d -> dimensionLabel(d.dimension())).toList();
      html.open("figure", "class", "chart-figure").newline();
      charts.balance(html, "Partner shares per dimension, with the balance of each", balance.dimensions(), labels,
          partnerColours);
      html.newline();
      legend();
      html.close("figure").newline();

      html.open("ul", "class", "figures").newline();
      for (int i = 0; i < balance.dimensions().size(); i++) {
        PartnerBalance.Dimension dimension = balance.dimensions().get(i);
        html.open("li").element("strong", labels.get(i) + ": " + value(dimension.index()));
        if (dimension.index() != null) {
          html.text(" (N = " + dimension.partners() + ", H = " + decimal(dimension.herfindahl()) + ", H* = "
              + decimal(dimension.normalised()) + ")");
        }
        if (dimension.reason() != null) {
          html.text(": not computed, " + dimension.reason());
        }
        html.close("li").newline();
      }
      html.close("ul").newline();
      sharesTable(balance, labels);
      related(balance.rules(), balance.findings());
      closeSection();
    }

    private void legend() {
      if (partnerColours.isEmpty()) {
        return;
      }
      Map<String, String> names = new HashMap<>();
      report.indices().partnerBalance().dimensions().forEach(d -> d.shares().forEach(
          s -> names.put(s.partner().id(), s.partner().name())));
      html.open("figcaption").open("ul", "class", "legend", "aria-label", "Partners").newline();
      partnerColours.forEach((id, colour) -> html.open("li").element("span", "", "class", "swatch",
          "style", "background-color:" + colour).text(" " + names.get(id)).close("li").newline());
      html.close("ul").close("figcaption").newline();
    }

    private void sharesTable(PartnerBalance balance, List<String> labels) {
      if (partnerColours.isEmpty()) {
        return;
      }
      Map<String, String> names = new HashMap<>();
      balance.dimensions().forEach(d -> d.shares().forEach(s -> names.put(s.partner().id(), s.partner().name())));
      html.open("table", "class", "compact").element("caption", "Shares by partner: percentage (amount)")
          .open("thead").open("tr").element("th", "Partner", "scope", "col");
      labels.forEach(label -> html.element("th", label, "scope", "col", "class", "num"));
      html.close("tr").close("thead").open("tbody").newline();
      for (String partner : partnerColours.keySet()) {
        html.open("tr").element("th", names.get(partner), "scope", "row");
        for (PartnerBalance.Dimension dimension : balance.dimensions()) {
          PartnerBalance.Share share = dimension.shares().stream()
              .filter(s -> s.partner().id().equals(partner)).findFirst().orElse(null);
          html.element("td", share == null ? "—" : Indices.percent(100 * share.share()) + "% ("
              + amount(share.amount(), dimension.dimension()) + ")", "class", "num");
        }
        html.close("tr").newline();
      }
      html.close("tbody").close("table").newline();
    }

    private static String dimensionLabel(String dimension) {
      return switch (dimension) {
        case "resolved" -> "Resolved work items";
        case "hours" -> "Logged hours";
        case "comments" -> "Comments";
        case "responses" -> "Cross-partner responses";
        default -> capitalised(dimension);
      };
    }

    private static String amount(double amount, String dimension) {
      return dimension.equals("hours") ? decimal(Math.round(amount * 10) / 10.0) + " h" : decimal(amount);
    }

    // ---- Reciprocity

    private void reciprocity(ReciprocityMatrix matrix) {
      String threshold = decimal(matrix.thresholdHours()) + " h";
      openSection("reciprocity", "Reciprocity: " + value(matrix.index()));
      html.element("p", "The median hours from the creation of a work item of the row's partner (created in the "
          + "window) to the first answer of the column's partner. The index is the share of the cells with "
          + "answers whose median is at most " + threshold + (matrix.index() == null
              ? ": not computed, " + matrix.reason() + "."
              : ": " + matrix.cellsWithin() + " of " + matrix.cellsCounted() + "."), "class", "explain").newline();
      if (!matrix.partners().isEmpty()) {
        Map<String, ReciprocityMatrix.Cell> cells = new HashMap<>();
        matrix.cells().forEach(c -> cells.put(c.owner() + "\n" + c.responder(), c));
        html.open("div", "class", "table-scroll").newline();
        html.open("table", "class", "heatmap").element("caption", "Median hours to the first answer, "
            + "with the number of work items answered").open("thead").open("tr")
            .element("th", "Work items of ↓, answered by →", "scope", "col");
        for (Indices.PartnerRef partner : matrix.partners()) {
          html.element("th", partner.name(), "scope", "col", "title", partner.id());
        }
        html.close("tr").close("thead").open("tbody").newline();
        for (Indices.PartnerRef owner : matrix.partners()) {
          html.open("tr").element("th", owner.name(), "scope", "row", "title", owner.id());
          for (Indices.PartnerRef responder : matrix.partners()) {
            ReciprocityMatrix.Cell cell = cells.get(owner.id() + "\n" + responder.id());
            if (owner.id().equals(responder.id()) || cell == null) {
              html.open("td", "class", "self", "title", "A partner answering its own work items is not counted")
                  .element("span", "—", "aria-hidden", "true").text(" ").element("span", "itself, not counted", "class",
                      "visually-hidden").close("td");
            } else if (cell.isEmpty()) {
              html.open("td", "class", "empty", "title", responder.name() + " gave no first answer on a work item "
                  + "of " + owner.name() + " created in the window").element("span", "no answers", "class", "small")
                  .close("td");
            } else {
              Shade shade = shade(cell.medianHours());
              boolean over = !cell.within(matrix.thresholdHours());
              html.open("td", "class", over ? "over" : "within", "style", "background-color:" + shade.colour()
                  + ";color:" + HtmlCharts.textOn(shade.colour()), "title", responder.name() + " answered "
                  + cell.responses() + " work item(s) of " + owner.name() + " after a median of "
                  + hours(cell.medianHours()) + (over ? ", more than " + threshold : ""));
              html.element("span", hours(cell.medianHours()) + (over ? " ▲" : ""), "class", "cell-figure")
                  .text(" ").element("span", cell.responses() + (cell.responses() == 1 ? " answer" : " answers"),
                      "class", "small");
              html.close("td");
            }
          }
          html.close("tr").newline();
        }
        html.close("tbody").close("table").newline();
        html.close("div").newline();
        html.open("ul", "class", "legend", "aria-label", "Shades of the matrix").newline();
        for (Shade shade : SHADES) {
          html.open("li").element("span", "", "class", "swatch", "style", "background-color:" + shade.colour())
              .text(" " + shade.label()).close("li").newline();
        }
        html.open("li").element("span", "", "class", "swatch empty").text(" no answers: nobody of the column's "
            + "partner answered").close("li").newline();
        html.open("li").text("▲ over " + threshold + " · — the partner itself, not counted").close("li").newline();
        html.close("ul").newline();
      }
      related(matrix.rules(), matrix.findings());
      closeSection();
    }

    private static Shade shade(double hours) {
      return SHADES.stream().filter(s -> hours <= s.upTo()).findFirst().orElseThrow();
    }

    private static String hours(double hours) {
      return decimal(Math.round(hours * 10) / 10.0) + " h";
    }

    // ---- Transparency

    private void transparency(Transparency transparency) {
      openSection("transparency", "Transparency: " + value(transparency.index()));
      html.element("p", "100 × (share of the window's comments and worklogs every partner can read) × (share of "
          + "partners with a member in a document-access role)" + (transparency.index() == null
              ? ". Not computed: " + unknownFactors(transparency) + " below." : "."), "class", "explain").newline();
      html.open("div", "class", "factors").newline();
      Transparency.VisibilityFactor visibility = transparency.visibility();
      html.open("div", "class", "factor").element("h3", "Visibility: " + share(visibility.share()));
      charts.meter(html, "Visibility: " + share(visibility.share()), visibility.share());
      if (visibility.share() == null) {
        html.element("p", "Not computed: " + visibility.reason());
      } else {
        html.element("p", (visibility.visibleComments() + visibility.visibleWorklogs()) + " of the "
            + (visibility.comments() + visibility.worklogs()) + " comments and worklogs of the window are visible "
            + "to every partner (" + visibility.visibleComments() + " of " + visibility.comments() + " comments, "
            + visibility.visibleWorklogs() + " of " + visibility.worklogs() + " worklogs).");
        if (!visibility.restrictions().isEmpty()) {
          html.open("ul").newline();
          for (Transparency.HidingRestriction restriction : visibility.restrictions()) {
            html.element("li", restriction.kind().name().toLowerCase(Locale.ROOT) + " " + restriction.name() + ": "
                + restriction.comments() + " comment(s), " + restriction.worklogs() + " worklog(s), hidden from "
                + String.join(", ", restriction.excludedPartners())).newline();
          }
          html.close("ul");
        }
      }
      html.close("div").newline();
      Transparency.AccessFactor access = transparency.access();
      html.open("div", "class", "factor").element("h3", "Document access: " + share(access.share()));
      charts.meter(html, "Document access: " + share(access.share()), access.share());
      if (access.share() == null) {
        html.element("p", "Not computed: " + access.reason());
      } else {
        List<String> with = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (Transparency.PartnerAccess partner : access.partners()) {
          if (partner.members().isEmpty()) {
            without.add(partner.partner().name());
          } else {
            with.add(partner.partner().name() + " (" + String.join(", ", partner.members()) + ")");
          }
        }
        html.open("p").text(with.size() + " of the " + access.partners().size() + " partners have a member in a "
            + "document-access role (" + String.join(", ", access.roles()) + ", from ")
            .element("code", access.setting()).text(")" + (with.isEmpty() ? "" : ": " + String.join(", ", with))
                + (without.isEmpty() ? "." : "; none: " + String.join(", ", without) + "."))
            .close("p");
      }
      html.close("div").newline();
      html.close("div").newline();
      related(transparency.rules(), transparency.findings());
      closeSection();
    }

    /** The factors of transparency that cannot be computed, e.g. {@code see document access}. */
    private static String unknownFactors(Transparency transparency) {
      List<String> factors = new ArrayList<>();
      if (transparency.visibility().share() == null) {
        factors.add("visibility");
      }
      if (transparency.access().share() == null) {
        factors.add("document access");
      }
      return "see " + String.join(" and ", factors);
    }

    private static String share(Double share) {
      return share == null ? "n/a" : Indices.percent(100 * share) + "%";
    }

    /** The related rules of an index and the findings behind it, each a link to the finding. */
    private void related(List<String> rules, List<String> fingerprints) {
      html.open("p", "class", "related").text("Related rules: " + (rules.isEmpty() ? "none in the rule base"
          : String.join(", ", rules)) + ". Findings behind it: ");
      if (fingerprints.isEmpty()) {
        html.text("none");
      }
      for (int i = 0; i < fingerprints.size(); i++) {
        ReportFinding finding = byFingerprint.get(fingerprints.get(i));
        html.text(i == 0 ? "" : "; ");
        if (finding == null) {
          html.element("code", fingerprints.get(i));
        } else {
          html.element("a", finding.ruleId() + " " + finding.subject().type().label() + " " + finding.subject().id()
              + (finding.isWaived() ? " (waived)" : ""), "href", "#" + anchor(finding.fingerprint()));
        }
      }
      html.text(".").close("p").newline();
    }

    // ---- Findings

    private void findings() {
      openSection("findings", "Findings");
      long waived = report.findings().stream().filter(ReportFinding::isWaived).count();
      html.element("p", report.findings().isEmpty() ? "No findings."
          : report.findings().size() + " finding" + (report.findings().size() == 1 ? "" : "s")
              + (waived > 0 ? ", " + waived + " of them under an active waiver (they count neither in scores nor "
                  + "for the failure threshold)" : "") + ", by key and then by severity.", "class", "explain")
          .newline();
      for (Key key : Key.values()) {
        List<ReportFinding> ofKey = report.findings().stream().filter(f -> f.key() == key).toList();
        if (ofKey.isEmpty() && !key.isScored()) {
          continue;
        }
        html.open("section", "class", "key-findings", "aria-labelledby", "findings-" + key.label()).newline();
        html.element("h3", capitalised(key.label()) + " (" + ofKey.size() + ")", "id", "findings-" + key.label())
            .newline();
        if (ofKey.isEmpty()) {
          html.element("p", "No findings.").newline();
        }
        for (Severity severity : MOST_SEVERE_FIRST) {
          List<ReportFinding> group = ofKey.stream().filter(f -> f.severity() == severity).toList();
          if (!group.isEmpty()) {
            html.element("h4", capitalised(severity.label()) + " (" + group.size() + ")").newline();
            group.forEach(this::finding);
          }
        }
        html.close("section").newline();
      }
      if (view.comparison() != null) {
        fixed(view.comparison().fixed());
      }
      closeSection();
    }

    private void finding(ReportFinding finding) {
      AppliedWaiver waiver = finding.waiver();
      html.open("article", "class", "finding sev-" + finding.severity().label() + (finding.isWaived() ? " waived" : ""),
          "id", anchor(finding.fingerprint())).newline();
      html.open("p", "class", "finding-head");
      severityBadge(finding.severity());
      Change change = view.change(finding);
      if (change != null) {
        html.text(" ").element("span", changeLabel(change), "class", "badge change change-" + change.label());
      }
      if (finding.shadow()) {
        html.text(" ").element("span", "SHADOW", "class", "badge change", "title",
            "The rule runs in shadow: reported, not counted, never written back");
      }
      html.text(" ").element("code", finding.ruleId(), "class", "rule-id");
      String name = ruleNames.get(finding.ruleId());
      if (name != null) {
        html.text(" ").element("span", name, "class", "rule-name");
      }
      html.close("p").newline();
      html.element("p", subject(finding.subject()), "class", "subject").newline();
      html.element("p", finding.message(), "class", "message").newline();
      if (finding.evidence() != null && finding.evidence().values().stream().anyMatch(v -> v != null)) {
        html.open("dl", "class", "evidence", "aria-label", "Evidence").newline();
        finding.evidence().forEach((term, value) -> {
          if (value != null) {
            html.element("dt", term).element("dd", MarkdownReportWriter.value(value, false)).newline();
          }
        });
        html.close("dl").newline();
      }
      if (finding.remediation() != null && !finding.remediation().isBlank()) {
        html.open("p", "class", "remediation").element("strong", "Remediation:").text(" " + finding.remediation())
            .close("p").newline();
      }
      if (waiver != null) {
        html.open("p", "class", "waiver " + (waiver.isActive() ? "waiver-active" : "waiver-expired"))
            .element("strong", waiver.isActive() ? "Waived until " + waiver.expires() + ":"
                : "Waiver expired on " + waiver.expires() + ":")
            .text(" " + waiver.reason() + " · approved by " + waiver.approver()
                + (waiver.isActive() ? " · status active" : " · status expired: the finding counts again"))
            .close("p").newline();
      }
      html.open("p", "class", "fingerprint").text("Fingerprint ").element("code", finding.fingerprint())
          .close("p").newline();
      html.close("article").newline();
    }

    private void fixed(List<PastAudit.PastFinding> fixed) {
      html.open("section", "class", "key-findings", "aria-labelledby", "findings-fixed").newline();
      html.element("h3", "Fixed since the last audit (" + fixed.size() + ")", "id", "findings-fixed").newline();
      if (fixed.isEmpty()) {
        html.element("p", "No finding of the previous audit is gone.").newline();
      }
      for (PastAudit.PastFinding finding : fixed) {
        html.open("article", "class", "finding fixed sev-" + finding.severity().label()).newline();
        html.open("p", "class", "finding-head");
        severityBadge(finding.severity());
        html.text(" ").element("span", changeLabel(Change.FIXED), "class", "badge change change-fixed")
            .text(" ").element("code", finding.ruleId(), "class", "rule-id");
        String name = ruleNames.get(finding.ruleId());
        if (name != null) {
          html.text(" ").element("span", name, "class", "rule-name");
        }
        html.close("p").newline();
        html.element("p", finding.subjectType() + " " + (finding.subjectName() == null
            || finding.subjectName().equals(finding.subjectId()) ? finding.subjectId()
            : finding.subjectName() + " (" + finding.subjectId() + ")"), "class", "subject").newline();
        html.element("p", finding.message(), "class", "message").newline();
        html.open("p", "class", "fingerprint").text("Fingerprint ").element("code", finding.fingerprint())
            .close("p").newline();
        html.close("article").newline();
      }
      html.close("section").newline();
    }

    private void severityBadge(Severity severity) {
      html.element("span", severity.label(), "class", "badge sev sev-" + severity.label());
    }

    // ---- Waivers, not evaluable, rules

    private void waivers() {
      openSection("waivers", "Waivers");
      List<ReportFinding> waived = report.findings().stream().filter(f -> f.waiver() != null).toList();
      if (waived.isEmpty()) {
        html.element("p", "No waiver matches a finding.").newline();
        closeSection();
        return;
      }
      html.element("p", "A finding under an active waiver stays in the report but counts neither in scores nor for "
          + "the failure threshold; once the waiver expires, the finding counts again.", "class", "explain")
          .newline();
      html.open("div", "class", "table-scroll").open("table").element("caption", "Waivers that match a finding")
          .open("thead").open("tr");
      for (String column : List.of("Finding", "Reason", "Approver", "Expires", "Status")) {
        html.element("th", column, "scope", "col");
      }
      html.close("tr").close("thead").open("tbody").newline();
      for (ReportFinding finding : waived) {
        AppliedWaiver waiver = finding.waiver();
        html.open("tr").open("th", "scope", "row").open("a", "href", "#" + anchor(finding.fingerprint()))
            .text(finding.ruleId()).close("a").text(" " + subject(finding.subject())).close("th")
            .element("td", waiver.reason(), "class", "multiline").element("td", waiver.approver())
            .element("td", waiver.expires() == null ? "no expiry" : waiver.expires().toString(), "class", "nowrap")
            .open("td").element("span", JsonReportWriter.label(waiver.status()), "class",
                "badge waiver-" + JsonReportWriter.label(waiver.status())).close("td")
            .close("tr").newline();
      }
      html.close("tbody").close("table").close("div").newline();
      closeSection();
    }

    private void notEvaluable() {
      openSection("not-evaluable", "Not evaluable");
      if (report.notEvaluable().isEmpty()) {
        html.element("p", "Every enabled rule could judge every subject it looked at.").newline();
        closeSection();
        return;
      }
      html.element("p", "What the rules could not judge, and why: missing data or a setting to add. Never "
          + "counted as a pass.", "class", "explain").newline();
      html.open("div", "class", "table-scroll").open("table").element("caption", "Rules that could not judge a "
          + "subject").open("thead").open("tr");
      for (String column : List.of("Rule", "Key", "Subject", "Reason")) {
        html.element("th", column, "scope", "col");
      }
      html.close("tr").close("thead").open("tbody").newline();
      for (NotEvaluableEntry entry : report.notEvaluable()) {
        html.open("tr").open("th", "scope", "row").element("code", entry.ruleId()).close("th")
            .element("td", entry.key().label()).element("td", subject(entry.subject()))
            .element("td", entry.reason(), "class", "multiline").close("tr").newline();
      }
      html.close("tbody").close("table").close("div").newline();
      closeSection();
    }

    private void rules() {
      openSection("rules", "Rules");
      if (report.rules().isEmpty()) {
        html.element("p", "No rules.").newline();
        closeSection();
        return;
      }
      Map<String, Long> outcomes = new LinkedHashMap<>();
      for (Outcome outcome : Outcome.values()) {
        outcomes.put(JsonReportWriter.label(outcome),
            report.rules().stream().filter(r -> r.outcome() == outcome).count());
      }
      StringJoiner summary = new StringJoiner(" · ");
      outcomes.forEach((outcome, count) -> summary.add(count + " " + outcome));
      html.element("p", report.rules().size() + " rules: " + summary + ".", "class", "explain").newline();
      html.open("div", "class", "table-scroll").open("table", "class", "compact rules-table")
          .element("caption", "Each rule's outcome").open("thead").open("tr");
      for (String column : List.of("Rule", "Key", "Name", "Outcome", "Findings")) {
        html.element("th", column, "scope", "col", "class", column.equals("Findings") ? "num" : null);
      }
      html.close("tr").close("thead").open("tbody").newline();
      for (RuleResult rule : report.rules()) {
        String outcome = JsonReportWriter.label(rule.outcome());
        html.open("tr").open("th", "scope", "row").element("code", rule.ruleId()).close("th")
            .element("td", rule.key().label()).element("td", rule.name())
            .open("td").element("span", outcome, "class", "outcome outcome-" + outcome).close("td")
            .element("td", String.valueOf(rule.findings()), "class", "num").close("tr").newline();
      }
      html.close("tbody").close("table").close("div").newline();
      closeSection();
    }
  }

  // ---- Text helpers

  /** The anchor of a finding: its fingerprint. */
  static String anchor(String fingerprint) {
    return "f-" + Html.token(fingerprint);
  }

  /** A subject as {@code type name (id)}, or {@code type id} when it has no name of its own. */
  static String subject(Subject subject) {
    return subject.name().equals(subject.id())
        ? subject.type().label() + " " + subject.id()
        : subject.type().label() + " " + subject.name() + " (" + subject.id() + ")";
  }

  private static String value(Integer figure) {
    return figure == null ? "n/a" : String.valueOf(figure);
  }

  /** A figure rounded to 3 decimals without trailing zeros, e.g. {@code 0.38}, {@code 12}. */
  static String decimal(double value) {
    return new BigDecimal(Double.toString(JsonReportWriter.rounded(value))).stripTrailingZeros().toPlainString();
  }


  private static String capitalised(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
