package org.mutuality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.slf4j.LoggerFactory;

/**
 * {@code --partner-field} and {@code source.partnerField}: the sandbox's Partner select list, set through its write
 * API, reaches the adapter; a value naming no partner is counted (here through the adapter's warning).
 */
class AuditPartnerFieldTest {
  private static final String TOKEN = "cli-t0ken-4a5b6c";
  private static final String WARNING = "1 work item(s) name no partner of mutuality.yml in %s, so the field does "
      + "not own them: {Federación Nacional de Cafeteros=1}";

  @TempDir
  Path dir;

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Logger logger;

  @BeforeEach
  void captureLogs() {
    logger = (Logger) LoggerFactory.getLogger("org.mutuality.jira.SiteReader");
    logs.start();
    logger.addAppender(logs);
    JiraOptions.environment = Map.of("MUTUALITY_JIRA_PAT", TOKEN);
  }

  @AfterEach
  void release() {
    logger.detachAppender(logs);
    JiraOptions.environment = System.getenv();
  }

  private static void setPartner(JiraSandbox jira, String key, String option) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(jira.baseUri() + "/rest/api/3/issue/" + key))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"fields\":{\"customfield_10050\":{\"value\":\"" + option
            + "\"}}}")).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private java.util.List<String> warnings() {
    return logs.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void the_partner_field_comes_from_the_option_or_the_configuration() throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).start()) {
      setPartner(jira, "COF-1", "Tostadores Andinos");
      setPartner(jira, "COF-3", "Federación Nacional de Cafeteros");
      String partners = Files.readString(Path.of(CliRun.resource("jira/mutuality.yml")));

      Path plain = dir.resolve("plain.yml");
      Files.writeString(plain, partners);
      CliRun option = CliRun.of("audit", "--site", jira.baseUri().toString(), "--project", "COF", "--partner-field",
          "Partner", "--config", plain.toString(), "--out", dir.resolve("a").toString());
      assertThat(option.exitCode()).as(option.err()).isEqualTo(ExitCode.OK);
      assertThat(warnings()).containsExactly(String.format(WARNING, "Partner"));

      logs.list.clear();
      Path configured = dir.resolve("configured.yml");
      Files.writeString(configured, partners + "source:\n  type: jira\n  site: " + jira.baseUri()
          + "\n  projects: [COF]\n  partnerField: customfield_10050\n");
      CliRun config = CliRun.of("audit", "--config", configured.toString(), "--out", dir.resolve("b").toString());
      assertThat(config.exitCode()).as(config.err()).isEqualTo(ExitCode.OK);
      assertThat(warnings()).containsExactly(String.format(WARNING, "customfield_10050"));

      logs.list.clear();
      CliRun none = CliRun.of("audit", "--site", jira.baseUri().toString(), "--project", "COF", "--config",
          plain.toString(), "--out", dir.resolve("c").toString());
      assertThat(none.exitCode()).as(none.err()).isEqualTo(ExitCode.OK);
      assertThat(warnings()).isEmpty();
    }
  }
}
