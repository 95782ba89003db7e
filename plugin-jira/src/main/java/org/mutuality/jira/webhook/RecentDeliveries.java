package org.mutuality.jira.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Identifiers seen recently, to drop what arrives twice: Jira's delivery ids ({@code X-Atlassian-Webhook-Identifier},
 * the same on every retry) and the keys of comment events with their {@code jira:issue_updated} twins.
 *
 * <p>An identifier is remembered for a time window from when it was first seen, and at most a number of identifiers
 * are kept, the oldest dropped first. The default window is {@link #DEFAULT_WINDOW one hour}: Jira Cloud may delay
 * and retry a delivery for up to about 30 minutes, and its {@code Secondary} flow may come about 15 minutes late
 * ({@code jira-api/NOTES.md} §4.3), so an hour covers both with a margin. A duplicate older than the window is
 * accepted again, which costs one needless re-evaluation, never a lost change. The default capacity,
 * {@value #DEFAULT_CAPACITY}, is a few MB of memory and far more deliveries than a site sends in an hour.
 *
 * <p>Thread-safe.
 */
public final class RecentDeliveries {
  /** How long an identifier is remembered by default. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(1);
  /** How many identifiers are kept at most by default. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final Duration window;
  private final int capacity;
  private final Clock clock;
  /** First-seen instants, in the order first seen. */
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  /** The defaults: one hour, 100,000 identifiers, the system clock. */
  public RecentDeliveries() {
    this(DEFAULT_WINDOW, DEFAULT_CAPACITY, Clock.systemUTC());
  }

  /**
   * @param window how long an identifier is remembered, positive
   * @param capacity how many identifiers are kept at most, positive
   * @param clock the clock the window is measured on
   */
  public RecentDeliveries(Duration window, int capacity, Clock clock) {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the window must be positive: " + window);
    }
    if (capacity <= 0) {
      throw new IllegalArgumentException("the capacity must be positive: " + capacity);
    }
    this.window = window;
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Remembers an identifier unless it was seen within the window.
   *
   * @param id the identifier
   * @return true when it is new (now remembered), false when it was seen within the window (its first-seen instant
   *     is kept: retries do not extend the window)
   */
  public synchronized boolean remember(String id) {
    Objects.requireNonNull(id, "id");
    Instant now = clock.instant();
    expire(now);
    if (seen.containsKey(id)) {
      return false;
    }
    if (seen.size() >= capacity) {
      Iterator<String> oldest = seen.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    seen.put(id, now);
    return true;
  }

  /** @return whether an identifier was seen within the window */
  public synchronized boolean contains(String id) {
    expire(clock.instant());
    return seen.containsKey(id);
  }

  /**
   * Forgets an identifier, so that it is new again: for a delivery that was received but could not be acted on, and
   * whose retry must therefore not count as a duplicate.
   *
   * @return whether it was remembered
   */
  public synchronized boolean forget(String id) {
    return seen.remove(id) != null;
  }

  /** @return how many identifiers are remembered now */
  public synchronized int size() {
    expire(clock.instant());
    return seen.size();
  }

  /** Drops the identifiers first seen a window or more ago; they are in first-seen order. */
  private void expire(Instant now) {
    Instant cutoff = now.minus(window);
    Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
    while (entries.hasNext()) {
      if (entries.next().getValue().isAfter(cutoff)) {
        return;
      }
      entries.remove();
    }
  }

  @Override
  public String toString() {
    return "RecentDeliveries[window=" + window + ", capacity=" + capacity + "]";
  }
}
