package org.mutuality.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.engine.RuleCatalogue;
import org.mutuality.engine.Severity;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;
import org.mutuality.engine.TestCatalogue;
import org.mutuality.io.InputException;
import org.mutuality.model.Sector;

class ConfigurationTest {
  private static final RuleCatalogue CATALOGUE = TestCatalogue.catalogue();

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("mutuality.yml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void readsPartnersRulesAndWaivers() throws Exception {
    Configuration config = Configuration.load(write("""
        audit:
          windowDays: 60
        partners:
          - id: coop
            name: Growers' cooperative
            sector: civil-society
            domains: [CoopSur.org]
            groups: [coop-members]
            components: [Harvest]
        bots: [sync-bot]
        rules:
          COORD-001:
            severity: {base: critical, elephant: info}
            params: {topShare: 0.75}
          IDEN-001:
            enabled: false
          COORD-005:
            shadow: true
          ACCT-007:
            enabled: false
            shadow: true
        waivers:
          - rule: ACCT-001
            subject: coop
            subjectType: partner
            reason: Harvest season
            approver: Steering committee
            expires: 2026-12-31
        """));
    config.validate(CATALOGUE);

    assertThat(config.windowDays()).isEqualTo(60);
    PartnerMapping coop = config.partners().get(0);
    assertThat(coop.partner().sector()).isEqualTo(Sector.CIVIL_SOCIETY);
    assertThat(coop.domains()).containsExactly("coopsur.org");
    assertThat(config.bots()).containsExactly("sync-bot");
    assertThat(config.isEnabled("IDEN-001")).isFalse();
    assertThat(config.isEnabled("COORD-005")).isTrue();
    assertThat(config.isShadow("COORD-005")).isTrue();
    assertThat(config.isShadow("ACCT-007")).as("a disabled rule does not run, not even in shadow").isFalse();
    assertThat(config.isShadow("COORD-001")).isFalse();
    assertThat(config.params(CATALOGUE.get("COORD-001")))
        .containsExactly(Map.entry("elephantShare", "0.5"), Map.entry("topShare", "0.75"));
    assertThat(config.severity(CATALOGUE.get("COORD-001"), "base")).isEqualTo(Severity.CRITICAL);
    assertThat(config.severity(CATALOGUE.get("COORD-001"), "elephant")).isEqualTo(Severity.INFO);
    assertThat(config.severity(CATALOGUE.get("ACCT-001"), "base")).isEqualTo(Severity.MINOR);

    Waiver waiver = config.waivers().get(0);
    Subject partner = new Subject(SubjectType.PARTNER, "coop", null);
    assertThat(waiver.covers("ACCT-001", partner)).isTrue();
    assertThat(waiver.covers("ACCT-001", new Subject(SubjectType.PERSON, "coop", null))).isFalse();
    assertThat(waiver.expires()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(waiver.isExpiredAt(Instant.parse("2026-12-31T23:59:59Z"))).isFalse();
    assertThat(waiver.isExpiredAt(Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
  }

  @Test
  void writeBackHasDefaultsAndReadsItsSection() throws Exception {
    assertThat(Configuration.defaults().writeBack()).isEqualTo(new WriteBackSettings("mutuality", false, "Task"));
    Configuration config = Configuration.load(write("""
        writeBack:
          labelPrefix: partnership-health
          summaryIssue: true
          summaryIssueType: Story
        """));
    assertThat(config.writeBack()).isEqualTo(new WriteBackSettings("partnership-health", true, "Story"));
  }

  @Test
  void aBadLabelPrefixIsAnErrorAtItsPlace() throws Exception {
    Path file = write("""
        audit:
          windowDays: 30
        writeBack:
          labelPrefix: Mutuality health
          summaryIssueType: " "
        """);
    assertThatThrownBy(() -> Configuration.load(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(file + ":4:3: writeBack.labelPrefix: 'Mutuality health' is not a label prefix; use 1 "
            + "to 40 lower case letters, digits, '-' or '_', starting with a letter (e.g. mutuality)")
        .hasMessageContaining(file + ":4:3: writeBack.summaryIssueType is empty: name an issue type of the "
            + "project, e.g. Task");
  }

  @Test
  void anUnknownKeyIsAnErrorAtItsPlace() throws Exception {
    Path file = write("""
        partners:
          - id: coop
            sectr: public
        """);
    assertThatThrownBy(() -> Configuration.load(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":3:5: partners[0]: unknown key 'sectr'; known keys here: components, domains, "
            + "expertise, groups, id, name, people, sector");
  }

  @Test
  void aSyntaxErrorNamesLineAndColumn() throws Exception {
    Path file = write("""
        rules:
          COORD-001:
            params: {topShare: 0.7
        waivers: []
        """);
    assertThatThrownBy(() -> Configuration.load(file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":4:");
  }

  @Test
  void anUnknownRuleIdListsTheClosestKnownIds() throws Exception {
    Configuration config = Configuration.load(write("""
        rules:
          COORD-01:
            enabled: false
        """));
    assertThatThrownBy(() -> config.validate(CATALOGUE))
        .isInstanceOf(InputException.class)
        .hasMessage(dir.resolve("mutuality.yml") + ":3:5: unknown rule id 'COORD-01'; known ids closest to it: "
            + "COORD-001, COORD-005, ACCT-001");
  }

  @Test
  void everyProblemIsReportedAtOnce() throws Exception {
    Path file = write("""
        rules:
          COORD-001:
            severity: {base: major, giant: minor}
            params: {topShare: 1.5, bottomShare: 0.1}
          ACCT-001:
            params: {minRatio: twice}
        waivers:
          - rule: IDEN-01
            subject: COF
            reason: We are designing one
            approver: Ana
            expires: 2027-01-31
        """);
    Configuration config = Configuration.load(file);
    assertThatThrownBy(() -> config.validate(CATALOGUE))
        .hasMessage(String.join(System.lineSeparator(),
            file + ":3:5: rules.COORD-001.severity: unknown tier 'giant'; COORD-001 has base, elephant",
            file + ":3:5: rules.COORD-001.params.topShare: expected a ratio between 0 and 1, got '1.5'",
            file + ":3:5: rules.COORD-001.params: unknown parameter 'bottomShare'; COORD-001 has elephantShare, "
                + "topShare",
            file + ":6:5: rules.ACCT-001.params.minRatio: expected a factor, 0 or more, got 'twice'",
            file + ":8:5: waiver names unknown rule id 'IDEN-01'; known ids closest to it: IDEN-001, ACCT-001, "
                + "COORD-001"));
  }

  @Test
  void aWaiverWithoutReasonApproverOrExpiryIsRejected() throws Exception {
    Path file = write("""
        waivers:
          - rule: IDEN-001
            subject: COF
        """);
    assertThatThrownBy(() -> Configuration.load(file))
        .hasMessage(file + ":2:5: waivers[0]: a waiver needs reason, approver, expires (every waiver says why, "
            + "who approved it and until when)");
  }

  @Test
  void badSeverityAndSectorValuesAreNamed() throws Exception {
    Path file = write("""
        partners:
          - {id: coop, sector: charity}
        rules:
          IDEN-001: {severity: severe}
        """);
    assertThatThrownBy(() -> Configuration.load(file))
        .hasMessage(String.join(System.lineSeparator(),
            file + ":2:5: partner 'coop': 'charity' is not a sector; use public, private, civil-society, academic "
                + "or other",
            file + ":4:13: rules.IDEN-001.severity: 'severe' is not a severity; use one of info, minor, major, "
                + "critical"));
  }

  @Test
  void theSourceSectionIsKeptAsWrittenWithThePlacesOfItsKeys() throws Exception {
    Path file = write("""
        bots: [sync]
        source:
          type: " tracker "
          site: https://example.org
          projects: [A,
                     B]
          nested: {deep: [1, {x: y}]}
        """);
    SourceSection source = Configuration.load(file).source().orElseThrow();
    assertThat(source.type()).isEqualTo("tracker");
    assertThat(source.file()).isEqualTo(file.toString());
    assertThat(source.tree().toString()).isEqualTo(
        "{\"type\":\" tracker \",\"site\":\"https://example.org\",\"projects\":[\"A\",\"B\"],"
            + "\"nested\":{\"deep\":[1,{\"x\":\"y\"}]}}");
    assertThat(source.position()).hasToString(file + ":3:3");
    assertThat(source.position("/type")).hasToString(file + ":3:3");
    assertThat(source.position("/site")).hasToString(file + ":4:3");
    assertThat(source.position("/projects")).hasToString(file + ":5:3");
    assertThat(source.position("/projects/1")).hasToString(file + ":6:14");
    assertThat(source.position("/nested/deep/1/x")).hasToString(file + ":7:23");
    assertThat(source.position("/nested/missing")).hasToString(file + ":7:3");
    assertThat(source.position("/missing")).hasToString(file + ":3:3");
    assertThat(source.name(com.fasterxml.jackson.core.JsonPointer.compile("/nested/deep/1/x")))
        .isEqualTo("source.nested.deep[1].x");
    source.tree().put("type", "changed");
    assertThat(source.tree().get("type").asText()).isEqualTo(" tracker ");
    assertThat(Configuration.defaults().source()).isEmpty();
  }

  @Test
  void aSourceSectionInFlowStyleIsPlacedToo() throws Exception {
    Path file = write("""
        source: {type: tracker, projects: [A, B]}
        """);
    SourceSection source = Configuration.load(file).source().orElseThrow();
    assertThat(source.position()).hasToString(file + ":1:9");
    assertThat(source.position("/projects")).hasToString(file + ":1:25");
    assertThat(source.position("/projects/1")).hasToString(file + ":1:39");
  }

  @Test
  void theCoreChecksOnlyTheSourceType() throws Exception {
    Path file = write("""
        source:
          site: https://example.org
        partners:
          - {id: coop, sector: charity}
        """);
    assertThatThrownBy(() -> Configuration.load(file))
        .hasMessage(String.join(System.lineSeparator(),
            file + ":4:5: partner 'coop': 'charity' is not a sector; use public, private, civil-society, academic "
                + "or other",
            file + ":2:3: source.type is missing: name the kind of tracker to read, source: {type: …, …}"));
    Path number = write("""
        source:
          site: https://example.org
          type: 7
        """);
    assertThatThrownBy(() -> Configuration.load(number))
        .hasMessage(number + ":3:3: source.type must be text, got a number");
    Path scalar = write("""
        source: tracker
        """);
    assertThatThrownBy(() -> Configuration.load(scalar))
        .hasMessage(scalar + ":1:9: source must be a mapping with a type, source: {type: …, …}; got text");
    Path empty = write("""
        source:
        bots: []
        """);
    assertThatThrownBy(() -> Configuration.load(empty))
        .hasMessage(empty + ":1:8: source is empty; give at least its type: source: {type: …, …}");
  }

  @Test
  void aKeyTwiceInTheSourceIsAnError() throws Exception {
    Path file = write("""
        source:
          type: tracker
          site: a
          site: b
        """);
    assertThatThrownBy(() -> Configuration.load(file)).hasMessage(file + ":4:7: source: Duplicate field 'site'");
  }

  @Test
  void aSourceInATreeHasNoPositionsButItsName() throws Exception {
    com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree("{\"source\": {\"type\": \"tracker\", \"site\": \"x\"}}");
    SourceSection source = Configuration.fromTree(tree, "scenario.yml").source().orElseThrow();
    assertThat(source.position("/site")).hasToString("scenario.yml");
    assertThat(source.type()).isEqualTo("tracker");
  }

  @Test
  void theOldJiraSectionSaysWhatToWriteInstead() throws Exception {
    Path file = write("""
        bots: []
        jira:
          site: https://cafe.atlassian.net
          projects: [COF]
        """);
    assertThatThrownBy(() -> Configuration.load(file))
        .hasMessage(file + ":2:1: unknown key 'jira'; use source: {type: jira, …} (the keys of jira: move under it "
            + "as they are)");
  }
}
