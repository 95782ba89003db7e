package org.mutuality.sandbox.limits;

import java.time.Duration;
import java.time.Instant;

/** One counted capacity (a token bucket or an hourly quota). Callers synchronize. */
interface Meter {
  /** @return the capacity, reported as {@code X-RateLimit-Limit} */
  int limit();

  /** @return the whole tokens available at {@code now} */
  int available(Instant now);

  /** Spends one token; only after {@link #available} said there is one. */
  void take(Instant now);

  /** @return how long from {@code now} until one token is available (zero if one is) */
  Duration untilNext(Instant now);
}
