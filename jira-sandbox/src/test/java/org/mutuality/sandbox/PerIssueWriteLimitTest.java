package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutuality.sandbox.WriteFixtures.INTEGRATION;
import static org.mutuality.sandbox.WriteFixtures.T0;

import java.net.http.HttpHeaders;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.write.WriteLimits;

/** Cloud's per-issue write limit (20 writes per 2 s, 100 per 30 s), on a clock the test moves. */
class PerIssueWriteLimitTest {

  @Test
  void the_21st_write_within_2_seconds_answers_429_with_cloud_headers() {
    ManualClock clock = ManualClock.at(T0);
    try (JiraSandbox cloud = JiraSandbox.builder().clock(clock).start()) {
      Http http = Http.basic(cloud, INTEGRATION);
      for (int i = 1; i <= 20; i++) {
        assertThat(http.put("/rest/api/3/issue/COF-4/properties/p" + i, "1").status()).isEqualTo(201);
      }
      clock.advance(Duration.ofMillis(500));
      Http.Answer limited = http.post("/rest/api/2/issue/COF-4/comment", "{\"body\":\"one too many\"}");
      assertThat(limited.status()).isEqualTo(429);
      HttpHeaders headers = limited.response().headers();
      assertThat(headers.firstValue("Retry-After")).hasValue("2");
      assertThat(headers.firstValue("X-RateLimit-Limit")).hasValue("20");
      assertThat(headers.firstValue("X-RateLimit-Remaining")).hasValue("0");
      assertThat(headers.firstValue("X-RateLimit-Reset")).hasValue("2026-11-20T10:00:02Z");
      assertThat(headers.firstValue("RateLimit-Reason")).hasValue("jira-per-issue-on-write");
      assertThat(limited.raw()).isEqualTo("{\"errorMessages\":[\"Rate limit exceeded\"],\"errors\":{}}");
      assertThat(http.get("/rest/api/2/issue/COF-4/properties/p21").status()).isEqualTo(404);

      // other issues and reads are not limited
      assertThat(http.put("/rest/api/3/issue/COF-6/properties/p", "1").status()).isEqualTo(201);
      assertThat(http.get("/rest/api/3/issue/COF-4").status()).isEqualTo(200);

      clock.advance(Duration.ofMillis(1500));
      assertThat(http.post("/rest/api/2/issue/COF-4/comment", "{\"body\":\"now it fits\"}").status()).isEqualTo(201);
    }
  }

  @Test
  void the_30_second_window_allows_100_writes() {
    ManualClock clock = ManualClock.at(T0);
    try (JiraSandbox cloud = JiraSandbox.builder().clock(clock).start()) {
      Http http = Http.basic(cloud, INTEGRATION);
      for (int i = 0; i < 100; i++) {
        if (i > 0 && i % 20 == 0) {
          clock.advance(Duration.ofSeconds(2));
        }
        assertThat(http.put("/rest/api/3/issue/COF-4/properties/p", String.valueOf(i)).status()).isIn(200, 201);
      }
      clock.advance(Duration.ofSeconds(2));
      Http.Answer limited = http.put("/rest/api/3/issue/COF-4/properties/p", "100");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.response().headers().firstValue("X-RateLimit-Limit")).hasValue("100");
      assertThat(limited.response().headers().firstValue("Retry-After")).hasValue("20");
    }
  }

  @Test
  void data_center_and_writeLimits_none_have_no_per_issue_limit() {
    try (JiraSandbox dc = JiraSandbox.builder().flavor(Flavor.DC).clock(ManualClock.at(T0)).start();
        JiraSandbox unlimited = JiraSandbox.builder().writeLimits(WriteLimits.none())
            .clock(ManualClock.at(T0)).start()) {
      for (JiraSandbox sandbox : new JiraSandbox[] {dc, unlimited}) {
        Http http = Http.basic(sandbox, INTEGRATION);
        for (int i = 0; i < 25; i++) {
          assertThat(http.put("/rest/api/2/issue/COF-4/properties/p", "1").status()).isIn(200, 201);
        }
      }
    }
  }
}
