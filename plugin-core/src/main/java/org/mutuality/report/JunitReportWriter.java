package org.mutuality.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;

/**
 * Writes a report as JUnit XML, the shape CI servers read (Jenkins, GitLab, GitHub Actions test reporters):
 * {@code <testsuites>} with one {@code <testsuite>} per key and one {@code <testcase>} per rule and subject.
 *
 * <ul>
 *   <li>a finding at or above the {@code --fail-on} threshold, not waived: a {@code <failure>} whose
 *       {@code type} is the severity and whose text holds the message, the evidence and the remediation;
 *   <li>a finding below the threshold, waived or of a rule in shadow, and every finding when there is no
 *       threshold: a passing case
 *       that says so in {@code <system-out>};
 *   <li>a subject the rule could not judge, and a disabled rule: {@code <skipped>} with the reason;
 *   <li>a rule without findings or not-evaluable subjects: one passing case for the rule.
 * </ul>
 *
 * <p>The {@code classname} is {@code mutuality.<key>.<rule id>}, the name the rule id and the subject; time is 0
 * (the audit is not timed per rule).
 */
public final class JunitReportWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /** One test case before it is written. */
  private record Case(String classname, String name, String failureType, String failureMessage, String text,
      String skipped, String systemOut) {}

  /** Writes the report to {@code out}, which it flushes but leaves open. */
  public void write(ReportView view, Writer out) throws IOException {
    Report report = view.report();
    Severity threshold = view.failOn();
    Map<Key, List<Case>> suites = new java.util.EnumMap<>(Key.class);
    for (RuleResult rule : report.rules()) {
      List<Case> cases = suites.computeIfAbsent(rule.key(), k -> new ArrayList<>());
      String classname = "mutuality." + rule.key().label() + "." + rule.ruleId();
      int before = cases.size();
      for (ReportFinding f : report.findings()) {
        if (!f.ruleId().equals(rule.ruleId())) {
          continue;
        }
        String name = rule.ruleId() + " " + f.subject();
        boolean fails = threshold != null && !f.isWaived() && !f.shadow() && f.severity().atLeast(threshold);
        if (fails) {
          cases.add(new Case(classname, name, f.severity().label(), f.message(), details(f), null, null));
        } else {
          String why = f.shadow() ? "its rule runs in shadow" : f.isWaived() ? "waived (" + f.waiver().reason() + ", approved by " + f.waiver().approver()
              + ", until " + f.waiver().expires() + ")"
              : threshold == null ? "no --fail-on threshold" : "below --fail-on " + threshold.label();
          cases.add(new Case(classname, name, null, null, null, null,
              f.severity().label() + " finding, " + why + ": " + f.message()));
        }
      }
      for (NotEvaluableEntry n : report.notEvaluable()) {
        if (n.ruleId().equals(rule.ruleId())) {
          cases.add(new Case(classname, rule.ruleId() + " " + n.subject(), null, null, null,
              "not evaluable: " + n.reason(), null));
        }
      }
      if (cases.size() == before) {
        String skipped = rule.outcome() == Outcome.DISABLED ? "disabled in the configuration" : null;
        cases.add(new Case(classname, rule.ruleId() + " " + rule.name(), null, null, null, skipped, null));
      }
    }
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", clean("Mutuality audit of " + report.partnershipName() + " ("
          + report.partnershipId() + ")"));
      counts(xml, suites.values().stream().flatMap(List::stream).toList());
      for (Map.Entry<Key, List<Case>> suite : suites.entrySet()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite.getKey().label());
        counts(xml, suite.getValue());
        xml.writeAttribute("timestamp", report.asOf().toString().replace("Z", ""));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "asOf", report.asOf().toString());
        property(xml, "ruleBaseVersion", report.ruleBaseVersion());
        property(xml, "source", report.source());
        property(xml, "failOn", threshold == null ? "none" : threshold.label());
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        for (Case c : suite.getValue()) {
          testcase(xml, c);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the JUnit report: " + e.getMessage(), e);
    }
    out.flush();
  }

  /** The report as JUnit XML. */
  public String toXml(ReportView view) {
    StringWriter out = new StringWriter();
    try {
      write(view, out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the JUnit report", e);
    }
    return out.toString();
  }

  private static void counts(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(cases.size()));
    xml.writeAttribute("failures", Long.toString(cases.stream().filter(c -> c.failureType() != null).count()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Long.toString(cases.stream().filter(c -> c.skipped() != null).count()));
    xml.writeAttribute("time", "0");
  }

  private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", value == null ? "" : clean(value));
  }

  private static void testcase(XMLStreamWriter xml, Case c) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    boolean empty = c.failureType() == null && c.skipped() == null && c.systemOut() == null;
    if (empty) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("classname", c.classname());
    xml.writeAttribute("name", clean(c.name()));
    xml.writeAttribute("time", "0");
    if (empty) {
      return;
    }
    if (c.failureType() != null) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      xml.writeAttribute("type", c.failureType());
      xml.writeAttribute("message", clean(firstLine(c.failureMessage())));
      xml.writeCharacters(clean(c.text()));
      xml.writeEndElement();
    }
    if (c.skipped() != null) {
      xml.writeCharacters("\n      ");
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", clean(firstLine(c.skipped())));
    }
    if (c.systemOut() != null) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(clean(c.systemOut()));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  /**
   * The text without what XML 1.0 cannot carry (control characters other than tab, line feed and carriage return,
   * lone surrogates, U+FFFE and U+FFFF), each replaced by U+FFFD: tracker text may hold them.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD)) {
        out.append(c);
      } else {
        out.append('\uFFFD');
      }
    }
    return out.toString();
  }

  /** An attribute holds one line (parsers turn line breaks in attributes into spaces); the whole text is elsewhere. */
  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip() + " …";
  }

  private static String details(ReportFinding f) {
    StringBuilder text = new StringBuilder(f.message()).append('\n');
    f.evidence().forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
    text.append("remediation: ").append(f.remediation());
    return text.toString();
  }
}
