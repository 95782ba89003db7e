package org.mutuality.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mutuality.engine.Key;
import org.mutuality.engine.Subject;

/**
 * Writes a {@link Report} as the JSON report: the versioned contract described by
 * {@code org/mutuality/report/report.schema.json} on the classpath. Output is pretty-printed with two-space
 * indentation and {@code \n} line ends; write it to a UTF-8 writer. Fields keep the contract's order;
 * findings, entries and rules keep the report's order; scores follow the order of {@link Key}.
 *
 * <p>Evidence values are written as JSON strings, numbers, booleans, arrays and objects; {@code null}
 * entries are left out, enum constants are written in lower case with dashes (like every label in the
 * report), and any other value (a date, an instant) is written as its string form.
 */
public final class JsonReportWriter {
  /** Where the JSON Schema of the report lives on the classpath. */
  public static final String SCHEMA_RESOURCE = "/org/mutuality/report/report.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = JsonMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build()
      .writer(prettyPrinter());

  /** Writes the report to {@code out}, which it flushes but leaves open. */
  public void write(Report report, Writer out) throws IOException {
    write(ReportView.of(report), out);
  }

  /**
   * Writes the report with what this run knows around it: its provenance, and with a history each finding's
   * change and the comparison with the previous audit (optional members of the contract).
   */
  public void write(ReportView view, Writer out) throws IOException {
    WRITER.writeValue(out, tree(view));
    out.write('\n');
    out.flush();
  }

