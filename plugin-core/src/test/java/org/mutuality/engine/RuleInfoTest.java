package org.mutuality.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.model.DataArea;

class RuleInfoTest {
  @Test
  void readsEveryPieceOfMetadata() {
    RuleInfo rule = TestCatalogue.rule("COORD-001", "coordination", Map.of(
        "severity", "major", "severity_elephant", "minor",
        "param_topShare", "ratio 0.80 | Top share", "param_windowDays", "days 90 | Window",
        "param_label", "text | Decision label",
        "gatedBy", "DATA-001 DATA-003", "requires", "WORKLOGS, ROLES"));

    assertThat(rule.key()).isEqualTo(Key.COORDINATION);
    assertThat(rule.scopes()).containsExactly(SubjectType.PROJECT);
    assertThat(rule.tiers()).containsExactly(
        Map.entry("base", Severity.MAJOR), Map.entry("elephant", Severity.MINOR));
    assertThat(rule.params()).containsExactly(
        new ParamInfo("label", ParamType.TEXT, "", "Decision label"),
        new ParamInfo("topShare", ParamType.RATIO, "0.8", "Top share"),
        new ParamInfo("windowDays", ParamType.DAYS, "90", "Window"));
    assertThat(rule.param("label").isRequiredSetting()).isTrue();
    assertThat(rule.gatedBy()).containsExactly("DATA-001", "DATA-003");
    assertThat(rule.requires()).containsExactlyInAnyOrder(DataArea.WORKLOGS, DataArea.ROLES);
  }

  @Test
  void aGateNamesADataRuleAndOptionallyOneOfItsTiers() {
    RuleInfo rule = TestCatalogue.rule("ACCT-001", "accountability", Map.of(
        "severity", "major", "gatedBy", "DATA-001 DATA-005:base"));

    assertThat(rule.gatedBy()).containsExactly("DATA-001", "DATA-005:base");
    assertThat(rule.gatedBy()).extracting(RuleInfo::gateRule).containsExactly("DATA-001", "DATA-005");
    assertThat(rule.gatedBy()).extracting(RuleInfo::gateTier).containsExactly(null, "base");
  }

  @Test
  void aRuleWithoutIdIsADerivation() {
    assertThat(RuleInfo.fromMetadata("derive: active member", "org.mutuality.rules.derived", Map.of())).isNull();
  }

  @Test
  void badMetadataNamesTheRuleAndTheProblem() {
    assertThatThrownBy(() -> RuleInfo.fromMetadata("COORD-1 Short id", "p", Map.of("id", "COORD-1")))
        .hasMessage("rule \"COORD-1 Short id\": @id \"COORD-1\" is not of the form KEY-nnn, e.g. COORD-001");
    assertThatThrownBy(() -> RuleInfo.fromMetadata("Bad name", "p", Map.of("id", "COORD-002")))
        .hasMessage("rule \"Bad name\": the rule name must start with its id and a space");
    assertThatThrownBy(() -> TestCatalogue.rule("COORD-003", "coordination", Map.of("severity", "severe")))
        .hasMessage("rule \"COORD-003 Rule COORD-003\": 'severe' is not a severity; use one of info, minor, major, "
            + "critical");
    assertThatThrownBy(() -> TestCatalogue.rule("COORD-004", "coordination", Map.of("param_x", "ratio 1.5 | X")))
        .hasMessage("rule \"COORD-004 Rule COORD-004\": expected a ratio between 0 and 1, got '1.5'");
    assertThatThrownBy(() -> TestCatalogue.rule("COORD-005", "coordination", Map.of("param_x", "count 3")))
        .hasMessage("rule \"COORD-005 Rule COORD-005\": @param_x must read \"<type> <default> | <description>\"");
  }

  @Test
  void closestIdsComeFirst() {
    RuleCatalogue catalogue = TestCatalogue.catalogue();
    assertThat(catalogue.closest("COORD-01", 2)).containsExactly("COORD-001", "COORD-005");
    assertThat(catalogue.suggest("acct-01")).isEqualTo("known ids closest to it: ACCT-001, ACCT-007, IDEN-001");
    assertThat(catalogue.all()).extracting(RuleInfo::id)
        .containsExactly("COORD-001", "COORD-005", "ACCT-001", "ACCT-007", "IDEN-001");
  }

  @Test
  void paramTypesCheckValues() {
    assertThat(ParamType.DAYS.check(" 30 ")).isEqualTo("30");
    assertThat(ParamType.RATIO.check("0.50")).isEqualTo("0.5");
    assertThat(ParamType.HOURS.check("72.0")).isEqualTo("72");
    assertThatThrownBy(() -> ParamType.COUNT.check("2.5"))
        .hasMessage("expected a whole number, 0 or more, got '2.5'");
    assertThatThrownBy(() -> ParamType.FACTOR.check("twice")).hasMessage("expected a factor, 0 or more, got 'twice'");
  }

  @Test
  void fingerprintDependsOnRuleAndSubjectOnly() {
    Subject coop = new Subject(SubjectType.PARTNER, "coop", "Growers' cooperative");
    String fingerprint = MutualityEngine.fingerprint("ACCT-001", coop);
    assertThat(fingerprint).hasSize(16).matches("[0-9a-f]{16}")
        .isEqualTo(MutualityEngine.fingerprint("ACCT-001", new Subject(SubjectType.PARTNER, "coop", "Renamed")))
        .isNotEqualTo(MutualityEngine.fingerprint("ACCT-002", coop))
        .isNotEqualTo(MutualityEngine.fingerprint("ACCT-001", new Subject(SubjectType.PERSON, "coop", null)));
  }
}
