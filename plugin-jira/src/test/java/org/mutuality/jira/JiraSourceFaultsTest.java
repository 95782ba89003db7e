package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.mutuality.model.Snapshot;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.LoggedRequest;
import org.mutuality.sandbox.faults.Fault;
import org.mutuality.sandbox.faults.Faults;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.limits.RateLimits;
import org.mutuality.spi.SourceException;
import org.slf4j.LoggerFactory;

/**
 * Rate limits, 503s, dropped connections and refusals: the read survives what is transient with the same snapshot
 * as without faults, records what is forbidden as a gap, and never shows the token.
 */
class JiraSourceFaultsTest {
  private static final List<String> SCOPE = List.of("COF", "PIT");
  private static final String BASIC = Base64.getEncoder().encodeToString(
      ("integration@cafesur-partnership.org:" + SandboxRead.TOKEN).getBytes(StandardCharsets.UTF_8));

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Logger root;

  @BeforeEach
  void captureLogs() {
    root = (Logger) LoggerFactory.getLogger("org.mutuality");
    root.setLevel(Level.DEBUG);
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    root.detachAppender(logs);
    root.setLevel(Level.INFO);
  }

  private static Snapshot read(Flavor flavor, RateLimits limits, Faults faults, List<LoggedRequest> log,
      List<Duration> sleeps) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock)
        .rateLimits(limits).faults(faults).start()) {
      SandboxRead read = SandboxRead.of(clock);
      Snapshot snapshot = read.source(jira, SCOPE).read();
      // Each sandbox has its own port: the source is the only thing allowed to differ.
      snapshot = new Snapshot(snapshot.capturedAt(), "sandbox", snapshot.readerId(), snapshot.partnership(), snapshot.partners(),
          snapshot.members(), snapshot.workItems(), snapshot.comments(), snapshot.worklogs(), snapshot.transitions(),
          snapshot.dependencies(), snapshot.milestones(), snapshot.iterations(), snapshot.workPackages(), snapshot.accessGrants(),
          snapshot.gaps());
      log.addAll(jira.requests());
      sleeps.addAll(read.sleeps);
      return snapshot;
    }
  }

  private static long count(List<LoggedRequest> log, int status) {
    return log.stream().filter(r -> r.status() == status).count();
  }

  @Test
  void cloud_burst_and_quota_429s_and_503s_give_the_same_snapshot_as_a_quiet_site() throws Exception {
    List<LoggedRequest> quietLog = new java.util.ArrayList<>();
    Snapshot quiet = read(Flavor.CLOUD, RateLimits.none(), Faults.none(), quietLog, new java.util.ArrayList<>());

    List<LoggedRequest> burstLog = new java.util.ArrayList<>();
    List<Duration> burstSleeps = new java.util.ArrayList<>();
    Snapshot burst = read(Flavor.CLOUD, RateLimits.cloud().burst("POST", "/rest/api/{v}/search/jql", 1)
        .burst("GET", "/rest/api/{v}/group/member", 2).build(), Faults.none(), burstLog, burstSleeps);
    assertThat(burst).isEqualTo(quiet);
    assertThat(count(burstLog, 429)).isGreaterThanOrEqualTo(3);

    List<LoggedRequest> tenantLog = new java.util.ArrayList<>();
    List<Duration> tenantSleeps = new java.util.ArrayList<>();
    Snapshot tenant = read(Flavor.CLOUD, RateLimits.cloud().tenantQuota(12).build(), Faults.none(), tenantLog,
        tenantSleeps);
    assertThat(tenant).isEqualTo(quiet);
    assertThat(count(tenantLog, 429)).isGreaterThanOrEqualTo(2);
    // Retry-After (the top of the hour) is honoured as a minimum.
    assertThat(tenantSleeps).allMatch(d -> d.compareTo(Duration.ofMinutes(50)) >= 0);

    List<LoggedRequest> globalLog = new java.util.ArrayList<>();
    Snapshot global = read(Flavor.CLOUD, RateLimits.cloud().globalQuota(15).build(), Faults.none(), globalLog,
        new java.util.ArrayList<>());
    assertThat(global).isEqualTo(quiet);
    assertThat(count(globalLog, 429)).isGreaterThanOrEqualTo(2);

    List<LoggedRequest> faultLog = new java.util.ArrayList<>();
    Snapshot faulty = read(Flavor.CLOUD, RateLimits.none(), Faults.builder()
        .on("POST", "/rest/api/{v}/search/jql").nth(2).answer(Fault.unavailable(3))
        .on("GET", "/rest/api/{v}/project/{key}/role/{id}").nth(1, 3).answer(Fault.unavailableWithoutRetryAfter())
        .on("POST", "/rest/api/{v}/changelog/bulkfetch").nth(1).answer(Fault.drop())
        .build(), faultLog, new java.util.ArrayList<>());
    assertThat(faulty).isEqualTo(quiet);
    assertThat(count(faultLog, 503)).isEqualTo(3);
    assertThat(count(faultLog, LoggedRequest.DROPPED)).isEqualTo(1);

    for (List<LoggedRequest> log : List.of(quietLog, burstLog, tenantLog, globalLog, faultLog)) {
      assertThat(log).noneMatch(r -> r.status() == 410);
      assertThat(log).noneMatch(r -> r.path().matches("/rest/api/\\d/search"));
    }
    assertThat(logText()).doesNotContain(SandboxRead.TOKEN).doesNotContain(BASIC);
  }

  @Test
  void data_center_429s_and_503s_give_the_same_snapshot_as_a_quiet_site() throws Exception {
    Snapshot quiet = read(Flavor.DC, RateLimits.none(), Faults.none(), new java.util.ArrayList<>(),
        new java.util.ArrayList<>());
    List<LoggedRequest> limitedLog = new java.util.ArrayList<>();
    List<Duration> sleeps = new java.util.ArrayList<>();
    Snapshot limited = read(Flavor.DC, RateLimits.dataCenter(5, 2, Duration.ofSeconds(1)), Faults.builder()
        .on("GET", "/rest/api/{v}/search").nth(1).answer(Fault.unavailable(2)).build(), limitedLog, sleeps);

    assertThat(limited).isEqualTo(quiet);
    assertThat(count(limitedLog, 429)).isGreaterThanOrEqualTo(3);
    assertThat(count(limitedLog, 503)).isEqualTo(1);
    assertThat(sleeps).isNotEmpty();
  }

  @Test
  void a_403_on_roles_is_a_gap_not_a_failure() throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    // Jira answers 403 for a project's roles to an account without Administer Projects.
    Faults forbidden = Faults.builder().on("GET", "/rest/api/{v}/project/{key}/role")
        .answer(Fault.status(403, "You cannot view the roles of this project.")).build();
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).clock(clock)
        .faults(forbidden).start()) {
      Snapshot snapshot = SandboxRead.of(clock).source(jira, List.of("COF")).read();

      // the security levels name roles whose actors were not read: who may see their issues is not complete
      assertThat(snapshot.gaps()).containsExactly(new DataGap(DataArea.ROLES, "GET " + jira.baseUri()
          + "/rest/api/3/project/COF/role answered 403: You cannot view the roles of this project."),
          JiraSourceSandboxTest.OUTSIDE_COF,
          new DataGap(DataArea.SECURITY, "security level 'Commercial confidential' also grants role Administrators "
              + "(its actors were not read), which this read cannot turn into people: more people may see its "
              + "issues than the snapshot says"),
          new DataGap(DataArea.SECURITY, "security level 'Steering only' also grants role Steering Committee (its "
              + "actors were not read), which this read cannot turn into people: more people may see its issues "
              + "than the snapshot says"));
      assertThat(snapshot.workItems()).hasSize(300);
      assertThat(snapshot.accessGrants()).noneMatch(g -> g.kind() == org.mutuality.model.AccessKind.ROLE);
      // a 403 is not retried
      assertThat(jira.requests()).filteredOn(r -> r.path().endsWith("/role"))
          .containsExactly(new LoggedRequest("GET", "/rest/api/3/project/COF/role", null, 403));
    }
  }

  @Test
  void a_400_on_a_scrum_boards_sprints_is_a_gap_and_the_plan_is_otherwise_unchanged() throws Exception {
    List<LoggedRequest> quietLog = new java.util.ArrayList<>();
    read(Flavor.CLOUD, RateLimits.none(), Faults.none(), quietLog, new java.util.ArrayList<>());

    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    // Board 1 is COF's scrum board: a 400 there is not "a board without sprints" and must not pass silently.
    Faults refused = Faults.builder().on("GET", "/rest/agile/1.0/board/1/sprint")
        .answer(Fault.status(400, "The board is misconfigured.")).build();
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).clock(clock)
        .faults(refused).start()) {
      Snapshot snapshot = SandboxRead.of(clock).source(jira, SCOPE).read();

      assertThat(snapshot.gaps()).containsExactly(new DataGap(DataArea.SPRINTS, "GET " + jira.baseUri()
          + "/rest/agile/1.0/board/1/sprint?startAt=0&maxResults=50 answered 400: The board is misconfigured."));
      // the same requests as a quiet read (scrum boards only: no kanban board's sprints asked), the 400 not retried
      assertThat(jira.requests()).extracting(r -> r.method() + " " + r.path() + "?" + r.query())
          .containsExactlyInAnyOrderElementsOf(quietLog.stream()
              .map(r -> r.method() + " " + r.path() + "?" + r.query()).toList());
      assertThat(jira.requests()).filteredOn(r -> r.status() != 200).containsExactly(
          new LoggedRequest("GET", "/rest/agile/1.0/board/1/sprint", "startAt=0&maxResults=50", 400));
      assertThat(jira.requests()).filteredOn(r -> r.path().equals("/rest/agile/1.0/board")).extracting(
          LoggedRequest::query).containsExactly("projectKeyOrId=COF&type=scrum&startAt=0&maxResults=50",
          "projectKeyOrId=PIT&type=scrum&startAt=0&maxResults=50");
      assertThat(jira.requests()).filteredOn(r -> r.path().startsWith("/rest/agile/1.0/board/"))
          .extracting(LoggedRequest::path)
          .containsExactly("/rest/agile/1.0/board/1/sprint", "/rest/agile/1.0/board/3/sprint");
    }
  }

  @Test
  void a_401_on_roles_fails_the_read_rather_than_becoming_a_gap() throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    // Only 403 and 404 say "this account may not see that part"; a 401 (a token revoked mid-read) must not turn
    // a broken read into rules that are merely not evaluable.
    Faults revoked = Faults.builder().on("GET", "/rest/api/{v}/project/{key}/role")
        .answer(Fault.status(401, "Client must be authenticated to access this resource.")).build();
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).clock(clock)
        .faults(revoked).start()) {
      SandboxRead read = SandboxRead.of(clock);
      assertThatThrownBy(() -> read.source(jira, List.of("COF")).read())
          .isInstanceOf(SourceException.class)
          .hasMessage("cannot read the Jira site " + jira.baseUri() + ": GET " + jira.baseUri()
              + "/rest/api/3/project/COF/role answered 401: Client must be authenticated to access this resource.");
    }
  }

  @Test
  void a_site_that_stays_unavailable_fails_naming_url_and_status_without_the_token() throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).clock(clock)
        .faults(Faults.builder().on("POST", "/rest/api/{v}/search/jql").answer(Fault.unavailable(1)).build())
        .start()) {
      SandboxRead read = SandboxRead.of(clock);
      assertThatThrownBy(() -> read.source(jira, List.of("COF")).read())
          .isInstanceOf(SourceException.class)
          .hasMessage("cannot read the Jira site " + jira.baseUri() + ": POST " + jira.baseUri()
              + "/rest/api/3/search/jql answered 503: Service Unavailable")
          .satisfies(e -> assertThat(fullText(e)).doesNotContain(SandboxRead.TOKEN).doesNotContain(BASIC));
      // the first try and 4 retries, each after at least its Retry-After
      assertThat(jira.requests().stream().filter(r -> r.path().endsWith("/search/jql")).count()).isEqualTo(5);
      assertThat(read.sleeps).hasSize(4).allMatch(d -> d.compareTo(Duration.ofSeconds(1)) >= 0);
    }
    assertThat(logText()).doesNotContain(SandboxRead.TOKEN).doesNotContain(BASIC);
  }

  private static String fullText(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t).append('\n');
    }
    return text.toString();
  }

  private String logText() {
    StringBuilder text = new StringBuilder();
    logs.list.forEach(event -> text.append(event.getFormattedMessage()).append('\n'));
    return text.toString();
  }
}
