package org.mutuality.sandbox.faults;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/** A failure the sandbox can inject in place of (or before) a normal answer. */
public sealed interface Fault permits Fault.Unavailable, Fault.Slow, Fault.Drop {
  /** The longest delay a {@link Slow} fault may hold a request (below Jetty's 30 s idle timeout). */
  Duration MAX_DELAY = Duration.ofSeconds(20);

  /**
   * @param retryAfterSeconds the {@code Retry-After} to send
   * @return a 503 with that {@code Retry-After} (NOTES.md §3.1: "Some transient 5xx responses (such as 503) may
   *     also include a Retry-After header")
   */
  static Fault unavailable(int retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("Retry-After cannot be negative, got " + retryAfterSeconds);
    }
    return new Unavailable(OptionalInt.of(retryAfterSeconds));
  }

  /** @return a 503 without {@code Retry-After} (a client should not retry it blindly) */
  static Fault unavailableWithoutRetryAfter() {
    return new Unavailable(OptionalInt.empty());
  }

  /**
   * @param delay how long to hold the request before handling it normally; at most {@link #MAX_DELAY}
   * @return a slow answer
   */
  static Fault slow(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException("a delay must be within 0.." + MAX_DELAY + ", got " + delay);
    }
    return new Slow(delay);
  }

  /** @return a connection closed without any response */
  static Fault drop() {
    return new Drop();
  }

  /**
   * 503 Service Unavailable with Jira's error body.
   *
   * @param retryAfterSeconds the {@code Retry-After} header, if any
   */
  record Unavailable(OptionalInt retryAfterSeconds) implements Fault {
  }

  /**
   * The normal answer, after a delay.
   *
   * @param delay the delay
   */
  record Slow(Duration delay) implements Fault {
  }

  /** The connection closed with no response at all. */
  record Drop() implements Fault {
  }
}
