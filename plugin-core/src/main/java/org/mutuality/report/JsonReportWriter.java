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
    WRITER.writeValue(out, tree(report));
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

  static ObjectNode tree(Report report) {
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
      findings.add(finding(finding));
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

    ArrayNode rules = root.putArray("rules");
    for (RuleResult rule : report.rules()) {
      ObjectNode node = rules.addObject();
      node.put("ruleId", rule.ruleId());
      node.put("key", rule.key().label());
      node.put("name", rule.name());
      node.put("outcome", label(rule.outcome()));
      node.put("findings", rule.findings());
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
