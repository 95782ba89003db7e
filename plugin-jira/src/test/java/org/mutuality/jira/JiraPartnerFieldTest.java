package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.config.Configuration;
import org.mutuality.jira.http.Site;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.mutuality.model.Snapshot;
import org.mutuality.model.WorkItem;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.limits.ManualClock;
import org.slf4j.LoggerFactory;

/**
 * The partner custom field: the sandbox's Partner select list ({@code customfield_10050}, set on no demo issue) is
 * set through {@code PUT /issue}, and its option owns a work item when it equals a partner's id or name in
 * {@code mutuality.yml}; another value owns nothing and is counted.
 */
class JiraPartnerFieldTest {
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Logger logger;

  @BeforeEach
  void captureLogs() {
    logger = (Logger) LoggerFactory.getLogger(SiteReader.class);
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logs);
  }

  private static void setPartner(JiraSandbox jira, String key, String option) throws Exception {
    String api = jira.flavor() == Flavor.CLOUD ? "/rest/api/3" : "/rest/api/2";
    HttpRequest request = HttpRequest.newBuilder(URI.create(jira.baseUri() + api + "/issue/" + key))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            ("integration@cafesur-partnership.org:" + SandboxRead.TOKEN).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"fields\":{\"customfield_10050\":{\"value\":\"" + option
            + "\"}}}")).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private static Snapshot read(JiraSandbox jira, ManualClock clock, String partnerField) throws Exception {
    Configuration config = Configuration.load(Path.of("src/test/resources/sandbox/mutuality.yml"));
    JiraSettings settings = JiraSettings.of(Site.parse(jira.baseUri().toString()), List.of("COF"), null,
        SandboxRead.CREDENTIALS).withPartnerField(partnerField, config.partners());
    return new JiraSource(settings, SandboxRead.of(clock).transport, Clock.systemUTC(), ReadProgress.NONE).read();
  }

  private static Map<String, String> owners(Snapshot snapshot) {
    Map<String, String> owners = new TreeMap<>();
    snapshot.workItems().stream().filter(i -> i.partnerId() != null)
        .forEach(i -> owners.put(i.key(), i.partnerId()));
    return owners;
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void the_field_s_option_owns_a_work_item_when_it_names_a_partner(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      Snapshot before = read(jira, clock, "Partner");
      assertThat(owners(before)).isEmpty();
      // COF alone: its link to PIT-3 is outside the scope, the only gap
      assertThat(before.gaps()).containsExactlyElementsOf(withLevels(flavor, JiraSourceSandboxTest.OUTSIDE_COF));

      setPartner(jira, "COF-1", "Tostadores Andinos");
      setPartner(jira, "COF-2", "Universidad del Alto Magdalena");
      setPartner(jira, "COF-3", "Federación Nacional de Cafeteros");
      setPartner(jira, "COF-4", "Federación Nacional de Cafeteros");
      logs.list.clear();
      // by name, resolved through /field
      Snapshot byName = read(jira, clock, "Partner");
      assertThat(owners(byName)).containsExactly(Map.entry("COF-1", "roaster"), Map.entry("COF-2", "uni"));
      assertThat(byName.gaps()).containsExactlyElementsOf(withLevels(flavor, JiraSourceSandboxTest.OUTSIDE_COF));
      assertThat(byName.workItems()).filteredOn(i -> i.key().equals("COF-3")).extracting(WorkItem::partnerId)
          .containsExactly((String) null);
      assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
          .containsExactly("2 work item(s) name no partner of mutuality.yml in Partner, so the field does not own "
              + "them: {Federación Nacional de Cafeteros=2}");
      // by id: the same owners
      Snapshot byId = read(jira, clock, "customfield_10050");
      assertThat(owners(byId)).isEqualTo(owners(byName));
      // without the field, nothing is owned by it
      assertThat(owners(read(jira, clock, null))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void a_field_name_the_site_does_not_have_is_a_gap(Flavor flavor) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock).start()) {
      setPartner(jira, "COF-1", "Tostadores Andinos");
      Snapshot snapshot = read(jira, clock, "Socio");
      assertThat(owners(snapshot)).isEmpty();
      assertThat(snapshot.gaps()).containsExactlyElementsOf(withLevels(flavor, new DataGap(DataArea.WORK_ITEMS,
          "no custom field is named 'Socio': work items are not owned by the partner field; give its id "
          + "(customfield_…) instead"), JiraSourceSandboxTest.OUTSIDE_COF));
    }
  }

  /** The gaps given, then the one Data Center adds for the security levels' members. */
  private static java.util.List<DataGap> withLevels(Flavor flavor, DataGap... gaps) {
    java.util.List<DataGap> all = new java.util.ArrayList<>(java.util.List.of(gaps));
    all.addAll(JiraSourceSandboxTest.levelGaps(flavor));
    return all;
  }
}
