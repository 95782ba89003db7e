package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.faults.Fault;
import org.mutuality.sandbox.faults.Faults;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.limits.RateLimits;

/** Injected faults: scripted or seeded 503s with Retry-After, slow answers, dropped connections. */
class FaultInjectionTest {
  private static final String UNAVAILABLE = "{\"errorMessages\":[\"Service Unavailable\"],\"errors\":{}}";
  private static final String SEARCH = "/rest/api/3/search/jql?jql=project%3DCOF";

  private static JiraSandbox start(Faults faults) {
    return JiraSandbox.builder().faults(faults).start();
  }

  @Test
  void the_third_search_answers_503_with_retry_after() {
    Faults faults = Faults.builder().on("GET", "/rest/api/3/search/jql").nth(3).answer(Fault.unavailable(2)).build();
    try (JiraSandbox jira = start(faults)) {
      Http http = Http.basic(jira, "x");
      assertThat(http.get(SEARCH).status()).isEqualTo(200);
      assertThat(http.get("/rest/api/3/myself").status()).as("not counted by the rule").isEqualTo(200);
      assertThat(http.get(SEARCH).status()).isEqualTo(200);
      Http.Answer third = http.get(SEARCH);
      assertThat(third.status()).isEqualTo(503);
      assertThat(third.raw()).isEqualTo(UNAVAILABLE);
      assertThat(third.response().headers().firstValue("Retry-After")).hasValue("2");
      assertThat(third.response().headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
      assertThat(http.get(SEARCH).status()).isEqualTo(200);
      assertThat(jira.requests()).extracting(LoggedRequest::status).containsExactly(200, 200, 200, 503, 200);
      assertThat(jira.requests().get(3))
          .isEqualTo(new LoggedRequest("GET", "/rest/api/3/search/jql", "jql=project%3DCOF", 503));
    }
  }

  @Test
  void a_503_may_come_without_retry_after() {
    try (JiraSandbox jira = start(Faults.builder().on("*", "/**").answer(Fault.unavailableWithoutRetryAfter()).build())) {
      Http.Answer answer = Http.anonymous(jira).get("/rest/api/3/serverInfo");
      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.response().headers().firstValue("Retry-After")).isEmpty();
    }
  }

