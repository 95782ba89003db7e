package org.mutuality.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.config.Configuration;
import org.mutuality.engine.RuleCatalogue;
import org.mutuality.engine.TestCatalogue;

/** The transparency index reads the document-access roles from CONF-003's setting, or says why it cannot. */
class DocumentRolesTest {
  private static final RuleCatalogue WITH_CONF_003 = new RuleCatalogue(List.of(TestCatalogue.rule("CONF-003",
      "confidence", Map.of("param_documentRoles", "text | The project roles that grant document access"))));

  @Test
  void theRolesAreTheSettingsCommaSeparatedNames() throws Exception {
    Configuration config =
        config("rules:\n  CONF-003:\n    params:\n      documentRoles: \" Documents , , Steering \"\n");

    IndexInput<String> roles = Transparency.documentRoles(WITH_CONF_003, config);

    assertThat(roles.values()).containsExactly("Documents", "Steering");
  }

  @Test
  void anUnsetSettingIsNamedAsTheEngineNamesAMissingSetting() throws Exception {
    IndexInput<String> roles = Transparency.documentRoles(WITH_CONF_003, Configuration.defaults());

    assertThat(roles.missing()).isEqualTo(
        "set rules.CONF-003.params.documentRoles in mutuality.yml (The project roles that grant document access)");
  }

  @Test
  void withoutConf003OrItsParameterNothingNamesTheRoles() {
    RuleCatalogue withoutParameter = new RuleCatalogue(List.of(TestCatalogue.rule("CONF-003", "confidence", Map.of())));

    assertThat(Transparency.documentRoles(TestCatalogue.catalogue(), Configuration.defaults()).missing()).isEqualTo(
        "CONF-003 is not in the rule base, so no setting names the document-access roles "
            + "(rules.CONF-003.params.documentRoles)");
    assertThat(Transparency.documentRoles(withoutParameter, Configuration.defaults()).missing()).isEqualTo(
        "CONF-003 has no parameter documentRoles, so no setting names the document-access roles "
            + "(rules.CONF-003.params.documentRoles)");
  }

  private static Configuration config(String yaml) throws Exception {
    return Configuration.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mutuality.yml");
  }
}
