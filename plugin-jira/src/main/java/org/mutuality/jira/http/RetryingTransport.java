package org.mutuality.jira.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries and rate limits around another transport (NOTES.md §3).
 *
 * <ul>
 *   <li>Only idempotent requests are retried: GET, and the read-only POSTs {@code /search/jql},
 *       {@code /search/approximate-count}, {@code /issue/bulkfetch} and {@code /changelog/bulkfetch}; each at most
 *       {@link RetryPolicy#maxRetries()} times, on 429, 503 or no answer.
 *   <li>The wait honours {@code Retry-After} as a minimum (jitter only lengthens it); without it, a quota's
 *       {@code X-RateLimit-Reset}; else exponential backoff from {@link RetryPolicy#firstDelay()} with jitter
 *       ×[0.7, 1.3], capped at {@link RetryPolicy#maxDelay()}.
 *   <li>Per {@code RateLimit-Reason}: {@code jira-burst-based} holds back that endpoint only (method and path with
 *       ids left out); {@code jira-quota-*} holds back every request; {@code jira-per-issue-on-write} holds back
 *       requests about that issue only. A Data Center 429 (no reason: its bucket is per user) holds back every
 *       request; a 503 only the request that got it.
 *   <li>At most {@link RetryPolicy#maxInFlight()} requests are sent at the same time.
 * </ul>
 */
public final class RetryingTransport implements JiraTransport {
  private static final Logger LOG = LoggerFactory.getLogger(RetryingTransport.class);
  private static final Set<String> READ_ONLY_POSTS = Set.of("/search/jql", "/search/approximate-count",
      "/issue/bulkfetch", "/changelog/bulkfetch");

  private final JiraTransport inner;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Random random;
  private final Semaphore inFlight;
  private final Map<String, Instant> holds = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();

  /**
   * @param inner the transport that sends
   * @param policy retries and concurrency
   * @param clock the time waits are measured on
   * @param sleeper how to wait
   * @param random the jitter's source (seeded in tests)
   */
  public RetryingTransport(JiraTransport inner, RetryPolicy policy, Clock clock, Sleeper sleeper, Random random) {
    this.inner = inner;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.inFlight = new Semaphore(policy.maxInFlight(), true);
  }

  /** With the system clock, real sleeping and unseeded jitter. */
  public static RetryingTransport of(JiraTransport inner, RetryPolicy policy) {
    return new RetryingTransport(inner, policy, Clock.systemUTC(), Sleeper.REAL, new Random());
  }

  /** Requests sent so far, retries included. */
  public long requests() {
    return requests.get();
  }

  /** Retries so far. */
  public long retries() {
    return retries.get();
  }

  @Override
  public JiraResponse send(JiraRequest request) throws IOException, InterruptedException {
    boolean idempotent = isIdempotent(request);
    String endpoint = endpointOf(request);
    Optional<String> issue = issueOf(request);
    for (int attempt = 0; ; attempt++) {
      awaitHolds(endpoint, issue);
      JiraResponse response;
      inFlight.acquire();
      try {
        requests.incrementAndGet();
        response = inner.send(request);
      } catch (IOException e) {
        if (!idempotent || attempt >= policy.maxRetries()) {
          throw e;
        }
        Duration wait = backoff(attempt);
        LOG.info("{} got no answer ({}); retry {} of {} in {} ms", request.describe(), e.getClass().getSimpleName(),
            attempt + 1, policy.maxRetries(), wait.toMillis());
        retries.incrementAndGet();
        sleeper.sleep(wait);
        continue;
      } finally {
        inFlight.release();
      }
      int status = response.status();
      if (status != 429 && status != 503 || !idempotent || attempt >= policy.maxRetries()) {
        return response;
      }
      Duration wait = waitFor(response, attempt);
      String reason = response.header("RateLimit-Reason").orElse("");
      LOG.info("{} answered {}{}; retry {} of {} in {} ms", request.describe(), status,
          reason.isEmpty() ? "" : " (" + reason + ")", attempt + 1, policy.maxRetries(), wait.toMillis());
      retries.incrementAndGet();
      Instant until = clock.instant().plus(wait);
      if (status == 503) {
        sleeper.sleep(wait);
      } else if (reason.startsWith("jira-burst")) {
        hold("endpoint " + endpoint, until);
      } else if (reason.startsWith("jira-per-issue") && issue.isPresent()) {
        hold("issue " + issue.get(), until);
      } else {
        hold("all", until);
      }
    }
  }

  private void hold(String scope, Instant until) {
    holds.merge(scope, until, (a, b) -> a.isAfter(b) ? a : b);
  }

  private void awaitHolds(String endpoint, Optional<String> issue) throws InterruptedException {
    while (true) {
      Instant now = clock.instant();
      Instant until = later(later(holds.get("all"), holds.get("endpoint " + endpoint)),
          issue.map(i -> holds.get("issue " + i)).orElse(null));
      if (until == null || !until.isAfter(now)) {
        return;
      }
      sleeper.sleep(Duration.between(now, until));
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  /** {@code Retry-After} (seconds or an HTTP date) as a minimum; else a quota's reset; else backoff. */
  Duration waitFor(JiraResponse response, int attempt) {
    Optional<Duration> retryAfter = response.header("Retry-After").flatMap(this::parseRetryAfter);
    if (retryAfter.isPresent()) {
      // A little extra so clients told the same Retry-After do not all come back at once; additive and
      // capped at a second, so an hour's quota reset is not stretched by minutes.
      long millis = retryAfter.get().toMillis();
      long extra = (long) (random.nextDouble() * Math.min(0.3 * millis, 1000));
      return Duration.ofMillis(millis + extra);
    }
    Optional<Duration> reset = response.header("X-RateLimit-Reset").flatMap(this::untilReset);
    if (reset.isPresent() && response.header("RateLimit-Reason").orElse("").startsWith("jira-quota")) {
      return reset.get();
    }
    return backoff(attempt);
  }

  private Duration backoff(int attempt) {
    long first = policy.firstDelay().toMillis();
    long capped = Math.min(policy.maxDelay().toMillis(), first << Math.min(attempt, 20));
    double jitter = 0.7 + random.nextDouble() * 0.6;
    return Duration.ofMillis((long) (capped * jitter));
  }

  private Optional<Duration> parseRetryAfter(String value) {
    String v = value.trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(positive(Duration.between(clock.instant(), at)));
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /** {@code X-RateLimit-Reset}: ISO 8601, seconds optional (NOTES.md: parse leniently). */
  private Optional<Duration> untilReset(String value) {
    String v = value.trim();
    if (v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}Z")) {
      v = v.substring(0, v.length() - 1) + ":00Z";
    }
    try {
      return Optional.of(positive(Duration.between(clock.instant(), Instant.parse(v))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  static boolean isIdempotent(JiraRequest request) {
    if (request.method().equals("GET")) {
      return true;
    }
    if (!request.method().equals("POST")) {
      return false;
    }
    String path = request.uri().getPath();
    return READ_ONLY_POSTS.stream().anyMatch(path::endsWith);
  }

  /** The endpoint a burst limit applies to: the method and the path with ids and keys left out. */
  static String endpointOf(JiraRequest request) {
    String[] segments = request.uri().getPath().split("/");
    StringBuilder out = new StringBuilder(request.method()).append(' ');
    for (String segment : segments) {
      if (segment.isEmpty()) {
        continue;
      }
      out.append('/').append(segment.chars().anyMatch(Character::isDigit) ? "{}" : segment);
    }
    return out.toString();
  }

  /** The issue a request is about ({@code /issue/{key}/…}), if any. */
  static Optional<String> issueOf(JiraRequest request) {
    String[] segments = request.uri().getPath().split("/");
    for (int i = 0; i + 1 < segments.length; i++) {
      if (segments[i].equals("issue") && !segments[i + 1].equals("bulkfetch")) {
        return Optional.of(segments[i + 1].toUpperCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }
}
