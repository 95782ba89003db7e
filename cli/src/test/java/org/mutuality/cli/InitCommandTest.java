package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.config.Configuration;
import org.mutuality.config.PartnerMapping;
import org.mutuality.jira.JiraScope;
import org.mutuality.model.Sector;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;

/** {@code mutuality init}: a draft mutuality.yml from the demo site that loads, validates, and never clobbers. */
class InitCommandTest {
  private static final String TOKEN = "init-t0ken-5a4b3c";

  @TempDir
  Path dir;

  @BeforeEach
  void credentials() {
    JiraOptions.environment = Map.of("MUTUALITY_JIRA_EMAIL", "integration@cafesur-partnership.org",
        "MUTUALITY_JIRA_TOKEN", TOKEN);
  }

  @AfterEach
  void restoreEnvironment() {
    JiraOptions.environment = System.getenv();
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void writes_a_draft_that_loads_and_validates(Flavor flavor) throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).start()) {
      Path out = dir.resolve("mutuality.yml");
      CliRun run = CliRun.of("init", "--site", jira.baseUri().toString(), "--project", "COF", "--out", out.toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
      int bots = flavor == Flavor.CLOUD ? 1 : 0;
      int unplaced = flavor == Flavor.CLOUD ? 3 : 4;
      assertThat(run.outLines()).containsExactly("Wrote " + out + ": 4 partner(s) proposed (alcaldia-pitalito, coopsur, "
          + "tostadores-andinos, udam-investigacion), " + bots + " bot(s), " + unplaced
          + " person(s) to place by hand.",
          "Edit it (names, sectors, the people listed at the end), then: mutuality config validate " + out);
      String yaml = Files.readString(out);
      assertThat(yaml).doesNotContain(TOKEN);
      assertThat(yaml).contains("    sector: other   # TODO: choose public | private | civil-society | academic | other");
      assertThat(yaml).contains("#   group cafe-sur-admins: an administration or audience group (\"admins\")");
      assertThat(yaml).contains("  # participantsField: Participants   # a user-picker field naming who took part");
      assertThat(yaml).contains("   Ana María Losada (no group or e-mail domain of a proposed partner (e-mail domain "
          + "raices.org))");
      assertThat(yaml).contains("  # From group coopsur and e-mail domain coopsur.coop; 4 people seen: Jorge Perdomo, "
          + "Luz Dary Tovar, Wilson Cuéllar, Yamile Rojas.");

      assertThat(yaml).contains("source:\n  type: jira\n  site: \"" + jira.baseUri() + "\"\n  projects: [\"COF\"]\n");

      Configuration config = Configuration.load(out);
      assertThat(JiraScope.from(config.source().orElseThrow()))
          .isEqualTo(new JiraScope(jira.baseUri().toString(), List.of("COF"), null));
      assertThat(config.partners()).extracting(p -> p.partner().id())
          .containsExactly("alcaldia-pitalito", "coopsur", "tostadores-andinos", "udam-investigacion");
      PartnerMapping roaster = config.partners().get(2);
      assertThat(roaster.groups()).containsExactly("tostadores-andinos");
      assertThat(roaster.domains()).containsExactly("tostadoresandinos.com");
      assertThat(roaster.partner().sector()).isEqualTo(Sector.OTHER);
      assertThat(config.bots()).isEqualTo(flavor == Flavor.CLOUD
          ? java.util.Set.of("557058:f58131cb-b67d-43c7-b30d-6b58d40bd077") : java.util.Set.of());

      CliRun validate = CliRun.of("config", "validate", out.toString());
      assertThat(validate.exitCode()).as(validate.err()).isEqualTo(ExitCode.OK);
      assertThat(validate.outLines()).containsExactly(out + ": valid (4 partners, 0 rule settings, 0 waivers)");
    }
  }

  @Test
  void never_overwrites_without_force_and_replaces_whole_with_it() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).start()) {
      Path out = dir.resolve("mutuality.yml");
      Files.writeString(out, "partners: []\n");
      CliRun refused = CliRun.of("init", "--site", jira.baseUri().toString(), "--project", "COF", "--out",
          out.toString());

      assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(refused.errLines()).containsExactly("error: " + out
          + " exists; give --force to replace it, or --out another file");
      assertThat(Files.readString(out)).isEqualTo("partners: []\n");
      assertThat(jira.requests()).isEmpty();

      CliRun forced = CliRun.of("init", "--site", jira.baseUri().toString(), "--project", "COF", "--out",
          out.toString(), "--force");
      assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCode.OK);
      assertThat(Files.readString(out)).startsWith("# mutuality.yml: a DRAFT partner mapping");
      try (var files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("mutuality.yml"));
      }
    }
  }

  @Test
  void a_site_that_refuses_is_a_source_error() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).start()) {
      Path out = dir.resolve("draft.yml");
      CliRun run = CliRun.of("init", "--site", jira.baseUri().toString(), "--project", "NOPE", "--out",
          out.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCode.SOURCE);
      assertThat(run.err()).startsWith("error: cannot read the Jira site " + jira.baseUri() + ": ");
      assertThat(run.err()).doesNotContain(TOKEN);
      assertThat(Files.exists(out)).isFalse();
    }
  }
}
