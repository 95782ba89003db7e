package org.mutuality.jira.writeback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.mutuality.engine.Key;
import org.mutuality.engine.SubjectType;
import org.mutuality.report.KeyScore;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;

/**
 * The texts and JSON Mutuality writes: the managed comment, the findings property, the summary issue. Plain text,
 * paragraphs apart by a blank line, turned into ADF (Cloud) or wiki markup (Data Center) by the writer. Only what
 * the findings hold goes in: their messages, evidence (ids and figures) and remediation, which the rules keep free
 * of any restricted comment's text. Nothing that changes from run to run without a change in the findings (no
 * audit instant), so a second run writes nothing.
 */
final class Texts {
  /** Issue property values are at most 32,768 characters (NOTES.md §2.13); this leaves room for the comment id. */
  static final int PROPERTY_LIMIT = 32_000;
  /** How many issue findings the summary lists. */
  static final int SUMMARY_TOP = 10;
  static final String SUMMARY_TITLE = "Partnership health (Mutuality)";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Texts() {
  }

  /** The managed comment of an issue. */
  static String comment(IssueTarget target) {
    StringBuilder text = new StringBuilder();
    text.append("Mutuality: partnership health findings on ").append(target.key()).append(" (")
        .append(Marks.COMMENT_MARKER).append(")\n")
        .append("Mutuality keeps this comment up to date and deletes it when the findings are gone. To accept a "
            + "finding, waive it in mutuality.yml; edits to this comment are overwritten.");
    for (ReportFinding f : target.findings()) {
      text.append("\n\n").append(f.severity().label().toUpperCase(Locale.ROOT)).append(" · ").append(f.ruleId())
          .append(" · ").append(f.key().label()).append('\n').append(f.message());
      String evidence = evidence(f.evidence());
      if (!evidence.isEmpty()) {
        text.append("\nEvidence: ").append(evidence);
      }
      if (f.remediation() != null && !f.remediation().isBlank()) {
        text.append("\nWhat to do: ").append(f.remediation().trim());
      }
    }
    return text.toString();
  }

  /** The findings property, without the comment id (the applier adds it once the comment exists). */
  static ObjectNode property(IssueTarget target, String commentText) {
    ObjectNode value = NODES.objectNode();
    value.put("schema", 1);
    value.put("commentHash", hash(commentText));
    ArrayNode findings = value.putArray("findings");
    for (ReportFinding f : target.findings()) {
      ObjectNode node = findings.addObject();
      node.put("ruleId", f.ruleId());
      node.put("key", f.key().label());
      node.put("severity", f.severity().label());
      node.put("fingerprint", f.fingerprint());
      node.put("message", f.message());
      node.set("evidence", JSON.valueToTree(jsonSafe(f.evidence())));
      node.put("remediation", f.remediation());
    }
    if (value.toString().length() > PROPERTY_LIMIT) {
      findings.forEach(f -> ((ObjectNode) f).remove(List.of("evidence", "remediation")));
      value.put("trimmed", true);
    }
    return normalised(value);
  }

  /** The value as Jira gives it back (numbers read from text), so that equal values compare equal. */
  static ObjectNode normalised(ObjectNode value) {
    try {
      return (ObjectNode) JSON.readTree(value.toString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read back a JSON value Mutuality wrote", e);
    }
  }

  /** The property as it should be once the comment {@code commentId} holds the text. */
  static ObjectNode withComment(JsonNode value, String commentId) {
    ObjectNode copy = ((ObjectNode) value).deepCopy();
    copy.put("commentId", commentId);
    return copy;
  }

  /** The text of a project's summary issue. */
  static String summary(Report report, String projectKey) {
    StringBuilder text = new StringBuilder();
    text.append("Partnership health of ").append(report.partnershipName()).append(" (").append(projectKey)
        .append("), written by Mutuality (").append(Marks.COMMENT_MARKER).append(")\n")
        .append("Mutuality keeps this issue up to date on every applied audit; edits to it are overwritten.");
    text.append("\n\nScores per key (0-100, coverage = rules that could judge)");
    for (Key key : Key.values()) {
      KeyScore score = report.scores().get(key);
      if (score != null && key.isScored()) {
        text.append('\n').append(key.label()).append(": ")
            .append(score.score() == null ? "n/a" : score.score().toString())
            .append(String.format(Locale.ROOT, " (coverage %d%%, %d of %d rules)",
                Math.round(100 * score.coverage()), score.evaluableRules(), score.rules()));
      }
    }
    Integer index = report.indices().mutuality().index();
    text.append("\nmutuality index: ").append(index == null ? "n/a" : index.toString());
    List<ReportFinding> counted = report.findings().stream().filter(ReportFinding::isCounted).toList();
    List<ReportFinding> partnership = counted.stream().filter(f -> f.subject().type() != SubjectType.ISSUE).toList();
    text.append("\n\nPartner and project findings (").append(partnership.size()).append(')');
    if (partnership.isEmpty()) {
      text.append("\nnone");
    }
    partnership.forEach(f -> text.append('\n').append(line(f)));
    List<ReportFinding> issues = counted.stream().filter(f -> f.subject().type() == SubjectType.ISSUE).toList();
    text.append("\n\nTop issue findings (").append(Math.min(SUMMARY_TOP, issues.size())).append(" of ")
        .append(issues.size()).append("; each issue's own comment lists them all)");
    if (issues.isEmpty()) {
      text.append("\nnone");
    }
    issues.stream().limit(SUMMARY_TOP).forEach(f -> text.append('\n').append(line(f)));
    return text.toString();
  }

  private static String line(ReportFinding f) {
    return f.severity().label().toUpperCase(Locale.ROOT) + " " + f.ruleId() + " " + f.subject().type().label() + " "
        + f.subject().id() + ": " + f.message();
  }

  /** The summary's property: what its text was written from. */
  static ObjectNode summaryProperty(String text) {
    ObjectNode value = NODES.objectNode();
    value.put("schema", 1);
    value.put("textHash", hash(text));
    return value;
  }

  /** A short stable hash of a text. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String evidence(Map<String, Object> evidence) {
    StringJoiner out = new StringJoiner("; ");
    evidence.forEach((name, value) -> {
      if (value != null) {
        out.add(name + " " + (value instanceof Collection<?> c ? String.join(", ", c.stream()
            .map(String::valueOf).toList()) : String.valueOf(value)));
      }
    });
    return out.toString();
  }

  private static Object jsonSafe(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(Texts::jsonSafe).toList();
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new java.util.TreeMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), jsonSafe(v)));
      return out;
    }
    return String.valueOf(value);
  }

  /**
   * A plain text as Jira wiki markup (Data Center, REST v2): the characters wiki markup gives a meaning to are
   * escaped with a backslash, so evidence such as {@code {uni=[owns linked COF-36]}} shows as written instead of
   * as a macro and a link.
   */
  static String wiki(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      if ("\\[]{}|*_!^~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A plain text as an ADF document: a paragraph per block, its lines apart by hard breaks. */
  static ObjectNode adf(String text) {
    ObjectNode doc = NODES.objectNode();
    doc.put("type", "doc");
    doc.put("version", 1);
    ArrayNode content = doc.putArray("content");
    for (String block : text.split("\n\n")) {
      ObjectNode paragraph = content.addObject();
      paragraph.put("type", "paragraph");
      ArrayNode inline = paragraph.putArray("content");
      String[] lines = block.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          inline.addObject().put("type", "hardBreak");
        }
        if (!lines[i].isEmpty()) {
          inline.addObject().put("type", "text").put("text", lines[i]);
        }
      }
    }
    return doc;
  }
}
