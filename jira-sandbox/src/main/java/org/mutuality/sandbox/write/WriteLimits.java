package org.mutuality.sandbox.write;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The per-issue write limit of Jira Cloud ({@code jira-api/NOTES.md} §3.1, limit 3: "20 writes per 2 s and 100
 * writes per 30 s on a single issue"). A write beyond any window answers 429 with
 * {@code RateLimit-Reason: jira-per-issue-on-write}. Data Center has no per-issue limit, so the sandbox applies it
 * to the Cloud flavour only.
 *
 * @param windows the sliding windows, all enforced
 */
public record WriteLimits(List<Window> windows) {

  /**
   * One sliding window.
   *
   * @param writes the writes allowed on one issue within the window
   * @param length the window's length
   */
  public record Window(int writes, Duration length) {
    /** Checks the values. */
    public Window {
      Objects.requireNonNull(length, "length");
      if (writes < 1 || length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("a write window needs writes >= 1 and a positive length");
      }
    }
  }

  /** Copies the windows. */
  public WriteLimits {
    windows = List.copyOf(windows);
  }

  /** @return Jira Cloud's figures: 20 writes per 2 s and 100 writes per 30 s per issue */
  public static WriteLimits jira() {
    return new WriteLimits(List.of(new Window(20, Duration.ofSeconds(2)), new Window(100, Duration.ofSeconds(30))));
  }

  /** @return no per-issue limit */
  public static WriteLimits none() {
    return new WriteLimits(List.of());
  }
}