  @Test
  void a_status_fault_answers_that_status_with_jira_s_error_body() {
    Faults faults = Faults.builder()
        .on("GET", "/rest/api/{v}/project/{key}/role").answer(Fault.status(403,
            "You cannot view the roles of this project."))
        .on("GET", "/rest/api/{v}/project/{key}/avatars").nth(2).answer(Fault.status(404))
        .build();
    try (JiraSandbox jira = start(faults)) {
      Http http = Http.basic(jira, "x");
      Http.Answer roles = http.get("/rest/api/3/project/COF/role");
      assertThat(roles.status()).isEqualTo(403);
      assertThat(roles.raw())
          .isEqualTo("{\"errorMessages\":[\"You cannot view the roles of this project.\"],\"errors\":{}}");
      assertThat(roles.response().headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
      assertThat(roles.response().headers().firstValue("Retry-After")).isEmpty();
      assertThat(http.get("/rest/api/3/project/COF/avatars").status()).isEqualTo(200);
      Http.Answer avatars = http.get("/rest/api/3/project/COF/avatars");
      assertThat(avatars.status()).isEqualTo(404);
      assertThat(avatars.raw()).isEqualTo("{\"errorMessages\":[\"Not Found\"],\"errors\":{}}");
      assertThat(jira.requests()).containsExactly(
          new LoggedRequest("GET", "/rest/api/3/project/COF/role", null, 403),
          new LoggedRequest("GET", "/rest/api/3/project/COF/avatars", null, 200),
          new LoggedRequest("GET", "/rest/api/3/project/COF/avatars", null, 404));
    }
  }

  @Test
  void a_status_fault_is_an_error_status() {
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fault's status is an error, 400..599, got 200");
    assertThatThrownBy(() -> Fault.status(600, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fault's status is an error, 400..599, got 600");
  }

  /**
   * The JDK client silently resends an idempotent request once when the connection closes before any response, so
   * the first two GETs are dropped for the caller to see one failure (an adapter on the JDK client sees the same).
   */
  @Test
  void a_dropped_connection_gets_no_response_and_is_logged() {
    Faults faults = Faults.builder().on("GET", "/rest/api/{v}/issue/{key}").nth(1, 2).answer(Fault.drop()).build();
    try (JiraSandbox jira = start(faults)) {
      Http http = Http.basic(jira, "x");
      assertThatThrownBy(() -> http.get("/rest/api/3/issue/COF-1")).isInstanceOf(UncheckedIOException.class);
      assertThat(http.get("/rest/api/3/issue/COF-1").status()).as("the next one is served").isEqualTo(200);
      assertThat(jira.requests()).containsExactly(
          new LoggedRequest("GET", "/rest/api/3/issue/COF-1", null, LoggedRequest.DROPPED),
          new LoggedRequest("GET", "/rest/api/3/issue/COF-1", null, LoggedRequest.DROPPED),
          new LoggedRequest("GET", "/rest/api/3/issue/COF-1", null, 200));
      assertThat(jira.requests().get(0).dropped()).isTrue();
    }
  }

  @Test
  void a_dropped_post_fails_at_once() {
    try (JiraSandbox jira = start(Faults.builder().on("POST", "/**").nth(1).answer(Fault.drop()).build())) {
      Http http = Http.basic(jira, "x");
      assertThatThrownBy(() -> http.post("/rest/api/3/search/jql", "{\"jql\":\"project = COF\"}"))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(http.post("/rest/api/3/search/jql", "{\"jql\":\"project = COF\"}").status()).isEqualTo(200);
      assertThat(jira.requests()).extracting(LoggedRequest::status).containsExactly(LoggedRequest.DROPPED, 200);
    }
  }

  @Test
  void a_lost_answer_lands_the_write_but_the_client_hears_nothing() {
    Faults faults = Faults.builder().on("POST", "/rest/api/{v}/issue/*/comment").nth(1).answer(Fault.lostAnswer())
        .build();
    try (JiraSandbox jira = start(faults)) {
      Http http = Http.basic(jira, "x");
      int before = jira.store().current().issue("COF-6").orElseThrow().comments().size();
      assertThatThrownBy(() -> http.post("/rest/api/2/issue/COF-6/comment", "{\"body\":\"landed\"}"))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(jira.store().current().issue("COF-6").orElseThrow().comments()).hasSize(before + 1)
          .last().extracting(c -> c.body()).isEqualTo("landed");
      assertThat(jira.requests()).extracting(LoggedRequest::status).contains(LoggedRequest.DROPPED, 201);
    }
  }

  @Test
  void jql_filters_on_labels_and_an_issue_can_be_deleted() {
    try (JiraSandbox jira = start(Faults.none())) {
      Http http = Http.basic(jira, "x");
      assertThat(http.put("/rest/api/3/issue/COF-6", "{\"update\":{\"labels\":[{\"add\":\"mutuality-summary\"}]}}")
          .status()).isEqualTo(204);
      Http.Answer found = http.get("/rest/api/3/search/jql?jql=project%20%3D%20COF%20AND%20labels%20%3D%20"
          + "mutuality-summary");
      assertThat(found.json().get("issues")).hasSize(1);
      assertThat(found.json().get("issues").get(0).get("id").asText())
          .isEqualTo(jira.store().current().issue("COF-6").orElseThrow().id());
      assertThat(http.delete("/rest/api/3/issue/COF-6").status()).isEqualTo(204);
      assertThat(jira.store().current().issue("COF-6")).isEmpty();
      assertThat(http.delete("/rest/api/3/issue/COF-6").status()).isEqualTo(404);
    }
  }

  @Test
  void a_slow_answer_is_held_and_its_delay_logged() {
    Duration delay = Duration.ofMillis(150);
    try (JiraSandbox jira = start(Faults.builder().on("GET", "/rest/api/{v}/myself").answer(Fault.slow(delay)).build())) {
      long started = System.nanoTime();
      Http.Answer answer = Http.basic(jira, "x").get("/rest/api/3/myself");
      long tookNanos = System.nanoTime() - started;
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("accountId").asText()).isEqualTo("63f1c0ffee000000a11ce012");
      assertThat(tookNanos).isGreaterThanOrEqualTo(delay.toNanos());
      assertThat(jira.requests()).containsExactly(new LoggedRequest("GET", "/rest/api/3/myself", null, 200, delay));
    }
  }

  @Test
  void a_slow_answer_outlasts_a_client_timeout() {
    Faults faults = Faults.builder().on("GET", "/**").answer(Fault.slow(Duration.ofSeconds(5))).build();
    try (JiraSandbox jira = start(faults)) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(jira.baseUri() + "/rest/api/3/serverInfo"))
          .timeout(Duration.ofMillis(100)).build();
      assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(HttpTimeoutException.class);
    }
  }

  @Test
  void seeded_rates_replay_the_same_faults() {
    Faults faults = Faults.builder().seed(7).on("GET", "/rest/api/3/myself").rate(0.5).answer(Fault.unavailable(1))
        .build();
    List<Integer> first = statuses(faults);
    assertThat(first).contains(200, 503);
    assertThat(statuses(faults)).isEqualTo(first);
    assertThat(statuses(Faults.builder().seed(8).on("GET", "/rest/api/3/myself").rate(0.5)
        .answer(Fault.unavailable(1)).build())).isNotEqualTo(first);
  }

  private static List<Integer> statuses(Faults faults) {
    List<Integer> statuses = new ArrayList<>();
    try (JiraSandbox jira = start(faults)) {
      Http http = Http.basic(jira, "x");
      for (int i = 0; i < 20; i++) {
        statuses.add(http.get("/rest/api/3/myself").status());
      }
    }
    return statuses;
  }

  @Test
  void the_first_rule_that_fires_answers_and_faults_come_before_rate_limits() {
    Faults faults = Faults.builder()
        .on("GET", "/rest/api/3/myself").nth(1).answer(Fault.unavailable(3))
        .on("*", "/**").nth(1, 2).answer(Fault.unavailable(9))
        .build();
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T09:00:00Z"));
    try (JiraSandbox jira = JiraSandbox.builder().faults(faults).clock(clock)
        .rateLimits(RateLimits.cloud().burst("GET", 1).build()).start()) {
      Http http = Http.basic(jira, "x");
      assertThat(http.get("/rest/api/3/myself").response().headers().firstValue("Retry-After")).hasValue("3");
      assertThat(http.get("/rest/api/3/myself").response().headers().firstValue("Retry-After")).hasValue("9");
      assertThat(http.get("/rest/api/3/myself").status()).as("the 503s spent no token").isEqualTo(200);
      assertThat(http.get("/rest/api/3/myself").status()).isEqualTo(429);
    }
  }

  @Test
  void delays_are_bounded() {
    assertThatThrownBy(() -> Fault.slow(Duration.ofSeconds(21))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Faults.builder().on("GET", "/a/**/b")).isInstanceOf(IllegalArgumentException.class);
  }

}