  /** The report as a JSON document, ending with a line break. */
  public String toJson(Report report) {
    try {
      return WRITER.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write the JSON report", e);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  private static void putOrNull(ObjectNode node, String name, String value) {
    if (value == null) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }

  static ObjectNode tree(Report report) {
    return tree(ReportView.of(report));
  }

  static ObjectNode tree(ReportView view) {
    Report report = view.report();
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", report.schemaVersion());
    root.put("asOf", report.asOf().toString());
    root.put("ruleBaseVersion", report.ruleBaseVersion());
    ObjectNode partnership = root.putObject("partnership");
    partnership.put("id", report.partnershipId());
    partnership.put("name", report.partnershipName());
    root.put("source", report.source());

    ArrayNode findings = root.putArray("findings");
    for (ReportFinding finding : report.findings()) {
      ObjectNode node = finding(finding);
      if (view.comparison() != null) {
        node.put("change", view.change(finding).label());
      }
      findings.add(node);
    }

    ArrayNode notEvaluable = root.putArray("notEvaluable");
    for (NotEvaluableEntry entry : report.notEvaluable()) {
      ObjectNode node = notEvaluable.addObject();
      node.put("ruleId", entry.ruleId());
      node.put("key", entry.key().label());
      node.set("subject", subject(entry.subject()));
      node.put("reason", entry.reason());
    }

    ObjectNode scores = root.putObject("scores");
    for (Key key : Key.values()) {
      if (key.isScored()) {
        scores.set(key.label(), score(scoreOf(report, key)));
      }
    }

    root.set("indices", indices(report.indices()));

    ArrayNode rules = root.putArray("rules");
    for (RuleResult rule : report.rules()) {
      ObjectNode node = rules.addObject();
      node.put("ruleId", rule.ruleId());
      node.put("key", rule.key().label());
      node.put("name", rule.name());
      node.put("outcome", label(rule.outcome()));
      node.put("findings", rule.findings());
    }
    if (!view.provenance().equals(Provenance.NONE) || view.baselineHidden() > 0) {
      ObjectNode provenance = root.putObject("provenance");
      Provenance p = view.provenance();
      putOrNull(provenance, "site", p.site());
      ArrayNode projects = provenance.putArray("projects");
      p.projects().forEach(projects::add);
      putOrNull(provenance, "configurationHash", p.configurationHash());
      putOrNull(provenance, "recordingHash", p.recordingHash());
      provenance.put("baselineHidden", view.baselineHidden());
    }
    if (view.comparison() != null) {
      Comparison comparison = view.comparison();
      ObjectNode node = root.putObject("comparison");
      putOrNull(node, "previousAsOf", comparison.previousAsOf() == null ? null : comparison.previousAsOf().toString());
      ObjectNode counts = node.putObject("counts");
      for (Change change : Change.values()) {
        counts.put(change.label(), comparison.count(change));
      }
      ArrayNode fixed = node.putArray("fixed");
      for (PastAudit.PastFinding f : comparison.fixed()) {
        ObjectNode item = fixed.addObject();
        item.put("ruleId", f.ruleId());
        item.put("key", f.key().label());
        item.put("severity", f.severity().label());
        ObjectNode subject = item.putObject("subject");
        subject.put("type", f.subjectType());
        subject.put("id", f.subjectId());
        subject.put("name", f.subjectName());
        item.put("message", f.message());
        item.put("fingerprint", f.fingerprint());
      }
      ArrayNode trend = node.putArray("trend");
      for (Comparison.TrendPoint point : comparison.trend()) {
        ObjectNode item = trend.addObject();
        item.put("asOf", point.asOf().toString());
        ObjectNode pointScores = item.putObject("scores");
        for (Key key : Key.values()) {
          if (key.isScored()) {
            Integer score = point.scores().get(key);
            if (score == null) {
              pointScores.putNull(key.label());
            } else {
              pointScores.put(key.label(), score);
            }
          }
        }
      }
    }
    return root;
  }

  /**
   * The score of a key; a key the report has no score for has no rules, hence no score and coverage 0, as
   * {@link Scores} would give it.
   */
  static KeyScore scoreOf(Report report, Key key) {
    KeyScore score = report.scores().get(key);
    return score != null ? score : new KeyScore(key, null, 0.0, 0, 0, List.of());
  }

  /** An outcome as the report names it: {@code fail}, {@code not-evaluable}, {@code pass}, {@code disabled}. */
  static String label(Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A waiver status as the report names it: {@code active} or {@code expired}. */
  static String label(WaiverStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static ObjectNode finding(ReportFinding finding) {
    ObjectNode node = NODES.objectNode();
    node.put("ruleId", finding.ruleId());
    node.put("key", finding.key().label());
    node.put("severity", finding.severity().label());
    node.set("subject", subject(finding.subject()));
    node.put("message", finding.message());
    node.set("evidence", evidence(finding.evidence()));
    node.put("fingerprint", finding.fingerprint());
    node.put("remediation", finding.remediation());
    AppliedWaiver waiver = finding.waiver();
    if (waiver == null) {
      node.putNull("waiver");
    } else {
      ObjectNode w = node.putObject("waiver");
      w.put("reason", waiver.reason());
      w.put("approver", waiver.approver());
      w.put("expires", waiver.expires().toString());
      w.put("status", label(waiver.status()));
    }
    if (finding.shadow()) {
      node.put("shadow", true);
    }
    return node;
  }

  private static ObjectNode subject(Subject subject) {
    ObjectNode node = NODES.objectNode();
    node.put("type", subject.type().label());
    node.put("id", subject.id());
    node.put("name", subject.name());
    return node;
  }

  private static ObjectNode score(KeyScore score) {
    ObjectNode node = NODES.objectNode();
    node.put("score", score.score());
    node.put("coverage", Math.round(score.coverage() * 1000) / 1000.0);
    node.put("rules", score.rules());
    node.put("evaluableRules", score.evaluableRules());
    ArrayNode fingerprints = node.putArray("findings");
    score.fingerprints().forEach(fingerprints::add);
    return node;
  }

  private static ObjectNode indices(Indices indices) {
    ObjectNode node = NODES.objectNode();
    node.set("mutuality", mutuality(indices.mutuality()));
    node.set("partnerBalance", partnerBalance(indices.partnerBalance()));
    node.set("transparency", transparency(indices.transparency()));
    node.set("reciprocity", reciprocity(indices.reciprocity()));
    return node;
  }

  private static ObjectNode mutuality(MutualityIndex index) {
    ObjectNode node = NODES.objectNode();
    node.put("index", index.index());
    node.put("reason", index.reason());
    ObjectNode scores = node.putObject("keyScores");
    index.keyScores().forEach((key, score) -> scores.put(key.label(), score));
    strings(node.putArray("findings"), index.findings());
    return node;
  }

  private static ObjectNode partnerBalance(PartnerBalance balance) {
    ObjectNode node = NODES.objectNode();
    ObjectNode dimensions = node.putObject("dimensions");
    for (PartnerBalance.Dimension dimension : balance.dimensions()) {
      ObjectNode d = dimensions.putObject(dimension.dimension());
      d.put("index", dimension.index());
      d.put("reason", dimension.reason());
      d.put("partners", dimension.partners());
      putRounded(d, "total", dimension.total());
      putRounded(d, "herfindahl", dimension.herfindahl());
      putRounded(d, "normalised", dimension.normalised());
      ArrayNode shares = d.putArray("shares");
      for (PartnerBalance.Share share : dimension.shares()) {
        ObjectNode s = shares.addObject();
        partner(s, share.partner());
        putRounded(s, "amount", share.amount());
        putRounded(s, "share", share.share());
      }
    }
    strings(node.putArray("rules"), balance.rules());
    strings(node.putArray("findings"), balance.findings());
    return node;
  }

  private static ObjectNode transparency(Transparency transparency) {
    ObjectNode node = NODES.objectNode();
    node.put("index", transparency.index());
    node.put("reason", transparency.reason());
    Transparency.VisibilityFactor visibility = transparency.visibility();
    ObjectNode v = node.putObject("visibility");
    putRounded(v, "share", visibility.share());
    v.put("reason", visibility.reason());
    v.put("comments", visibility.comments());
    v.put("visibleComments", visibility.visibleComments());
    v.put("worklogs", visibility.worklogs());
    v.put("visibleWorklogs", visibility.visibleWorklogs());
    ArrayNode restrictions = v.putArray("restrictions");
    for (Transparency.HidingRestriction restriction : visibility.restrictions()) {
      ObjectNode r = restrictions.addObject();
      r.put("kind", restriction.kind().name().toLowerCase(Locale.ROOT));
      r.put("name", restriction.name());
      r.put("comments", restriction.comments());
      r.put("worklogs", restriction.worklogs());
      strings(r.putArray("excludedPartners"), restriction.excludedPartners());
    }
    Transparency.AccessFactor access = transparency.access();
    ObjectNode a = node.putObject("access");
    putRounded(a, "share", access.share());
    a.put("reason", access.reason());
    a.put("setting", access.setting());
    strings(a.putArray("roles"), access.roles());
    ArrayNode partners = a.putArray("partners");
    for (Transparency.PartnerAccess partner : access.partners()) {
      ObjectNode p = partners.addObject();
      partner(p, partner.partner());
      strings(p.putArray("members"), partner.members());
    }
    strings(node.putArray("rules"), transparency.rules());
    strings(node.putArray("findings"), transparency.findings());
    return node;
  }

  private static ObjectNode reciprocity(ReciprocityMatrix matrix) {
    ObjectNode node = NODES.objectNode();
    node.put("index", matrix.index());
    node.put("reason", matrix.reason());
    putRounded(node, "thresholdHours", matrix.thresholdHours());
    ArrayNode partners = node.putArray("partners");
    matrix.partners().forEach(partner -> partner(partners.addObject(), partner));
    ArrayNode cells = node.putArray("cells");
    for (ReciprocityMatrix.Cell cell : matrix.cells()) {
      ObjectNode c = cells.addObject();
      c.put("owner", cell.owner());
      c.put("responder", cell.responder());
      c.put("responses", cell.responses());
      putRounded(c, "medianHours", cell.medianHours());
      c.put("within", cell.within(matrix.thresholdHours()));
    }
    node.put("cellsCounted", matrix.cellsCounted());
    node.put("cellsWithin", matrix.cellsWithin());
    strings(node.putArray("rules"), matrix.rules());
    strings(node.putArray("findings"), matrix.findings());
    return node;
  }

  private static void partner(ObjectNode node, Indices.PartnerRef partner) {
    node.put("partner", partner.id());
    node.put("name", partner.name());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /** A figure rounded to 3 decimals, like coverage; {@code null} stays {@code null}. */
  private static void putRounded(ObjectNode node, String name, Double value) {
    if (value == null) {
      node.putNull(name);
    } else {
      node.put(name, rounded(value));
    }
  }

  /** 3 decimals, half up: ratios and hours in the report. */
  static double rounded(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
  }

  private static ObjectNode evidence(Map<String, ?> evidence) {
    ObjectNode node = NODES.objectNode();
    if (evidence != null) {
      evidence.forEach((name, value) -> {
        if (value != null) {
          node.set(String.valueOf(name), value(value));
        }
      });
    }
    return node;
  }

  private static JsonNode value(Object value) {
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigInteger i) {
      return NODES.numberNode(i);
    }
    if (value instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Float f) {
      return Float.isFinite(f) ? NODES.numberNode(f) : NODES.textNode(String.valueOf(f));
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(String.valueOf(d));
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((name, item) -> {
        if (item != null) {
          node.set(String.valueOf(name), value(item));
        }
      });
      return node;
    }
    if (value instanceof Collection<?> collection) {
      ArrayNode node = NODES.arrayNode();
      collection.forEach(item -> {
        if (item != null) {
          node.add(value(item));
        }
      });
      return node;
    }
    if (value instanceof Object[] array) {
      return value(Arrays.asList(array));
    }
    if (value instanceof Enum<?> constant) {
      return NODES.textNode(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return NODES.textNode(String.valueOf(value));
  }
}
