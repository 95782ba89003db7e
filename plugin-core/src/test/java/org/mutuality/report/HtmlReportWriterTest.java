package org.mutuality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutuality.report.ReportFixture.evidence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The HTML report of the coffee fixture, read back as XML (the page is well-formed) and looked at through
 * XPath: the texts a reader sees, exactly, and that no report text can become markup.
 */
class HtmlReportWriterTest {
  private static final String HOSTILE = "<script>alert(\"x\")</script> it's \"quoted\" & <b>bold</b>";

  private final HtmlReportWriter writer = new HtmlReportWriter();
  private final String html = writer.toHtml(ReportView.of(ReportFixture.coffee()));
  private final Document page = parse(html);

  @Test
  void isOneSelfContainedPageThatLoadsAndRunsNothing() throws XPathExpressionException {
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .endsWith("</html>\n");
    assertThat(texts("//head/title"))
        .containsExactly("Mutuality audit: Coffee for Tomorrow, as of 2025-03-31T00:00:00Z");
    assertThat(attribute("//meta[@http-equiv='Content-Security-Policy']", "content")).isEqualTo(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
    assertThat(nodes("//script | //img | //link | //iframe | //object | //embed | //image | //use")).isEmpty();
    // Every link stays in the page.
    for (Node href : nodes("//@href | //@src")) {
      assertThat(href.getNodeValue()).startsWith("#");
    }
    assertThat(html).doesNotContain("url(", "@import", "http://127", "https://");
    // Every chart is an image with a title.
    List<Node> svgs = nodes("//svg");
    assertThat(svgs).hasSize(8);
    for (Node svg : svgs) {
      Element chart = (Element) svg;
      assertThat(chart.getAttribute("role")).isEqualTo("img");
      assertThat(texts("//svg/title[@id='" + chart.getAttribute("aria-labelledby") + "']")).hasSize(1);
    }
  }

  @Test
  void headerNamesThePartnershipAndWhereTheDataCameFrom() throws XPathExpressionException {
    assertThat(texts("//header/h1")).containsExactly("Coffee for Tomorrow");
    assertThat(texts("//header/p[@class='lede']")).containsExactly("Partnership COF · as of 2025-03-31T00:00:00Z");
    assertThat(texts("//dl[@class='provenance']/*")).containsExactly(
        "Source", "snapshot examples/snapshot.yml",
        "Configuration", "the defaults (no configuration file)",
        "Rule base", "0.1.0",
        "Report schema", "2.1");

    Report report = ReportFixture.coffee();
    Document withProvenance = parse(writer.toHtml(new ReportView(report,
        new Provenance("https://coffee.atlassian.net", List.of("COF", "ROAST"), "ab12", "cd34"), null, 3,
        Severity.MAJOR)));
    assertThat(texts(withProvenance, "//dl[@class='provenance']/*")).containsExactly(
        "Source", "snapshot examples/snapshot.yml",
        "Site", "https://coffee.atlassian.net",
        "Projects", "COF, ROAST",
        "Configuration", "SHA-256 ab12",
        "Recording", "SHA-256 cd34",
        "Rule base", "0.1.0",
        "Report schema", "2.1",
        "Fails on", "major and above: 2 unwaived findings at or above it",
        "Baseline", "3 findings already in the baseline left out of this report");
  }

  @Test
  void scoresShowTheIndexAndEachKeyWithItsCoverage() throws XPathExpressionException {
    assertThat(texts("//*[@id='scores']//*[@class='keyline']")).containsExactly(
        "Mutuality index 92",
        "Coordination score 86 · coverage 100% (2/2 rules)",
        "Accountability score 86 · coverage 100% (2/2 rules)",
        "Identity score 100 · coverage 50% (1/2 rules)",
        "Confidence score 96 · coverage 67% (2/3 rules)");
    assertThat(texts("//*[@id='scores']//div[contains(@class, 'key-score')]/p[@class='note']")).containsExactly(
        "Unwaived findings: 0 critical · 1 major · 1 minor · 0 info",
        "Unwaived findings: 0 critical · 1 major · 1 minor · 0 info",
        "Unwaived findings: 0 critical · 0 major · 0 minor · 0 info",
        "Unwaived findings: 0 critical · 0 major · 1 minor · 0 info");
    assertThat(texts("//*[@id='scores']//svg/title")).containsExactly(
        "Mutuality index: 92 of 100",
        "Coordination: score 86 of 100, coverage 100% (2/2 rules)",
        "Accountability: score 86 of 100, coverage 100% (2/2 rules)",
        "Identity: score 100 of 100, coverage 50% (1/2 rules)",
        "Confidence: score 96 of 100, coverage 67% (2/3 rules)");
    // The score bar of coordination: 86 of 300 px, in the colour of a good score; coverage full.
    Element bar = (Element) nodes("(//*[@id='scores']//svg)[2]/rect").get(1);
    assertThat(bar.getAttribute("width")).isEqualTo("258");
    assertThat(bar.getAttribute("fill")).isEqualTo("#1a7f37");
  }

  @Test
  void partnerBalanceHasAChartALegendAndTheFiguresBehindIt() throws XPathExpressionException {
    assertThat(texts("//*[@id='balance']//ul[@class='figures']/li")).containsExactly(
        "Resolved work items: 93 (N = 3, H = 0.38, H* = 0.07)",
        "Logged hours: 0 (N = 3, H = 1, H* = 1)",
        "Comments: 75 (N = 3, H = 0.5, H* = 0.25)",
        "Cross-partner responses: 94 (N = 3, H = 0.375, H* = 0.063)");
    assertThat(texts("//*[@id='balance']//ul[@class='legend']/li"))
        .containsExactly("Growers' Cooperative", "Roastery Nord", "Fair Cup");
    assertThat(texts("//*[@id='balance']//svg/g/title")).containsExactly(
        "Growers' Cooperative: 50%", "Roastery Nord: 30%", "Fair Cup: 20%",
        "Growers' Cooperative: 100%",
        "Growers' Cooperative: 50%", "Roastery Nord: 50%",
        "Growers' Cooperative: 50%", "Roastery Nord: 25%", "Fair Cup: 25%");
    assertThat(rows(page, "//*[@id='balance']//table/tbody/tr")).containsExactly(
        "Growers' Cooperative 50% (5) 100% (10 h) 50% (2) 50% (2)",
        "Roastery Nord 30% (3) 0% (0 h) 50% (2) 25% (1)",
        "Fair Cup 20% (2) 0% (0 h) 0% (0) 25% (1)");
    assertThat(texts("//*[@id='balance']/p[@class='related']")).containsExactly(
        "Related rules: COORD-001, DATA-001. Findings behind it: COORD-001 partner-pair coop+roastery.");
    assertThat(attribute("//*[@id='balance']/p[@class='related']/a", "href")).isEqualTo("#f-c00d0010e5a7f214");
  }

  @Test
  void reciprocityIsAHeatMapWithTheFiguresInItsCells() throws XPathExpressionException {
    assertThat(texts("//*[@id='reciprocity']/h2")).containsExactly("Reciprocity: 67");
    assertThat(texts("//table[@class='heatmap']/thead/tr/th"))
        .containsExactly("Work items of ↓, answered by →", "Growers' Cooperative", "Roastery Nord", "Fair Cup");
    assertThat(rows(page, "//table[@class='heatmap']/tbody/tr")).containsExactly(
        "Growers' Cooperative — itself, not counted 80 h ▲ 1 answer 72 h 1 answer",
        "Roastery Nord 55 h 2 answers — itself, not counted no answers",
        "Fair Cup no answers no answers — itself, not counted");
    Element slow = (Element) nodes("//table[@class='heatmap']/tbody/tr[1]/td[2]").get(0);
    assertThat(slow.getAttribute("class")).isEqualTo("over");
    assertThat(slow.getAttribute("style")).isEqualTo("background-color:#fd8d3c;color:#000000");
    assertThat(slow.getAttribute("title"))
        .isEqualTo("Roastery Nord answered 1 work item(s) of Growers' Cooperative after a median of 80 h, more "
            + "than 72 h");
    assertThat(((Element) nodes("//table[@class='heatmap']/tbody/tr[3]/td[1]").get(0)).getAttribute("title"))
        .isEqualTo("Growers' Cooperative gave no first answer on a work item of Fair Cup created in the window");
    assertThat(texts("//*[@id='reciprocity']/ul[@class='legend']/li")).containsExactly(
        "up to 24 h", "24 to 72 h", "72 h to 1 week", "1 to 2 weeks", "over 2 weeks",
        "no answers: nobody of the column's partner answered", "▲ over 72 h · — the partner itself, not counted");
  }

  @Test
  void transparencyShowsBothFactors() throws XPathExpressionException {
    assertThat(texts("//*[@id='transparency']/h2")).containsExactly("Transparency: 53");
    assertThat(texts("//*[@id='transparency']//div[@class='factor']/h3"))
        .containsExactly("Visibility: 80%", "Document access: 67%");
    assertThat(texts("//*[@id='transparency']//div[@class='factor']/p")).containsExactly(
        "8 of the 10 comments and worklogs of the window are visible to every partner (7 of 8 comments, 1 of 2 "
            + "worklogs).",
        "2 of the 3 partners have a member in a document-access role (Documents, ADMINS, from "
            + "rules.CONF-003.params.documentRoles): Growers' Cooperative (carla), Roastery Nord (rob); none: "
            + "Fair Cup.");
    assertThat(texts("//*[@id='transparency']//div[@class='factor']/ul/li")).containsExactly(
        "role Steering: 1 comment(s), 0 worklog(s), hidden from ngo",
        "group coop-staff: 0 comment(s), 1 worklog(s), hidden from roastery, ngo");
  }

  @Test
  void findingsAreGroupedByKeyThenSeverity() throws XPathExpressionException {
    assertThat(texts("//*[@id='findings']//h3 | //*[@id='findings']//h4")).containsExactly(
        "Coordination (2)", "Major (1)", "Minor (1)",
        "Accountability (2)", "Major (1)", "Minor (1)",
        "Identity (1)", "Minor (1)",
        "Confidence (1)", "Minor (1)",
        "Data (1)", "Info (1)");
    assertThat(texts("//*[@id='findings']/p[@class='explain']")).containsExactly("7 findings, 1 of them under an "
        + "active waiver (they count neither in scores nor for the failure threshold), by key and then by severity.");
  }

  @Test
  void aFindingShowsRuleSubjectMessageEvidenceAndRemediation() throws XPathExpressionException {
    String finding = "//article[@id='f-c00d0010e5a7f214']";
    assertThat(attribute(finding, "class")).isEqualTo("finding sev-major");
    assertThat(texts(finding + "/p")).containsExactly(
        "major COORD-001 One partner does most of the work",
        "partner-pair Growers' Cooperative and Roastery Nord (coop+roastery)",
        "Roastery Nord did 86% of the work shared with Growers' Cooperative.",
        "Remediation: Share the work on joint issues more evenly.",
        "Fingerprint c00d0010e5a7f214");
    assertThat(texts(finding + "/dl[@class='evidence']/*")).containsExactly("issues", "COF-1, COF-2", "topShare",
        "0.86");
    assertThat(texts("//article[@id='f-c0f00010d41e7a55']/dl/dd"))
        .containsExactly("3", "4", "{role: Steering}");
  }

  @Test
  void waiversShowOnTheirFindingsAndInOneTable() throws XPathExpressionException {
    assertThat(texts("//article[@id='f-a1c0e0010f3d9b72']/p[contains(@class, 'waiver')]")).containsExactly(
        "Waiver expired on 2025-02-28: Harvest season | staff away · approved by Ana Silva · status expired: the "
            + "finding counts again");
    assertThat(attribute("//article[@id='f-1de00010f00dcafe']", "class")).isEqualTo("finding sev-minor waived");
    assertThat(texts("//article[@id='f-1de00010f00dcafe']/p[contains(@class, 'waiver')]")).containsExactly(
        "Waived until 2025-12-31: The description is kept on the partnership wiki · approved by Jonas Weber · "
            + "status active");
    assertThat(rows(page, "//*[@id='waivers']//tbody/tr")).containsExactly(
        "ACCT-001 partner Roastery Nord (roastery) Harvest season | staff away Ana Silva 2025-02-28 expired",
        "IDEN-001 project Coffee for Tomorrow (COF) The description is kept on the partnership wiki Jonas Weber "
            + "2025-12-31 active");
  }

  @Test
  void notEvaluableAndRulesAreTables() throws XPathExpressionException {
    assertThat(rows(page, "//*[@id='not-evaluable']//tbody/tr")).containsExactly(
        "COORD-001 coordination partner-pair Fair Cup and University (ngo+uni) DATA-003: fewer than 20 issues of "
            + "Fair Cup and University were updated in the window",
        "CONF-002 confidence project Coffee for Tomorrow (COF) Setting rules.CONF-002.params.decisionLabel is not "
            + "set. Add it to mutuality.yml.");
    // The line break of a reason is kept, shown by the cell's white-space: pre-line.
    Element reason = (Element) nodes("//*[@id='not-evaluable']//tbody/tr[2]/td[3]").get(0);
    assertThat(reason.getTextContent())
        .isEqualTo("Setting rules.CONF-002.params.decisionLabel is not set.\nAdd it to mutuality.yml.");
    assertThat(reason.getAttribute("class")).isEqualTo("multiline");
    assertThat(texts("//*[@id='rules']/p")).containsExactly(
        "11 rules: 7 fail · 1 not-evaluable · 2 pass · 1 disabled.");
    assertThat(rows(page, "//*[@id='rules']//tbody/tr")).startsWith(
        "COORD-001 coordination One partner does most of the work fail 1",
        "COORD-005 coordination Work carried over between sprints fail 1")
        .contains("CONF-002 confidence Decisions | not recorded not-evaluable 0").hasSize(11);
  }

  @Test
  void noReportTextCanBecomeMarkup() throws XPathExpressionException {
    Subject subject = new Subject(SubjectType.PARTNER, "x\"><img src=x onerror=alert(1)>", HOSTILE);
    ReportFinding finding = new ReportFinding("COORD-001", Key.COORDINATION, Severity.CRITICAL, subject, HOSTILE,
        evidence("<key>", HOSTILE, "list", List.of("</dd><script>", "'")), "fp\"><script>", HOSTILE,
        new AppliedWaiver(HOSTILE, HOSTILE, null, WaiverStatus.ACTIVE));
    Report report = new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T00:00:00Z"), HOSTILE, HOSTILE,
        HOSTILE, HOSTILE, List.of(finding),
        List.of(new NotEvaluableEntry("CONF-002", Key.CONFIDENCE, subject, HOSTILE + "\u0000\u001b")),
        Map.of(), List.of(new RuleResult("COORD-001", Key.COORDINATION, HOSTILE, Outcome.FAIL, 1)),
        Indices.compute(IndexFixture.empty(), Map.of(), List.of(finding), List.of()));

    String hostile = writer.toHtml(new ReportView(report,
        new Provenance(HOSTILE, List.of(HOSTILE), HOSTILE, HOSTILE), null, 0, null));
    Document parsed = parse(hostile);

    assertThat(nodes(parsed, "//script | //img | //b")).isEmpty();
    assertThat(hostile).doesNotContain("<script", "<img", "<b>", "\u0000", "\u001b")
        .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; it&#39;s &quot;quoted&quot; &amp; "
            + "&lt;b&gt;bold&lt;/b&gt;");
    // Every attribute is one the writer sets, never one made of report text.
    for (Node element : nodes(parsed, "//*")) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        assertThat(attributes.item(i).getNodeName()).doesNotContain("onerror", "src");
      }
    }
    assertThat(texts(parsed, "//h1")).containsExactly(HOSTILE);
    assertThat(texts(parsed, "//article/p[@class='message']")).containsExactly(HOSTILE);
    assertThat(texts(parsed, "//article/dl/*")).containsExactly("<key>", HOSTILE, "list", "</dd><script>, '");
    assertThat(attribute(parsed, "//article", "id")).isEqualTo("f-fp___script_");
    assertThat(texts(parsed, "//*[@id='not-evaluable']//tbody/tr/td[3]")).containsExactly(HOSTILE + "\ufffd\ufffd");
    assertThat(texts(parsed, "//*[@id='waivers']//tbody/tr/td[3]")).containsExactly("no expiry");
  }

  @Test
  void aComparisonAddsTheTrendTheChangesAndTheFixedFindings() throws XPathExpressionException {
    Report current = ReportFixture.coffee();
    PastAudit older = new PastAudit("a.json", Instant.parse("2025-01-31T00:00:00Z"), "COF",
        Map.of(Key.COORDINATION, 60, Key.ACCOUNTABILITY, 70, Key.IDENTITY, 80, Key.CONFIDENCE, 90), List.of());
    Map<Key, Integer> noIdentity = new java.util.EnumMap<>(Key.class);
    noIdentity.putAll(Map.of(Key.COORDINATION, 76, Key.ACCOUNTABILITY, 66, Key.CONFIDENCE, 92));
    noIdentity.put(Key.IDENTITY, null);
    PastAudit previous = new PastAudit("b.json", Instant.parse("2025-02-28T00:00:00Z"), "COF", noIdentity, List.of(
        new PastAudit.PastFinding("c00d0010e5a7f214", "COORD-001", Key.COORDINATION, Severity.MAJOR, "partner-pair",
            "coop+roastery", "Growers' Cooperative and Roastery Nord", "Roastery Nord did 90% of the work.", null),
        new PastAudit.PastFinding("c00d0020aaaa0000", "COORD-002", Key.COORDINATION, Severity.MINOR, "partner",
            "ngo", "Fair Cup", "Fair Cup <resolved> nothing.", null)));
    Document withHistory = parse(writer.toHtml(new ReportView(current, null,
        Comparison.of(current, List.of(previous, older)), 0, null)));

    assertThat(texts(withHistory, "//nav//li")).containsExactly("Scores", "Since the last audit", "Partner balance",
        "Reciprocity", "Transparency", "Findings", "Waivers", "Not evaluable", "Rules");
    assertThat(texts(withHistory, "//*[@id='changes']/p"))
        .containsExactly("Compared with the audit as of 2025-02-28T00:00:00Z.");
    assertThat(texts(withHistory, "//*[@id='changes']/ul/li"))
        .containsExactly("NEW 4", "PERSISTING 1", "FIXED 1", "WAIVED 1", "EXPIRED-WAIVER 1");
    assertThat(rows(withHistory, "//*[@id='changes']//tbody/tr")).containsExactly(
        "2025-01-31T00:00:00Z 60 70 80 90",
        "2025-02-28T00:00:00Z 76 66 n/a 92",
        "2025-03-31T00:00:00Z 86 86 100 96");
    // The identity line breaks where it had no score: two pieces of path.
    List<Node> lines = nodes(withHistory, "//*[@id='changes']//svg/path[@class='series']");
    assertThat(lines).hasSize(4);
    assertThat(((Element) lines.get(2)).getAttribute("d")).isEqualTo("M 40 49.2 M 490 14");
    // x: 40 to 490 for three audits; y = 14 + 176 · (1 − score / 100): coordination 60, 76, 86.
    assertThat(((Element) lines.get(0)).getAttribute("d")).isEqualTo("M 40 84.4 L 265 56.2 L 490 38.6");
    assertThat(texts(withHistory, "//*[@id='changes']//svg/text[@class='axis']"))
        .containsSequence("2025-01-31", "2025-02-28", "2025-03-31");

    assertThat(texts(withHistory, "//article[@id='f-c00d0010e5a7f214']/p[1]"))
        .containsExactly("major PERSISTING COORD-001 One partner does most of the work");
    assertThat(texts(withHistory, "//article[@id='f-a1c0e0010f3d9b72']/p[1]"))
        .containsExactly("major EXPIRED-WAIVER ACCT-001 Partner overdue rate");
    assertThat(texts(withHistory, "//article[@id='f-1de00010f00dcafe']/p[1]"))
        .containsExactly("minor WAIVED IDEN-001 No shared identity");
    assertThat(texts(withHistory, "//article[@id='f-da7a0060b0710001']/p[1]"))
        .containsExactly("info NEW DATA-006 Bots and shared accounts");
    assertThat(texts(withHistory, "//*[@id='findings']//h3"))
        .endsWith("Data (1)", "Fixed since the last audit (1)");
    assertThat(texts(withHistory, "//article[contains(@class, 'fixed')]/p")).containsExactly(
        "minor FIXED COORD-002", "partner Fair Cup (ngo)", "Fair Cup <resolved> nothing.",
        "Fingerprint c00d0020aaaa0000");
  }

  @Test
  void anEmptyReportSaysWhatCannotBeComputed() throws XPathExpressionException {
    Report empty = new Report(Report.SCHEMA_VERSION, Instant.parse("2025-03-31T00:00:00Z"), "0.1.0", "COF",
        "Coffee", "s", List.of(), List.of(), Scores.compute(List.of(), List.of()), List.of(),
        Indices.compute(IndexFixture.empty(), Map.of(), List.of(), List.of()));
    Document parsed = parse(writer.toHtml(ReportView.of(empty)));

    assertThat(texts(parsed, "//*[@class='keyline']")).containsExactly(
        "Mutuality index n/a",
        "Coordination score n/a · coverage 0% (0/0 rules)",
        "Accountability score n/a · coverage 0% (0/0 rules)",
        "Identity score n/a · coverage 0% (0/0 rules)",
        "Confidence score n/a · coverage 0% (0/0 rules)");
    assertThat(texts(parsed, "//div[@class='index-card']/p[@class='note']")).containsExactly("Not computed: no "
        + "score for coordination, accountability, identity, confidence: no rule of those keys could judge.");
    assertThat(texts(parsed, "//*[@id='balance']//ul[@class='figures']/li")).containsExactly(
        "Resolved work items: n/a: not computed, no work item was resolved by a person mapped to a partner in the "
            + "window",
        "Logged hours: n/a: not computed, no hours were logged by a person mapped to a partner in the window",
        "Comments: n/a: not computed, no comment was written by a person mapped to a partner in the window",
        "Cross-partner responses: n/a: not computed, no partner answered on a work item of another partner "
            + "created in the window");
    assertThat(nodes(parsed, "//table[@class='heatmap']")).isEmpty();
    assertThat(texts(parsed, "//*[@id='findings']/p | //*[@id='waivers']/p | //*[@id='not-evaluable']/p "
        + "| //*[@id='rules']/p")).containsExactly("No findings.", "No waiver matches a finding.", "Every enabled rule could judge every subject it looked at.",
        "No rules.");
  }

  @Test
  void writeGivesTheSameText() throws IOException {
    StringWriter out = new StringWriter();
    ReportView view = ReportView.of(ReportFixture.coffee());

    writer.write(view, out);

    assertThat(out.toString()).isEqualTo(writer.toHtml(view));
  }

  // ---- Reading the page back

  private static Document parse(String html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setExpandEntityReferences(false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    } catch (Exception e) {
      throw new AssertionError("the page is not well-formed: " + e.getMessage(), e);
    }
  }

  private List<String> texts(String xpath) throws XPathExpressionException {
    return texts(page, xpath);
  }

  /** The text of each node, its whitespace collapsed, as a browser shows it on one line. */
  private static List<String> texts(Document document, String xpath) throws XPathExpressionException {
    return nodes(document, xpath).stream()
        .map(node -> node.getTextContent().replaceAll("\\s+", " ").strip())
        .toList();
  }

  /** The text of each table row: its cells' texts, one space apart. */
  private static List<String> rows(Document document, String xpath) throws XPathExpressionException {
    List<String> rows = new ArrayList<>();
    for (Node row : nodes(document, xpath)) {
      List<String> cells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
        if (cell instanceof Element) {
          cells.add(cell.getTextContent().replaceAll("\\s+", " ").strip());
        }
      }
      rows.add(String.join(" ", cells));
    }
    return rows;
  }

  private List<Node> nodes(String xpath) throws XPathExpressionException {
    return nodes(page, xpath);
  }

  private static List<Node> nodes(Document document, String xpath) throws XPathExpressionException {
    NodeList list = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
        XPathConstants.NODESET);
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      nodes.add(list.item(i));
    }
    return nodes;
  }

  private String attribute(String xpath, String name) throws XPathExpressionException {
    return attribute(page, xpath, name);
  }

  private static String attribute(Document document, String xpath, String name) throws XPathExpressionException {
    List<Node> found = nodes(document, xpath);
    assertThat(found).as(xpath).hasSize(1);
    return ((Element) found.get(0)).getAttribute(name);
  }
}
