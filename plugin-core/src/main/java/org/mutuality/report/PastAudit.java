package org.mutuality.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.io.InputException;
import org.mutuality.io.Position;

/**
 * An earlier audit, read back from its JSON report: what the history, {@code mutuality diff} and a baseline need
 * of it (when, which partnership, the key scores, and each finding's identity and wording).
 *
 * @param file where it was read from
 * @param asOf the audit's instant
 * @param partnershipId the partnership audited
 * @param scores the score of each scored key, {@code null} where no rule of the key could judge
 * @param findings its findings
 */
public record PastAudit(String file, Instant asOf, String partnershipId, Map<Key, Integer> scores,
    List<PastFinding> findings) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public PastAudit {
    scores = Collections.unmodifiableMap(new EnumMap<>(scores.isEmpty() ? new EnumMap<>(Key.class) : scores));
    findings = List.copyOf(findings);
  }

  /**
   * A finding of an earlier audit.
   *
   * @param fingerprint its identity across audits
   * @param ruleId the rule
   * @param key the rule's key
   * @param severity its severity then
   * @param subjectType the subject's type label, e.g. {@code partner}
   * @param subjectId the subject's id
   * @param subjectName the subject's display name
   * @param message what the rule said then
   * @param waiver the status of the waiver that matched it then, {@code null} when none did
   */
  public record PastFinding(String fingerprint, String ruleId, Key key, Severity severity, String subjectType,
      String subjectId, String subjectName, String message, WaiverStatus waiver) {

    /** {@code "<type> <id>"}, as reports and scenarios name a subject. */
    public String subject() {
      return subjectType + " " + subjectId;
    }
  }

  /** The past audit a report of this run would become, for comparing with the next one. */
  public static PastAudit of(Report report) {
    Map<Key, Integer> scores = new EnumMap<>(Key.class);
    report.scores().forEach((key, score) -> scores.put(key, score.score()));
    List<PastFinding> findings = report.findings().stream().map(f -> new PastFinding(f.fingerprint(), f.ruleId(),
        f.key(), f.severity(), f.subject().type().label(), f.subject().id(), f.subject().name(), f.message(),
        f.waiver() == null ? null : f.waiver().status())).toList();
    return new PastAudit(null, report.asOf(), report.partnershipId(), scores, findings);
  }

  /**
   * Reads a JSON report written by Mutuality.
   *
   * @throws InputException naming the file and the JSON path of what is missing or wrong
   */
  public static PastAudit read(Path path) throws InputException {
    String file = path.toString();
    JsonNode root;
    try {
      root = MAPPER.readTree(path.toFile());
    } catch (IOException e) {
      throw new InputException(new Position(file, 0, 0), "cannot be read as a JSON report: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InputException(new Position(file, 0, 0), "$: expected a Mutuality JSON report (an object)");
    }
    Instant asOf;
    try {
      asOf = Instant.parse(text(root, "asOf", file, "$.asOf"));
    } catch (DateTimeParseException e) {
      throw new InputException(new Position(file, 0, 0), "$.asOf: not an ISO-8601 instant");
    }
    String partnership = text(root.path("partnership"), "id", file, "$.partnership.id");
    Map<Key, Integer> scores = new EnumMap<>(Key.class);
    root.path("scores").fields().forEachRemaining(entry -> {
      Key key = parseKey(entry.getKey());
      JsonNode score = entry.getValue().path("score");
      if (key != null) {
        scores.put(key, score.isNumber() ? score.intValue() : null);
      }
    });
    List<PastFinding> findings = new ArrayList<>();
    JsonNode list = root.path("findings");
    if (!list.isArray()) {
      throw new InputException(new Position(file, 0, 0), "$.findings: expected an array of findings");
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode f = list.get(i);
      String where = "$.findings[" + i + "]";
      Key key = parseKey(text(f, "key", file, where + ".key"));
      if (key == null) {
        throw new InputException(new Position(file, 0, 0), where + ".key: not a key of mutuality");
      }
      Severity severity;
      try {
        severity = Severity.parse(text(f, "severity", file, where + ".severity"));
      } catch (IllegalArgumentException e) {
        throw new InputException(new Position(file, 0, 0), where + ".severity: " + e.getMessage());
      }
      JsonNode subject = f.path("subject");
      JsonNode waiver = f.path("waiver");
      findings.add(new PastFinding(text(f, "fingerprint", file, where + ".fingerprint"),
          text(f, "ruleId", file, where + ".ruleId"), key, severity,
          text(subject, "type", file, where + ".subject.type"), text(subject, "id", file, where + ".subject.id"),
          subject.path("name").asText(subject.path("id").asText()), f.path("message").asText(""),
          waiver.isObject() ? waiverStatus(waiver.path("status").asText()) : null));
    }
    return new PastAudit(file, asOf, partnership, scores, findings);
  }

  private static String text(JsonNode node, String field, String file, String path) throws InputException {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new InputException(new Position(file, 0, 0), path + ": missing (expected text)");
    }
    return value.asText();
  }

  private static WaiverStatus waiverStatus(String label) {
    for (WaiverStatus status : WaiverStatus.values()) {
      if (status.name().equalsIgnoreCase(label.replace('-', '_'))) {
        return status;
      }
    }
    return null;
  }

  private static Key parseKey(String text) {
    try {
      return Key.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
