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
  void theJiraSectionNamesTheSiteAndScope() throws Exception {
    Configuration config = Configuration.load(write("""
        jira:
          site: https://cafe.atlassian.net
          projects: [COF, PIT]
          jql: labels = partnership
        """));
    assertThat(config.jira()).contains(new JiraScope("https://cafe.atlassian.net", List.of("COF", "PIT"),
        "labels = partnership"));
    assertThat(Configuration.defaults().jira()).isEmpty();
  }

  @Test
  void theJiraSectionMayNameThePartnerField() throws Exception {
    Configuration config = Configuration.load(write("""
        jira:
          site: https://cafe.atlassian.net
          projects: [COF]
          partnerField: " customfield_10050 "
        """));
    assertThat(config.jira()).contains(new JiraScope("https://cafe.atlassian.net", List.of("COF"), null,
        "customfield_10050"));
    Configuration byName = Configuration.load(write("""
        jira:
          site: https://cafe.atlassian.net
          projects: [COF]
          partnerField: Partner
        """));
    assertThat(byName.jira().orElseThrow().partnerField()).isEqualTo("Partner");
  }

  @Test
  void aJiraSectionWithoutSiteOrScopeIsRejected() throws Exception {
    Path file = write("""
        jira:
          site: cafe.atlassian.net
        """);
    assertThatThrownBy(() -> Configuration.load(file))
        .hasMessage(String.join(System.lineSeparator(),
            file + ":2:3: jira.site must be an http(s) URL, got 'cafe.atlassian.net'",
            file + ":2:3: jira: give projects (keys), a jql filter, or both"));
    Path typo = write("""
        jira:
          site: https://cafe.atlassian.net
          project: COF
        """);
    assertThatThrownBy(() -> Configuration.load(typo)).hasMessageStartingWith(typo + ":3:3:");
  }
}
