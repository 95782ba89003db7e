package org.mutuality.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutuality.engine.Key;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;

/** The JSON report matches its published schema, and the schema rejects what breaks the contract. */
class JsonReportSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;
  private static JsonNode schemaNode;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = JsonReportSchemaTest.class.getResourceAsStream(JsonReportWriter.SCHEMA_RESOURCE)) {
      assertThat(in).as(JsonReportWriter.SCHEMA_RESOURCE).isNotNull();
      schemaNode = MAPPER.readTree(in);
    }
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    schema = registry.getSchema(schemaNode);
  }

  @Test
  void theCoffeeReportIsValid() throws IOException {
    JsonNode report = coffeeJson();

    assertThat(messages(report)).isEmpty();
  }

  @Test
  void aReportWhoseIndicesCannotBeComputedIsValid() throws IOException {
    Report report = new Report(Report.SCHEMA_VERSION, java.time.Instant.parse("2025-03-31T00:00:00Z"), "0.1.0", "COF",
        "Coffee", "s", List.of(), List.of(), Scores.compute(List.of(), List.of()), List.of(),
        Indices.compute(IndexFixture.empty(), java.util.Map.of(), List.of(), List.of()));
    JsonNode json = MAPPER.readTree(new JsonReportWriter().toJson(report));

    assertThat(messages(json)).isEmpty();
    assertThat(json.path("indices").path("mutuality").path("index").isNull()).isTrue();
    assertThat(json.path("indices").path("transparency").path("access").path("reason").asText())
        .isEqualTo(IndexFixture.ROLES_UNSET);
  }

  @Test
  void theCoffeeReportCarriesTheExactValues() throws IOException {
    JsonNode report = coffeeJson();

    assertThat(report.path("schemaVersion").asText()).isEqualTo(Report.SCHEMA_VERSION);
    assertThat(report.path("asOf").asText()).isEqualTo("2025-03-31T00:00:00Z");
    JsonNode first = report.path("findings").path(0);
    assertThat(first.path("ruleId").asText()).isEqualTo("ACCT-001");
    assertThat(first.path("fingerprint").asText()).isEqualTo("a1c0e0010f3d9b72");
    assertThat(first.path("severity").asText()).isEqualTo("major");
    assertThat(first.path("key").asText()).isEqualTo("accountability");
    assertThat(first.path("waiver").path("status").asText()).isEqualTo("expired");
    assertThat(first.path("waiver").path("expires").asText()).isEqualTo("2025-02-28");
    assertThat(first.path("evidence").path("rate").doubleValue()).isEqualTo(0.8);
    assertThat(first.path("evidence").path("assigned").intValue()).isEqualTo(5);
    JsonNode second = report.path("findings").path(1);
    assertThat(second.path("subject").path("type").asText()).isEqualTo("partner-pair");
    assertThat(second.path("subject").path("id").asText()).isEqualTo("coop+roastery");
    assertThat(second.path("waiver").isNull()).isTrue();
    JsonNode waived = report.path("findings").path(5);
    assertThat(waived.path("ruleId").asText()).isEqualTo("IDEN-001");
    assertThat(waived.path("waiver").path("status").asText()).isEqualTo("active");
    assertThat(report.path("notEvaluable").path(0).path("reason").asText())
        .isEqualTo("DATA-003: fewer than 20 issues of Fair Cup and University were updated in the window");
    assertThat(report.path("scores").path("confidence").path("coverage").doubleValue()).isEqualTo(0.667);
    assertThat(report.path("scores").path("confidence").path("score").intValue()).isEqualTo(96);
    assertThat(texts(report.path("scores").path("accountability").path("findings")))
        .containsExactly("a1c0e0010f3d9b72", "a1c0e0020b6c8d03");
    assertThat(texts(report.path("scores").path("identity").path("findings"))).isEmpty();
    assertThat(iterable(report.path("scores").fieldNames()))
        .containsExactly("coordination", "accountability", "identity", "confidence");
    assertThat(report.path("rules").path(7).path("outcome").asText()).isEqualTo("not-evaluable");
    assertThat(report.path("rules").path(5).path("outcome").asText()).isEqualTo("disabled");
    assertThat(iterable(report.fieldNames())).containsExactly("schemaVersion", "asOf", "ruleBaseVersion",
        "partnership", "source", "findings", "notEvaluable", "scores", "indices", "rules");
    assertThat(report.path("indices").path("mutuality").path("index").intValue()).isEqualTo(92);
    assertThat(report.path("indices").path("partnerBalance").path("dimensions").path("resolved").path("herfindahl")
        .doubleValue()).isEqualTo(0.38);
    assertThat(report.path("indices").path("transparency").path("access").path("share").doubleValue())
        .isEqualTo(0.667);
    assertThat(report.path("indices").path("reciprocity").path("cells").path(3).path("medianHours").isNull()).isTrue();
  }

  @Test
  void theCoffeeReportUsesEveryBuiltInSubjectTypeAndTheSchemaTakesAWorkPackage() throws IOException {
    JsonNode report = coffeeJson();
    List<String> types = StreamSupport.stream(report.path("findings").spliterator(), false)
        .map(f -> f.path("subject").path("type").asText()).distinct().sorted().toList();
    // No built-in rule reports on a work package (an organisation's may: examples/custom-rule's ORG-101).
    ReportFinding workPackage = ReportFixture.finding("ORG-101", Key.ACCOUNTABILITY, Severity.MINOR,
        new Subject(SubjectType.WORK_PACKAGE, "10300", "Soil analysis"),
        "Soil analysis, led by University of Huila, had 3 work items resolved in the last 90 days, and nobody of "
            + "another partner commented on them or moved them",
        ReportFixture.evidence("leadPartner", "uni"), "0a9101010a0b0c0d", "Ask another partner to review.", null);
    Report withWorkPackage = new Report(Report.SCHEMA_VERSION, java.time.Instant.parse("2025-03-31T00:00:00Z"),
        "0.1.0+organisation", "COF", "Coffee", "s", List.of(workPackage), List.of(),
        Scores.compute(List.of(workPackage), List.of()), List.of(),
        Indices.compute(IndexFixture.empty(), java.util.Map.of(), List.of(), List.of()));
    JsonNode json = MAPPER.readTree(new JsonReportWriter().toJson(withWorkPackage));

    assertThat(types).containsExactlyInAnyOrder(java.util.Arrays.stream(SubjectType.values())
        .filter(type -> type != SubjectType.WORK_PACKAGE).map(SubjectType::label).toArray(String[]::new));
    assertThat(messages(json)).isEmpty();
    assertThat(json.path("findings").path(0).path("subject").path("type").asText()).isEqualTo("work-package");
  }

  @Test
  void theSchemaVersionMatchesTheCode() {
    assertThat(schemaNode.path("properties").path("schemaVersion").path("const").asText())
        .isEqualTo(Report.SCHEMA_VERSION);
    assertThat(schemaNode.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void anUnknownSeverityIsRejected() throws IOException {
    ObjectNode report = coffeeJson();
    ((ObjectNode) report.path("findings").path(0)).put("severity", "blocker");

    assertThat(messages(report)).singleElement().satisfies(error -> {
      assertThat(error.getInstanceLocation().toString()).isEqualTo("/findings/0/severity");
      assertThat(error.getKeyword()).isEqualTo("enum");
    });
  }

  @Test
  void aMissingFingerprintIsRejected() throws IOException {
    ObjectNode report = coffeeJson();
    ((ObjectNode) report.path("findings").path(2)).remove("fingerprint");

    assertThat(messages(report)).singleElement().satisfies(error -> {
      assertThat(error.getInstanceLocation().toString()).isEqualTo("/findings/2");
      assertThat(error.getKeyword()).isEqualTo("required");
      assertThat(error.getMessage()).contains("fingerprint");
    });
  }

  @Test
  void otherBreachesOfTheContractAreRejected() throws IOException {
    ObjectNode unknownField = coffeeJson();
    unknownField.put("verdict", "ok");
    ObjectNode wrongVersion = coffeeJson();
    wrongVersion.put("schemaVersion", "1.0");
    ObjectNode badSubjectType = coffeeJson();
    ((ObjectNode) badSubjectType.path("notEvaluable").path(0).path("subject")).put("type", "partner_pair");
    ObjectNode badExpiry = coffeeJson();
    ((ObjectNode) badExpiry.path("findings").path(0).path("waiver")).put("expires", "2025-02-30");
    ObjectNode missingScore = coffeeJson();
    ((ObjectNode) missingScore.path("scores")).remove("identity");
    ObjectNode coverageAboveOne = coffeeJson();
    ((ObjectNode) coverageAboveOne.path("scores").path("identity")).put("coverage", 1.5);
    ObjectNode failWithoutFindings = coffeeJson();
    ((ObjectNode) failWithoutFindings.path("rules").path(0)).put("findings", 0);
    ObjectNode textWaiver = coffeeJson();
    ((ObjectNode) textWaiver.path("findings").path(1)).put("waiver", "none");
    ObjectNode nullEvidence = coffeeJson();
    ((ObjectNode) nullEvidence.path("findings").path(0).path("evidence")).putNull("rate");
    ObjectNode missingIndices = coffeeJson();
    missingIndices.remove("indices");
    ObjectNode balanceAbove100 = coffeeJson();
    ((ObjectNode) balanceAbove100.path("indices").path("partnerBalance").path("dimensions").path("resolved"))
        .put("index", 101);
    ObjectNode unknownDimension = coffeeJson();
    ((ObjectNode) unknownDimension.path("indices").path("partnerBalance").path("dimensions"))
        .set("velocity", unknownDimension.path("indices").path("partnerBalance").path("dimensions").path("hours"));
    ObjectNode textMedian = coffeeJson();
    ((ObjectNode) textMedian.path("indices").path("reciprocity").path("cells").path(0)).put("medianHours", "80 h");
    ObjectNode emptyReason = coffeeJson();
    ((ObjectNode) emptyReason.path("indices").path("transparency")).put("reason", "");

    assertThat(keywords(unknownField)).containsExactly("additionalProperties");
    assertThat(keywords(wrongVersion)).containsExactly("const");
    assertThat(keywords(badSubjectType)).containsExactly("enum");
    assertThat(keywords(badExpiry)).containsExactly("format");
    assertThat(keywords(missingScore)).containsExactly("required");
    assertThat(keywords(coverageAboveOne)).containsExactly("maximum");
    assertThat(keywords(failWithoutFindings)).containsExactly("minimum");
    assertThat(keywords(textWaiver)).containsExactly("type");
    assertThat(keywords(nullEvidence)).containsExactly("type");
    assertThat(keywords(missingIndices)).containsExactly("required");
    assertThat(keywords(balanceAbove100)).containsExactly("maximum");
    assertThat(keywords(unknownDimension)).containsExactly("additionalProperties");
    assertThat(keywords(textMedian)).containsExactly("type");
    assertThat(keywords(emptyReason)).containsExactly("minLength");
  }

  private static ObjectNode coffeeJson() throws IOException {
    return (ObjectNode) MAPPER.readTree(new JsonReportWriter().toJson(ReportFixture.coffee()));
  }

  private static List<Error> messages(JsonNode report) {
    return schema.validate(report);
  }

  private static List<String> keywords(JsonNode report) {
    return messages(report).stream().map(Error::getKeyword).toList();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(((ArrayNode) array).spliterator(), false).map(JsonNode::asText).toList();
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }
}
