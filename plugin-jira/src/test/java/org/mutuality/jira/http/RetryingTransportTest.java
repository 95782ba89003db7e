package org.mutuality.jira.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Retries on a fake transport and a fake clock: what is retried, how long it waits, and what it holds back. */
class RetryingTransportTest {
  private static final URI BASE = URI.create("https://jira.example");

  /** What other threads do while one sleeps. */
  @FunctionalInterface
  private interface Meanwhile {
    void run() throws Exception;
  }

  /**
   * A clock that moves only when the sleeper sleeps. A sleep wakes at its start plus its duration, or later if
   * something done meanwhile moved the clock past that: so {@link #meanwhile} stands for requests other threads
   * send while this one waits, at the clock's time then, without any real sleeping or threads.
   */
  private static final class FakeTime extends Clock {
    Instant now = Instant.parse("2026-11-20T09:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();
    Meanwhile meanwhile;

    void sleep(Duration d) {
      Instant start = now;
      sleeps.add(d);
      Meanwhile other = meanwhile;
      meanwhile = null;
      if (other != null) {
        try {
          other.run();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }
      Instant wake = start.plus(d);
      now = wake.isAfter(now) ? wake : now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final FakeTime time = new FakeTime();
  private final Deque<JiraResponse> answers = new ArrayDeque<>();
  private final List<String> sent = new ArrayList<>();
  private final RetryingTransport transport = new RetryingTransport(request -> {
    sent.add(request.describe() + " @" + time.instant());
    return answers.isEmpty() ? ok() : answers.poll();
  }, RetryPolicy.defaults(), time, time::sleep, new Random(1));

  private static JiraResponse ok() {
    return JiraResponse.of(200, Map.of(), "{}");
  }

  private static JiraResponse limited(String reason, String retryAfter) {
    return JiraResponse.of(429, retryAfter == null ? Map.of("RateLimit-Reason", reason)
        : Map.of("RateLimit-Reason", reason, "Retry-After", retryAfter), "");
  }

  private static JiraRequest get(String path) {
    return JiraRequest.get(BASE.resolve(path));
  }

  @Test
  void retry_after_is_a_minimum() throws Exception {
    answers.add(limited("jira-burst-based", "5"));
    assertThat(transport.send(get("/rest/api/3/issue/COF-1/comment")).status()).isEqualTo(200);
    assertThat(time.sleeps).hasSize(1);
    assertThat(time.sleeps.get(0)).isBetween(Duration.ofSeconds(5), Duration.ofMillis(6500));
    assertThat(transport.retries()).isEqualTo(1);
  }

  @Test
  void without_retry_after_it_backs_off_exponentially_with_jitter_then_gives_up() throws Exception {
    for (int i = 0; i < 5; i++) {
      answers.add(JiraResponse.of(503, Map.of(), ""));
    }
    assertThat(transport.send(get("/rest/api/3/project/COF")).status()).isEqualTo(503);
    assertThat(sent).hasSize(5);
    long[] bases = {2000, 4000, 8000, 16000};
    for (int i = 0; i < 4; i++) {
      assertThat(time.sleeps.get(i).toMillis()).isBetween((long) (bases[i] * 0.7), (long) (bases[i] * 1.3));
    }
  }

  private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

  private static String at(String describe, Instant when) {
    return describe + " @" + when;
  }

  @Test
  void a_burst_limit_holds_back_that_endpoint_only() throws Exception {
    answers.add(limited("jira-burst-based", "10"));
    // While the first request waits out its burst hold, another endpoint is asked, then the same endpoint.
    time.meanwhile = () -> {
      transport.send(get("/rest/api/3/project/COF"));
      transport.send(get("/rest/api/3/issue/COF-2/comment"));
    };
    transport.send(get("/rest/api/3/issue/COF-1/comment"));

    assertThat(sent).hasSize(4);
    Instant hold = Instant.parse(sent.get(2).substring(sent.get(2).indexOf(" @") + 2));
    assertThat(hold).isBetween(T0.plusSeconds(10), T0.plusMillis(11000));
    assertThat(sent).containsExactly(
        at("GET https://jira.example/rest/api/3/issue/COF-1/comment", T0),
        at("GET https://jira.example/rest/api/3/project/COF", T0),
        at("GET https://jira.example/rest/api/3/issue/COF-2/comment", hold),
        at("GET https://jira.example/rest/api/3/issue/COF-1/comment", hold));
    // the held thread's wait and the same-endpoint request's wait, both until the hold; the other endpoint none
    assertThat(time.sleeps).containsExactly(Duration.between(T0, hold), Duration.between(T0, hold));
  }

  @Test
  void a_quota_holds_back_every_request_until_it_resets() throws Exception {
    answers.add(JiraResponse.of(429, Map.of("RateLimit-Reason", "jira-quota-tenant-based",
        "X-RateLimit-Reset", "2026-11-20T10:00Z"), ""));
    time.meanwhile = () -> {
      transport.send(get("/rest/api/3/group/member"));
      transport.send(new JiraRequest("PUT", BASE.resolve("/rest/api/3/issue/PIT-9"), "{}"));
    };
    transport.send(get("/rest/api/3/project/COF"));

    Instant reset = Instant.parse("2026-11-20T10:00:00Z");
    assertThat(sent).containsExactly(
        at("GET https://jira.example/rest/api/3/project/COF", T0),
        at("GET https://jira.example/rest/api/3/group/member", reset),
        at("PUT https://jira.example/rest/api/3/issue/PIT-9", reset),
        at("GET https://jira.example/rest/api/3/project/COF", reset));
    assertThat(time.sleeps).containsExactly(Duration.ofHours(1), Duration.ofHours(1));
  }

  @Test
  void a_per_issue_limit_holds_back_that_issue_only() throws Exception {
    answers.add(limited("jira-per-issue-on-write", "30"));
    // While COF-1 is held, a write to COF-2 and a read of another endpoint go out; a write to COF-1 waits.
    time.meanwhile = () -> {
      transport.send(new JiraRequest("PUT", BASE.resolve("/rest/api/3/issue/COF-2"), "{}"));
      transport.send(get("/rest/api/3/project/COF"));
      transport.send(new JiraRequest("PUT", BASE.resolve("/rest/api/3/issue/COF-1"), "{}"));
    };
    transport.send(get("/rest/api/3/issue/COF-1"));

    assertThat(sent).hasSize(5);
    Instant hold = Instant.parse(sent.get(3).substring(sent.get(3).indexOf(" @") + 2));
    assertThat(hold).isBetween(T0.plusSeconds(30), T0.plusSeconds(31));
    assertThat(sent).containsExactly(
        at("GET https://jira.example/rest/api/3/issue/COF-1", T0),
        at("PUT https://jira.example/rest/api/3/issue/COF-2", T0),
        at("GET https://jira.example/rest/api/3/project/COF", T0),
        at("PUT https://jira.example/rest/api/3/issue/COF-1", hold),
        at("GET https://jira.example/rest/api/3/issue/COF-1", hold));
    assertThat(RetryingTransport.issueOf(get("/rest/api/3/issue/COF-2/comment"))).contains("COF-2");
  }

  @Test
  void only_idempotent_requests_are_retried() throws Exception {
    answers.add(limited("jira-burst-based", "1"));
    JiraRequest write = new JiraRequest("PUT", BASE.resolve("/rest/api/3/issue/COF-1"), "{}");
    assertThat(transport.send(write).status()).isEqualTo(429);
    assertThat(RetryingTransport.isIdempotent(JiraRequest.post(BASE.resolve("/rest/api/3/search/jql"), "{}")))
        .isTrue();
    assertThat(RetryingTransport.isIdempotent(JiraRequest.post(BASE.resolve("/rest/api/3/changelog/bulkfetch"), "{}")))
        .isTrue();
    assertThat(RetryingTransport.isIdempotent(JiraRequest.post(BASE.resolve("/rest/api/3/issue/COF-1/comment"),
        "{}"))).isFalse();
    assertThat(RetryingTransport.endpointOf(get("/rest/api/3/issue/COF-1/comment")))
        .isEqualTo("GET /rest/api/{}/issue/{}/comment");
  }

  @Test
  void connection_failures_of_reads_are_retried() throws Exception {
    int[] calls = {0};
    RetryingTransport flaky = new RetryingTransport(request -> {
      if (calls[0]++ == 0) {
        throw new java.net.ConnectException("Connection refused");
      }
      return ok();
    }, RetryPolicy.defaults(), time, time::sleep, new Random(1));
    assertThat(flaky.send(get("/rest/api/3/serverInfo")).status()).isEqualTo(200);
    assertThat(calls[0]).isEqualTo(2);
  }
}
