package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.limits.RateLimits;

/** Cloud rate limits: 429s with Retry-After, X-RateLimit-* and RateLimit-Reason (jira-api/NOTES.md §3.1). */
class CloudRateLimitTest {
  static final String BODY = "{\"errorMessages\":[\"Rate limit exceeded\"],\"errors\":{}}";
  private static final String SEARCH = "/rest/api/3/search/jql?jql=project%3DCOF";

  private static JiraSandbox start(RateLimits limits, ManualClock clock) {
    return JiraSandbox.builder().flavor(Flavor.CLOUD).rateLimits(limits).clock(clock).start();
  }

  /** @return the rate-limit headers of an answer, by lower-case name */
  static Map<String, String> limitHeaders(Http.Answer answer) {
    HttpHeaders headers = answer.response().headers();
    Map<String, String> out = new TreeMap<>();
    headers.map().forEach((name, values) -> {
      String n = name.toLowerCase(java.util.Locale.ROOT);
      if (n.startsWith("x-ratelimit") || n.startsWith("ratelimit") || n.equals("retry-after")) {
        out.put(n, String.join(",", values));
      }
    });
    return out;
  }

  @Test
  void a_burst_bucket_answers_429_once_spent_and_refills_with_the_clock() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T01:01:00Z"));
    try (JiraSandbox jira = start(RateLimits.cloud().burst("GET", "/rest/api/{v}/search/jql", 3).build(), clock)) {
      Http http = Http.basic(jira, "x");
      assertThat(limitHeaders(http.get(SEARCH)))
          .isEqualTo(Map.of("x-ratelimit-limit", "3", "x-ratelimit-remaining", "2"));
      assertThat(limitHeaders(http.get(SEARCH)))
          .isEqualTo(Map.of("x-ratelimit-limit", "3", "x-ratelimit-remaining", "1"));
      assertThat(limitHeaders(http.get(SEARCH))).isEqualTo(
          Map.of("x-ratelimit-limit", "3", "x-ratelimit-remaining", "0", "x-ratelimit-nearlimit", "true"));

      Http.Answer refused = http.get(SEARCH);
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.raw()).isEqualTo(BODY);
      assertThat(refused.response().headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
      assertThat(limitHeaders(refused)).isEqualTo(Map.of(
          "retry-after", "1",
          "x-ratelimit-limit", "3",
          "x-ratelimit-remaining", "0",
          "x-ratelimit-reset", "2026-01-01T01:01:01Z",
          "ratelimit-reason", "jira-burst-based"));

      clock.advance(Duration.ofMillis(333));
      assertThat(http.get(SEARCH).status()).as("a third of a second refills less than a token").isEqualTo(429);
      clock.advance(Duration.ofMillis(1));
      assertThat(http.get(SEARCH).status()).isEqualTo(200);
      assertThat(http.get("/rest/api/3/myself").status()).as("other endpoints have no bucket").isEqualTo(200);

      assertThat(jira.requests()).extracting(LoggedRequest::status).containsExactly(200, 200, 200, 429, 429, 200, 200);
      assertThat(jira.requests().get(3))
          .isEqualTo(new LoggedRequest("GET", "/rest/api/3/search/jql", "jql=project%3DCOF", 429));
    }
  }

  @Test
  void per_method_bursts_give_each_endpoint_its_own_bucket() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T09:00:00Z"));
    try (JiraSandbox jira = start(RateLimits.cloud().burst("GET", 2).build(), clock)) {
      Http http = Http.basic(jira, "x");
      assertThat(http.get("/rest/api/3/project/COF").status()).isEqualTo(200);
      assertThat(http.get("/rest/api/2/project/PIT").status()).as("same endpoint, other version").isEqualTo(200);
      Http.Answer third = http.get("/rest/api/3/project/COF/components");
      assertThat(third.status()).as("another endpoint").isEqualTo(200);
      assertThat(limitHeaders(third)).containsEntry("x-ratelimit-remaining", "1");
      Http.Answer refused = http.get("/rest/api/3/project/COF");
      assertThat(refused.status()).isEqualTo(429);
      assertThat(limitHeaders(refused)).containsEntry("ratelimit-reason", "jira-burst-based")
          .containsEntry("retry-after", "1").containsEntry("x-ratelimit-reset", "2026-11-20T09:00:01Z");
      assertThat(http.post("/rest/api/3/search/jql", "{\"jql\":\"project = COF\"}").status())
          .as("POST has no limit here").isEqualTo(200);
    }
  }

  @Test
  void the_tenant_quota_denies_everything_until_the_top_of_the_hour() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T09:29:13Z"));
    try (JiraSandbox jira = start(RateLimits.cloud().tenantQuota(2).build(), clock)) {
      Http http = Http.basic(jira, "x");
      assertThat(limitHeaders(http.get("/rest/api/3/myself")))
          .isEqualTo(Map.of("x-ratelimit-limit", "2", "x-ratelimit-remaining", "1"));
      assertThat(http.get("/rest/api/3/field").status()).isEqualTo(200);
      Http.Answer refused = http.get("/rest/api/3/project");
      assertThat(refused.status()).isEqualTo(429);
      assertThat(limitHeaders(refused)).isEqualTo(Map.of(
          "retry-after", "1847",
          "x-ratelimit-limit", "2",
          "x-ratelimit-remaining", "0",
          "x-ratelimit-reset", "2026-11-20T10:00:00Z",
          "ratelimit-reason", "jira-quota-tenant-based"));
      clock.advance(Duration.ofSeconds(1846));
      assertThat(limitHeaders(http.get("/rest/api/3/project"))).containsEntry("retry-after", "1");
      clock.advance(Duration.ofSeconds(1));
      assertThat(http.get("/rest/api/3/project").status()).isEqualTo(200);
    }
  }

  @Test
  void the_global_quota_is_checked_first_and_named_in_the_reason() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T09:59:59.500Z"));
    RateLimits limits = RateLimits.cloud().globalQuota(1).tenantQuota(1).burst("GET", 10).build();
    try (JiraSandbox jira = start(limits, clock)) {
      Http http = Http.basic(jira, "x");
      assertThat(http.get("/rest/api/3/myself").status()).isEqualTo(200);
      Http.Answer refused = http.get("/rest/api/3/myself");
      assertThat(limitHeaders(refused)).isEqualTo(Map.of(
          "retry-after", "1",
          "x-ratelimit-limit", "1",
          "x-ratelimit-remaining", "0",
          "x-ratelimit-reset", "2026-11-20T10:00:00Z",
          "ratelimit-reason", "jira-quota-global-based"));
      assertThat(refused.raw()).isEqualTo(BODY);
    }
  }

  @Test
  void jira_defaults_report_the_documented_per_endpoint_limits() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T09:00:00Z"));
    try (JiraSandbox jira = start(RateLimits.cloudDefaults(), clock)) {
      Http http = Http.basic(jira, "x");
      assertThat(limitHeaders(http.get("/rest/api/3/myself")))
          .isEqualTo(Map.of("x-ratelimit-limit", "100", "x-ratelimit-remaining", "99"));
      assertThat(limitHeaders(http.get("/rest/api/3/issue/COF-1")))
          .isEqualTo(Map.of("x-ratelimit-limit", "150", "x-ratelimit-remaining", "149"));
      assertThat(limitHeaders(http.get("/rest/api/3/issue/COF-1/changelog")))
          .containsEntry("x-ratelimit-limit", "200");
      assertThat(limitHeaders(http.get("/rest/api/3/user?accountId=63f1c0ffee000000a11ce00b")))
          .containsEntry("x-ratelimit-limit", "150");
      assertThat(limitHeaders(http.post("/rest/api/3/search/jql", "{\"jql\":\"project = COF\"}")))
          .containsEntry("x-ratelimit-limit", "100");
      for (int i = 0; i < 99; i++) {
        http.get("/rest/api/3/myself");
      }
      assertThat(http.get("/rest/api/3/myself").status()).isEqualTo(429);
      assertThat(http.get("/rest/api/3/issue/COF-1").status()).isEqualTo(200);
    }
  }

  @Test
  void limits_are_off_by_default_and_must_match_the_flavour() {
    try (JiraSandbox jira = JiraSandbox.builder().start()) {
      assertThat(limitHeaders(Http.basic(jira, "x").get("/rest/api/3/myself"))).isEmpty();
    }
    assertThatThrownBy(() -> JiraSandbox.builder().flavor(Flavor.DC).rateLimits(RateLimits.cloudDefaults()).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CLOUD rate limits cannot be used by a DC sandbox");
    assertThat(List.of(RateLimits.none().kind())).containsExactly(RateLimits.Kind.NONE);
  }
}
