package org.mutuality.jira.record;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Random;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.JiraSource;
import org.mutuality.jira.ReadProgress;
import org.mutuality.jira.http.JiraRequest;
import org.mutuality.jira.http.JiraResponse;
import org.mutuality.jira.http.JiraTransport;
import org.mutuality.jira.http.RetryPolicy;
import org.mutuality.jira.http.RetryingTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers from a {@link Recording} instead of the network: each request gets the next recorded answer to the same
 * method, path and query (and POST body); a request that got no answer when recorded gets none again. A request
 * the recording does not hold is a {@link RecordingException} naming its method and URL.
 */
public final class ReplayTransport implements JiraTransport {
  private static final Logger LOG = LoggerFactory.getLogger(ReplayTransport.class);

  private final Recording recording;

  public ReplayTransport(Recording recording) {
    this.recording = Objects.requireNonNull(recording, "recording");
  }

  @Override
  public JiraResponse send(JiraRequest request) throws IOException {
    Exchange exchange = recording.take(request);
    if (exchange.file() == null) {
      throw new IOException("(replayed) " + (exchange.error() == null ? "no answer" : exchange.error()));
    }
    return JiraResponse.of(exchange.status(), exchange.headers() == null ? java.util.Map.of() : exchange.headers(),
        recording.body(exchange));
  }

  /**
   * The replay under the same retries a live read uses, waiting on a virtual clock: a recorded 429 or 503 is
   * retried as it was, without waiting for real.
   */
  public static RetryingTransport retrying(Recording recording, RetryPolicy policy) {
    VirtualClock clock = new VirtualClock(Instant.parse("2000-01-01T00:00:00Z"));
    return new RetryingTransport(new ReplayTransport(recording), policy, clock, clock::advance, new Random(0));
  }

  /**
   * The clock a replayed read's {@code capturedAt} falls back to when the recorded {@code serverInfo} has no time:
   * the recorded {@code capturedAt}, else this machine's clock (a recording made before it was kept).
   */
  public static Clock clock(Recording recording) {
    Instant captured = recording.manifest().capturedAtInstant();
    return captured == null ? Clock.systemUTC() : Clock.fixed(captured, ZoneOffset.UTC);
  }

  /**
   * A read of the recording with {@code settings} (the recording's site and scope, the caller's partner mapping),
   * under {@code settings}' retries and with the recorded {@code capturedAt}. It logs a warning for each way the
   * settings would ask for other requests than the recording holds ({@link Manifest#planChanges}).
   */
  public static JiraSource source(Recording recording, JiraSettings settings, ReadProgress progress) {
    for (String change : recording.manifest().planChanges(settings)) {
      LOG.warn("replaying {}: {}", recording.dir(), change);
    }
    return new JiraSource(settings, retrying(recording, settings.retry()), clock(recording), progress);
  }

  @Override
  public String toString() {
    return "ReplayTransport[" + recording.dir() + "]";
  }

  /** A clock that moves only when a wait advances it. */
  private static final class VirtualClock extends Clock {
    private Instant now;

    VirtualClock(Instant start) {
      this.now = start;
    }

    synchronized void advance(Duration d) {
      now = now.plus(d.isNegative() ? Duration.ZERO : d);
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
