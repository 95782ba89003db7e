package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.faults.Fault;
import org.mutuality.sandbox.faults.Faults;

/** {@code mutuality audit --site}: a live site audited, and what happens when it cannot be read. */
class AuditSiteCommandTest {
  private static final String TOKEN = "cli-t0ken-9f8e7d";

  @TempDir
  Path dir;

  @AfterEach
  void restoreEnvironment() {
    JiraOptions.environment = System.getenv();
  }

  private Path credentials(String permissions) throws Exception {
    Path file = dir.resolve("jira.credentials");
    Files.writeString(file, "MUTUALITY_JIRA_EMAIL=integration@cafesur-partnership.org\nMUTUALITY_JIRA_TOKEN=" + TOKEN
        + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  @Test
  void audits_the_demo_site_in_data_center_flavour() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.DC).dataset(Dataset.demo()).start()) {
      CliRun run = CliRun.of("audit", "--site", jira.baseUri().toString(), "--project", "COF", "--credentials",
          credentials("rw-------").toString(), "--config", CliRun.resource("jira/mutuality.yml"), "--out",
          dir.resolve("out").toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
      assertThat(run.outLines().get(0)).startsWith("Mutuality audit: Café del Sur Partnership (COF), as of "
          + "2026-11-20T09:00:00Z (when the snapshot was captured)");
      assertThat(run.out()).contains("  minor     IDEN-001   project COF: Café del Sur Partnership shows a system "
          + "avatar, not a logo of the partnership");
      assertThat(run.err()).isEmpty();
      assertThat(Files.readString(dir.resolve("out/mutuality-report.json"))).contains("\"source\": \""
          + jira.baseUri() + "\"");
    }
  }

  @Test
  void the_scope_may_come_from_the_configuration_and_credentials_from_the_environment() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).start()) {
      Path config = dir.resolve("mutuality.yml");
      Files.writeString(config, Files.readString(Path.of(CliRun.resource("jira/mutuality.yml")))
          + "source:\n  type: jira\n  site: " + jira.baseUri() + "\n  projects: [COF]\n");
      JiraOptions.environment = Map.of("MUTUALITY_JIRA_PAT", TOKEN);
      CliRun run = CliRun.of("audit", "--config", config.toString(), "--out", dir.resolve("out").toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
      assertThat(run.out()).contains("IDEN-001   project COF");
    }
  }

  @Test
  void the_options_override_the_configuration_key_by_key() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).start()) {
      Path config = dir.resolve("mutuality.yml");
      Files.writeString(config, Files.readString(Path.of(CliRun.resource("jira/mutuality.yml")))
          + "source:\n  type: jira\n  site: " + jira.baseUri() + "\n  projects: [NOPE]\n  jql: \"labels = none\"\n");
      JiraOptions.environment = Map.of("MUTUALITY_JIRA_PAT", TOKEN);
      CliRun run = CliRun.of("audit", "--config", config.toString(), "--project", "COF", "--jql", "project = COF",
          "--out", dir.resolve("out").toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
      assertThat(run.out()).contains("IDEN-001   project COF");
    }
  }

  @Test
  void a_site_that_cannot_be_read_exits_3_naming_url_and_status_without_the_token() throws Exception {
    Faults down = Faults.builder().on("*", "/**").answer(Fault.unavailable(0)).build();
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).faults(down)
        .start()) {
      CliRun run = CliRun.of("audit", "--site", jira.baseUri().toString(), "--project", "COF", "--credentials",
          credentials("rw-------").toString(), "--out", dir.resolve("out").toString());

      assertThat(run.exitCode()).isEqualTo(ExitCode.SOURCE);
      assertThat(run.errLines()).containsExactly("error: cannot read the Jira site " + jira.baseUri() + ": GET "
          + jira.baseUri() + "/rest/api/2/serverInfo answered 503: Service Unavailable");
      assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    }
  }

  @Test
  void usage_errors_exit_2() throws Exception {
    CliRun both = CliRun.of("audit", "--snapshot", CliRun.resource("audit/snapshot.yml"), "--site",
        "https://cafe.atlassian.net", "--project", "COF");
    assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(both.err()).contains("error: --snapshot and --site (with --project, --jql, --credentials) are "
        + "mutually exclusive");

    CliRun open = CliRun.of("audit", "--site", "https://cafe.atlassian.net", "--project", "COF", "--credentials",
        credentials("rw-r--r--").toString());
    assertThat(open.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(open.err()).contains("is readable by others (rw-r--r--)").doesNotContain(TOKEN);

    CliRun plain = CliRun.of("audit", "--site", "http://jira.example", "--project", "COF", "--credentials",
        credentials("rw-------").toString());
    assertThat(plain.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(plain.err()).contains("error: the site URL must use https");

    JiraOptions.environment = Map.of();
    CliRun none = CliRun.of("audit", "--site", "https://cafe.atlassian.net", "--project", "COF");
    assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(none.err()).contains("error: no Jira credentials: set MUTUALITY_JIRA_EMAIL and MUTUALITY_JIRA_TOKEN");

    CliRun nothing = CliRun.of("audit");
    assertThat(nothing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(nothing.err()).contains("error: say what to audit: --snapshot FILE, or --site URL with --project KEY");
  }
}
