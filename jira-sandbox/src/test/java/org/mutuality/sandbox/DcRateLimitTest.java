package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutuality.sandbox.CloudRateLimitTest.limitHeaders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.limits.RateLimits;

/** Data Center rate limits: a token bucket per user, X-RateLimit-FillRate and friends (jira-api/NOTES.md §3.2). */
class DcRateLimitTest {
  private static final String MESSAGE = "Rate limit exceeded. Try again later.";

  @Test
  void each_user_has_a_bucket_refilled_every_interval() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T09:00:00Z"));
    RateLimits limits = RateLimits.dataCenter(3, 1, Duration.ofSeconds(2));
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.DC).rateLimits(limits).clock(clock).start()) {
      Http jorge = Http.basic(jira, "jorge.perdomo");
      for (int remaining = 2; remaining >= 0; remaining--) {
        Http.Answer ok = jorge.get("/rest/api/2/myself");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(limitHeaders(ok)).isEqualTo(Map.of(
            "x-ratelimit-limit", "3",
            "x-ratelimit-remaining", String.valueOf(remaining),
            "x-ratelimit-fillrate", "1",
            "x-ratelimit-interval-seconds", "2"));
      }
      Http.Answer refused = jorge.get("/rest/api/2/project");
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.raw()).isEqualTo("{\"message\":\"" + MESSAGE + "\"}");
      assertThat(refused.response().headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
      assertThat(limitHeaders(refused)).isEqualTo(Map.of(
          "retry-after", "2",
          "x-ratelimit-limit", "3",
          "x-ratelimit-remaining", "0",
          "x-ratelimit-fillrate", "1",
          "x-ratelimit-interval-seconds", "2"));

      assertThat(Http.bearer(jira, "ricardo.silva").get("/rest/api/2/myself").status())
          .as("another user has a full bucket").isEqualTo(200);
      Http.Answer anonymous = Http.anonymous(jira).get("/rest/api/2/serverInfo");
      assertThat(anonymous.status()).isEqualTo(200);
      assertThat(limitHeaders(anonymous)).as("anonymous requests are not limited").isEmpty();

      clock.advance(Duration.ofSeconds(1));
      assertThat(limitHeaders(jorge.get("/rest/api/2/myself"))).containsEntry("retry-after", "1");
      clock.advance(Duration.ofSeconds(1));
      Http.Answer refilled = jorge.get("/rest/api/2/myself");
      assertThat(refilled.status()).isEqualTo(200);
      assertThat(limitHeaders(refilled)).containsEntry("x-ratelimit-remaining", "0");
      assertThat(jira.requests()).extracting(LoggedRequest::status)
          .containsExactly(200, 200, 200, 429, 200, 200, 429, 200);
    }
  }

  @Test
  void without_a_json_accept_the_429_is_an_html_page() throws IOException, InterruptedException {
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T09:00:00Z"));
    RateLimits limits = RateLimits.dataCenter(1, 1, Duration.ofSeconds(1));
    try (JiraSandbox jira = JiraSandbox.builder().flavor(Flavor.DC).rateLimits(limits).clock(clock).start()) {
      String auth = "Basic " + Base64.getEncoder().encodeToString("x:y".getBytes(StandardCharsets.UTF_8));
      HttpRequest request = HttpRequest.newBuilder(URI.create(jira.baseUri() + "/rest/api/2/myself"))
          .header("Authorization", auth).header("Accept", "text/html").timeout(Duration.ofSeconds(10)).build();
      HttpClient client = HttpClient.newHttpClient();
      assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      HttpResponse<String> refused = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(refused.body()).startsWith("<!doctype html>").contains("HTTP Status 429", MESSAGE);
    }
  }
}
