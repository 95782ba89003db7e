package org.mutuality.sandbox.faults;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.eclipse.jetty.http.HttpStatus;

/** A failure the sandbox can inject in place of (or before) a normal answer. */
public sealed interface Fault permits Fault.Unavailable, Fault.Slow, Fault.Drop, Fault.Status, Fault.LostAnswer {
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

  /**
   * An error status with Jira's error body, {@code {"errorMessages":["<reason phrase>"],"errors":{}}}: e.g. the 403
   * Jira answers for a project's roles without Administer Projects.
   *
   * @param status an error status, 400..599
   * @return that status, with the status's reason phrase (e.g. {@code Forbidden}) as the error message
   */
  static Fault status(int status) {
    return status(status, HttpStatus.getMessage(status));
  }

  /**
   * @param status an error status, 400..599
   * @param errorMessages the body's {@code errorMessages}, e.g. {@code You cannot view the roles of this project.}
   * @return that status with the body {@code {"errorMessages":[...],"errors":{}}}
   */
  static Fault status(int status, String... errorMessages) {
    return new Status(status, List.of(errorMessages));
  }

  /** @return a connection closed without any response */
  static Fault drop() {
    return new Drop();
  }

  /**
   * The request is handled as usual (a write lands), then the connection closes before any of the answer is sent:
   * the client cannot tell whether it landed. A non-idempotent write (a comment's POST) must find out by reading.
   *
   * @return an answer lost after the request was handled
   */
  static Fault lostAnswer() {
    return new LostAnswer();
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

  /**
   * An error status with Jira's error body ({@code errors} empty); no {@code Retry-After}.
   *
   * @param status 400..599
   * @param errorMessages the body's {@code errorMessages}
   */
  record Status(int status, List<String> errorMessages) implements Fault {
    /** Checks the status and copies the messages. */
    public Status {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("a fault's status is an error, 400..599, got " + status);
      }
      errorMessages = List.copyOf(errorMessages);
    }
  }

  /** The connection closed with no response at all. */
  record Drop() implements Fault {
  }

  /** Handled as usual, then the connection closed before the answer. */
  record LostAnswer() implements Fault {
  }
}
