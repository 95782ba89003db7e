package org.mutuality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;
import org.mutuality.io.InputException;
import org.mutuality.model.Member;
import org.mutuality.model.Partnership;
import org.mutuality.model.Snapshot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The outputs of periodic audits: the comparison with earlier audits, CSV, JUnit XML and pseudonyms. */
class PeriodicReportsTest {
  @TempDir
  Path dir;

  /** The coffee report of an earlier audit: COORD-001 was not there, and a finding since gone was. */
  private static PastAudit earlier() {
    Report coffee = ReportFixture.coffee();
    List<PastAudit.PastFinding> findings = new java.util.ArrayList<>(PastAudit.of(coffee).findings().stream()
        .filter(f -> !f.ruleId().equals("COORD-001")).toList());
    findings.add(new PastAudit.PastFinding("0ld0000000000001", "COORD-003", Key.COORDINATION, Severity.MINOR, "issue",
        "COF-7", "Soil samples", "COF-7 is in progress with nobody assigned", null));
    return new PastAudit("earlier.json", Instant.parse("2025-02-28T00:00:00Z"), "COF",
        Map.of(Key.COORDINATION, 70, Key.ACCOUNTABILITY, 80), findings);
  }

  @Test
  void aComparisonMatchesFindingsByFingerprint() {
    Comparison comparison = Comparison.of(ReportFixture.coffee(), List.of(earlier()));

    assertThat(comparison.previousAsOf()).isEqualTo(Instant.parse("2025-02-28T00:00:00Z"));
    assertThat(comparison.changes()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "a1c0e0010f3d9b72", Change.EXPIRED_WAIVER, "c00d0010e5a7f214", Change.NEW, "a1c0e0020b6c8d03",
        Change.PERSISTING, "c0f00010d41e7a55", Change.PERSISTING, "c00d00509a2b3c4d", Change.PERSISTING,
        "1de00010f00dcafe", Change.WAIVED, "da7a0060b0710001", Change.PERSISTING));
    assertThat(comparison.fixed()).extracting(PastAudit.PastFinding::subject).containsExactly("issue COF-7");
    assertThat(comparison.trend()).extracting(Comparison.TrendPoint::asOf).containsExactly(
        Instant.parse("2025-02-28T00:00:00Z"), Instant.parse("2025-03-31T00:00:00Z"));
    assertThat(comparison.trend().get(0).scores()).containsEntry(Key.COORDINATION, 70);
  }

  @Test
  void aBaselineLeavesItsFindingsOutButNotTheirScores() {
    Report coffee = ReportFixture.coffee();

    Report shown = coffee.without(earlier());

    assertThat(shown.findings()).extracting(ReportFinding::fingerprint).containsExactly("c00d0010e5a7f214");
    assertThat(shown.scores()).isEqualTo(coffee.scores());
    assertThat(shown.notEvaluable()).isEqualTo(coffee.notEvaluable());
  }

  @Test
  void anAuditAfterTheCurrentOneIsNeitherComparedNorInTheTrend() {
    PastAudit later = new PastAudit("later.json", Instant.parse("2025-05-01T00:00:00Z"), "COF", Map.of(), List.of());

    Comparison comparison = Comparison.of(ReportFixture.coffee(), List.of(later));

    assertThat(comparison.previousAsOf()).isNull();
    assertThat(comparison.count(Change.NEW)).isEqualTo(5);
    assertThat(comparison.trend()).hasSize(1);
  }

  @Test
  void aJsonReportReadsBackAsThePastAuditItWas() throws Exception {
    Path file = Files.writeString(dir.resolve("coffee.json"), new JsonReportWriter().toJson(ReportFixture.coffee()));

    PastAudit past = PastAudit.read(file);

    assertThat(past).usingRecursiveComparison().ignoringFields("file").isEqualTo(PastAudit.of(ReportFixture.coffee()));
    assertThat(past.findings().get(0).waiver()).isEqualTo(WaiverStatus.EXPIRED);
  }

  @Test
  void aReportThatCannotBeReadIsNamedWithItsJsonPath() throws Exception {
    Path noInstant = Files.writeString(dir.resolve("a.json"), "{\"asOf\": \"yesterday\"}");
    Path badSeverity = Files.writeString(dir.resolve("b.json"), "{\"asOf\": \"2025-03-31T00:00:00Z\", "
        + "\"partnership\": {\"id\": \"COF\"}, \"findings\": [{\"key\": \"identity\", \"severity\": \"awful\"}]}");

    assertThatThrownBy(() -> PastAudit.read(noInstant)).isInstanceOf(InputException.class)
        .hasMessage(noInstant + ": $.asOf: not an ISO-8601 instant");
    assertThatThrownBy(() -> PastAudit.read(badSeverity)).isInstanceOf(InputException.class)
        .hasMessage(badSeverity + ": $.findings[0].severity: 'awful' is not a severity; use one of info, minor, "
            + "major, critical");
  }

  @Test
  void csvHasOneRowPerFindingNotEvaluableSubjectAndFixedFinding() {
    ReportView view = new ReportView(ReportFixture.coffee(), Provenance.NONE,
        Comparison.of(ReportFixture.coffee(), List.of(earlier())), 0, null);

    String csv = new CsvReportWriter().toCsv(view);
    List<String> rows = List.of(csv.split("\r\n", -1));

    assertThat(rows).hasSize(1 + 7 + 2 + 1 + 1).endsWith("");
    assertThat(rows.get(0)).isEqualTo(CsvReportWriter.HEADER);
    assertThat(rows).contains(
        "ACCT-001,accountability,major,partner,roastery,Roastery Nord,fail,expired-waiver,4 of 5 open issues "
            + "assigned to Roastery Nord are overdue.",
        "COORD-001,coordination,major,partner-pair,coop+roastery,Growers' Cooperative and Roastery Nord,fail,new,"
            + "Roastery Nord did 86% of the work shared with Growers' Cooperative.",
        "IDEN-001,identity,minor,project,COF,Coffee for Tomorrow,waived,waived,The partnership has no description "
            + "and no logo of its own.",
        "COORD-003,coordination,minor,issue,COF-7,Soil samples,pass,fixed,COF-7 is in progress with nobody assigned");
    assertThat(csv).contains("\r\nCONF-002,confidence,,project,COF,Coffee for Tomorrow,not-evaluable,,\"Setting "
        + "rules.CONF-002.params.decisionLabel is not set.\nAdd it to mutuality.yml.\"\r\n");
  }

  @Test
  void csvQuotesAndDefusesFormulas() {
    assertThat(CsvReportWriter.field("plain")).isEqualTo("plain");
    assertThat(CsvReportWriter.field("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
    assertThat(CsvReportWriter.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvReportWriter.field("@sum")).isEqualTo("'@sum");
  }

  @Test
  void junitHasASuitePerKeyAndFailuresAtOrAboveTheThreshold() throws Exception {
    ReportView view = new ReportView(ReportFixture.coffee(), Provenance.NONE, null, 0, Severity.MAJOR);

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
        new JunitReportWriter().toXml(view).getBytes(StandardCharsets.UTF_8)));

    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("name")).isEqualTo("Mutuality audit of Coffee for Tomorrow (COF)");
    // COORD-001 (major) fails; ACCT-001 (major) has an expired waiver and fails too; IDEN-001 is waived.
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(5);
    assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("coordination");
    NodeList failures = xml.getElementsByTagName("failure");
    Element failure = (Element) failures.item(0);
    Element testcase = (Element) failure.getParentNode();
    assertThat(testcase.getAttribute("classname")).isEqualTo("mutuality.coordination.COORD-001");
    assertThat(testcase.getAttribute("name")).isEqualTo("COORD-001 partner-pair coop+roastery");
    assertThat(failure.getAttribute("type")).isEqualTo("major");
    assertThat(failure.getTextContent()).isEqualTo("Roastery Nord did 86% of the work shared with Growers' "
        + "Cooperative.\nissues: [COF-1, COF-2]\ntopShare: 0.86\nremediation: Share the work on joint issues more evenly.");
    NodeList skipped = xml.getElementsByTagName("skipped");
    assertThat(skipped.getLength()).isEqualTo(3);
    assertThat(((Element) skipped.item(0)).getAttribute("message"))
        .isEqualTo("not evaluable: DATA-003: fewer than 20 issues of Fair Cup and University were updated in the window");
  }

  @Test
  void pseudonymsReplacePeopleEverywhereAndStayTheSame() {
    Member ana = new Member("acc-ana", "Ana María Losada", "ana@raices.org", List.of(), "ngo", false, List.of());
    Member ann = new Member("acc-ann", "Ana", null, List.of(), "ngo", false, List.of());
    Member bot = new Member("bot-1", "Sync Bot", null, List.of(), null, true, List.of());
    Snapshot snapshot = new Snapshot(null, "test", null, new Partnership("COF", "Coffee", null, false, null),
        List.of(), List.of(ana, ann, bot), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
    Pseudonyms pseudonyms = Pseudonyms.of(snapshot);
    String anaP = pseudonyms.of("acc-ana");
    String annP = pseudonyms.of("acc-ann");
    ReportFinding finding = ReportFixture.finding("IDEN-008", Key.IDENTITY, Severity.INFO,
        new Subject(SubjectType.PERSON, "acc-ana", "Ana María Losada"),
        "Ana María Losada joined; Ana (ana@raices.org's colleague) and Sync Bot answered. Banana stays.",
        ReportFixture.evidence("people", List.of("acc-ann", "Ana"), "by", Map.of("Ana", "acc-ana")),
        "f1", "Welcome Ana.", null);
    Report report = new Report(Report.SCHEMA_VERSION, Instant.parse("2026-11-20T09:00:00Z"), "0.1.0", "COF",
        "Coffee", "s", List.of(finding), List.of(), Map.of(), List.of(), ReportFixture.coffee().indices());

    ReportFinding out = pseudonyms.apply(report).findings().get(0);

    assertThat(anaP).matches("ngo-\\d{4}").isEqualTo(Pseudonyms.of(snapshot).of("acc-ana")).isNotEqualTo(annP);
    assertThat(pseudonyms.of("bot-1")).matches("bot-\\d{4}");
    assertThat(out.subject()).isEqualTo(new Subject(SubjectType.PERSON, anaP, anaP));
    assertThat(out.message()).isEqualTo(anaP + " joined; " + annP + " (" + anaP + "'s colleague) and "
        + pseudonyms.of("bot-1") + " answered. Banana stays.");
    assertThat(out.evidence()).isEqualTo(Map.of("people", List.of(annP, annP), "by", Map.of(annP, anaP)));
    assertThat(out.remediation()).isEqualTo("Welcome " + annP + ".");
    assertThat(out.fingerprint()).isEqualTo("f1");
    assertThat(pseudonyms.of("acc-nobody")).as("an account the snapshot does not hold").matches("unknown-\\d{4}");
  }

  @Test
  void pseudonymsAlsoReplaceWaiverApproversAndTheDocumentAccessHolders() {
    Member ana = new Member("acc-ana", "Ana Silva", null, List.of(), "coop", false, List.of());
    Snapshot snapshot = new Snapshot(null, "test", null, new Partnership("COF", "Coffee", null, false, null),
        List.of(), List.of(ana), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
    Pseudonyms pseudonyms = Pseudonyms.of(snapshot);
    Report coffee = ReportFixture.coffee();
    Transparency t = coffee.indices().transparency();
    Indices indices = new Indices(coffee.indices().mutuality(), coffee.indices().partnerBalance(),
        new Transparency(t.index(), t.reason(), t.visibility(), new Transparency.AccessFactor(0.5, null, null,
            List.of("Documents"), List.of(new Transparency.PartnerAccess(new Indices.PartnerRef("coop", "Coop"),
                List.of("acc-ana")))), t.rules(), t.findings()), coffee.indices().reciprocity());
    Report report = new Report(coffee.schemaVersion(), coffee.asOf(), coffee.ruleBaseVersion(), "COF", "Coffee", "s",
        coffee.findings(), List.of(), coffee.scores(), coffee.rules(), indices);

    Report out = pseudonyms.apply(report);

    // ReportFixture's expired waiver was approved by "Ana Silva".
    assertThat(out.findings().get(0).waiver().approver()).isEqualTo(pseudonyms.of("acc-ana"));
    assertThat(out.indices().transparency().access().partners().get(0).members())
        .containsExactly(pseudonyms.of("acc-ana"));
  }

  @Test
  void junitCarriesNoCharacterXmlForbids() throws Exception {
    ReportFinding finding = ReportFixture.finding("COORD-003", Key.COORDINATION, Severity.MINOR,
        new Subject(SubjectType.ISSUE, "COF-7", "Bell\u0007 and tab\u000B"), "Summary\u0001 with a control character",
        Map.of(), "f7", "Assign it.", null);
    Report report = new Report(Report.SCHEMA_VERSION, Instant.parse("2026-11-20T09:00:00Z"), "0.1.0", "COF",
        "Coffee", "s", List.of(finding), List.of(), Map.of(), List.of(new RuleResult("COORD-003", Key.COORDINATION,
            "Nobody owns it", Outcome.FAIL, 1)), ReportFixture.coffee().indices());

    String xml = new JunitReportWriter().toXml(new ReportView(report, Provenance.NONE, null, 0, Severity.MINOR));
    Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
        xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(((Element) parsed.getElementsByTagName("failure").item(0)).getAttribute("message"))
        .isEqualTo("Summary\uFFFD with a control character");
  }
}
