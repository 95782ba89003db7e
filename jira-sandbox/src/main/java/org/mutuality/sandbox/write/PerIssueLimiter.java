package org.mutuality.sandbox.write;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sliding-window counters of accepted writes per issue. Not thread-safe: the store calls it under its lock. */
final class PerIssueLimiter {
  private final WriteLimits limits;
  private final Duration longest;
  private final Map<String, Deque<Instant>> writes = new HashMap<>();

  PerIssueLimiter(WriteLimits limits) {
    this.limits = limits;
    this.longest = limits.windows().stream().map(WriteLimits.Window::length).max(Duration::compareTo)
        .orElse(Duration.ZERO);
  }

  /** @return the refusal if one more write on the issue at {@code now} would exceed a window */
  Optional<RateLimited> check(String issueId, Instant now) {
    Deque<Instant> times = writes.get(issueId);
    if (times == null) {
      return Optional.empty();
    }
    while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(longest))) {
      times.pollFirst();
    }
    for (WriteLimits.Window window : limits.windows()) {
      Instant since = now.minus(window.length());
      int inWindow = 0;
      Instant oldest = null;
      for (var it = times.descendingIterator(); it.hasNext(); ) {
        Instant t = it.next();
        if (!t.isAfter(since)) {
          break;
        }
        inWindow++;
        oldest = t;
      }
      if (inWindow >= window.writes()) {
        // the window admits a write again once its oldest counted write has left it
        Instant reset = oldestOfLast(times, window.writes(), oldest).plus(window.length());
        return Optional.of(new RateLimited(window.writes(), Duration.between(now, reset), reset));
      }
    }
    return Optional.empty();
  }

  /** @return the write that must leave the window before another fits: the {@code writes}-th most recent */
  private static Instant oldestOfLast(Deque<Instant> times, int writes, Instant fallback) {
    int n = 0;
    for (var it = times.descendingIterator(); it.hasNext(); ) {
      Instant t = it.next();
      if (++n == writes) {
        return t;
      }
    }
    return fallback;
  }

  void record(String issueId, Instant now) {
    if (!limits.windows().isEmpty()) {
      writes.computeIfAbsent(issueId, id -> new ArrayDeque<>()).addLast(now);
    }
  }
}
