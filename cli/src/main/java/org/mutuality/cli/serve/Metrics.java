package org.mutuality.cli.serve;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.mutuality.jira.webhook.Receipt;

/**
 * What {@code mutuality serve} counts, written in the Prometheus text exposition format (version 0.0.4) at
 * {@code /metrics}: webhook deliveries by outcome, evaluations, writes, reconciles, configuration reloads, and the
 * lag from a delivery's arrival to its write-back, as a histogram. Thread-safe; every metric is named
 * {@code mutuality_…}.
 */
public final class Metrics {
  /** The lag histogram's upper bounds, in seconds. */
  static final double[] LAG_BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300};

  private final Map<Receipt.Outcome, LongAdder> deliveries = new ConcurrentHashMap<>();
  private final LongAdder received = new LongAdder();
  private final LongAdder evaluations = new LongAdder();
  private final LongAdder evaluationFailures = new LongAdder();
  private final LongAdder writes = new LongAdder();
  private final LongAdder writeFailures = new LongAdder();
  private final LongAdder planned = new LongAdder();
  private final LongAdder refreshes = new LongAdder();
  private final Map<String, LongAdder> reconciles = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> reloads = new ConcurrentHashMap<>();
  private final LongAdder overflow = new LongAdder();
  private final AtomicLongArray lagBuckets = new AtomicLongArray(LAG_BUCKETS.length);
  private final LongAdder lagCount = new LongAdder();
  private final AtomicLong lagSumNanos = new AtomicLong();
  private final AtomicLong lastReconcileSeconds = new AtomicLong();
  private volatile LongSupplier queueDepth = () -> 0;
  private volatile LongSupplier oldestWaitingNanos = () -> 0;
  private volatile LongSupplier workItems = () -> 0;

  /** A delivery and what the receiver made of it. */
  public void delivery(Receipt.Outcome outcome) {
    received.increment();
    deliveries.computeIfAbsent(outcome, o -> new LongAdder()).increment();
  }

  /** An accepted delivery that could not be queued (the queue is full): answered 503 for Jira to retry. */
  public void overflow() {
    overflow.increment();
  }

  /** An issue evaluated again after a delivery. */
  public void evaluation() {
    evaluations.increment();
  }

  /** An evaluation that failed (Jira could not be read or written); the next reconcile repairs it. */
  public void evaluationFailure() {
    evaluationFailures.increment();
  }

  /** Changes planned (written or, without {@code --apply}, only logged). */
  public void planned(int changes) {
    planned.add(changes);
  }

  /** Changes written into Jira, and issues the write-back could not finish. */
  public void written(int changes, int unfinishedIssues) {
    writes.add(changes);
    writeFailures.add(unfinishedIssues);
  }

  /** A refresh of the partnership-wide figures. */
  public void refresh() {
    refreshes.increment();
  }

  /** A full reconcile, {@code ok} or {@code failed}; an ok one is timed at {@code epochSeconds}. */
  public void reconcile(boolean ok, long epochSeconds) {
    reconciles.computeIfAbsent(ok ? "ok" : "failed", k -> new LongAdder()).increment();
    if (ok) {
      lastReconcileSeconds.set(epochSeconds);
    }
  }

  /** A configuration reload, {@code applied} or {@code refused}. */
  public void reload(boolean applied) {
    reloads.computeIfAbsent(applied ? "applied" : "refused", k -> new LongAdder()).increment();
  }

  /** The time from a delivery's arrival to the end of its evaluation and write-back. */
  public void lag(long nanos) {
    double seconds = nanos / 1e9;
    for (int i = 0; i < LAG_BUCKETS.length; i++) {
      if (seconds <= LAG_BUCKETS[i]) {
        lagBuckets.incrementAndGet(i);
      }
    }
    lagCount.increment();
    lagSumNanos.addAndGet(nanos);
  }

  /** Where the gauges read from: the queue, its oldest waiting change, the session's work items. */
  public void gauges(LongSupplier queueDepth, LongSupplier oldestWaitingNanos, LongSupplier workItems) {
    this.queueDepth = queueDepth;
    this.oldestWaitingNanos = oldestWaitingNanos;
    this.workItems = workItems;
  }

  /** A count by name, for tests and the health page: {@code received}, {@code evaluations}, {@code writes}, … */
  public long count(String name) {
    return switch (name) {
      case "received" -> received.sum();
      case "evaluations" -> evaluations.sum();
      case "evaluationFailures" -> evaluationFailures.sum();
      case "writes" -> writes.sum();
      case "planned" -> planned.sum();
      case "refreshes" -> refreshes.sum();
      case "overflow" -> overflow.sum();
      default -> throw new IllegalArgumentException("no count named " + name);
    };
  }

  /** How many deliveries had this outcome. */
  public long count(Receipt.Outcome outcome) {
    LongAdder adder = deliveries.get(outcome);
    return adder == null ? 0 : adder.sum();
  }

  /** The metrics in the Prometheus text format. */
  public String text() {
    StringBuilder out = new StringBuilder(4096);
    counter(out, "mutuality_webhook_deliveries_total", "Webhook deliveries received.", received.sum());
    header(out, "mutuality_webhook_deliveries_by_outcome_total", "counter",
        "Webhook deliveries by what was made of them: accepted (evaluated), duplicate, collapsed (a comment's twin "
            + "event), own (the echo of Mutuality's writes), unhandled, or rejected (bad_signature, malformed, "
            + "too_large).");
    for (Receipt.Outcome outcome : Receipt.Outcome.values()) {
      sample(out, "mutuality_webhook_deliveries_by_outcome_total", "outcome",
          outcome.name().toLowerCase(Locale.ROOT), count(outcome));
    }
    counter(out, "mutuality_webhook_rejected_total", "Deliveries refused with a 4xx (signature, body, size).",
        count(Receipt.Outcome.BAD_SIGNATURE) + count(Receipt.Outcome.MALFORMED) + count(Receipt.Outcome.TOO_LARGE));
    counter(out, "mutuality_webhook_duplicates_total", "Deliveries received before (Jira's retries), not evaluated.",
        count(Receipt.Outcome.DUPLICATE));
    counter(out, "mutuality_webhook_overflow_total", "Accepted deliveries answered 503 because the queue was full.",
        overflow.sum());
    counter(out, "mutuality_evaluations_total", "Issues evaluated again after a delivery.", evaluations.sum());
    counter(out, "mutuality_evaluation_failures_total",
        "Evaluations that failed (Jira unreadable); the next reconcile repairs them.", evaluationFailures.sum());
    counter(out, "mutuality_refreshes_total", "Refreshes of the partnership-wide figures.", refreshes.sum());
    counter(out, "mutuality_writeback_planned_total", "Write-back changes planned.", planned.sum());
    counter(out, "mutuality_writes_total", "Write-back changes written into Jira.", writes.sum());
    counter(out, "mutuality_write_failures_total", "Issues the write-back could not bring to the planned state.",
        writeFailures.sum());
    labelled(out, "mutuality_reconciles_total", "Full reads and write-backs, by result.", "result", reconciles,
        "ok", "failed");
    labelled(out, "mutuality_config_reloads_total",
        "Configuration reloads: applied, or refused (the last good configuration stays).", "result", reloads,
        "applied", "refused");
    gauge(out, "mutuality_last_reconcile_timestamp_seconds", "When the last full reconcile finished (Unix time).",
        lastReconcileSeconds.get());
    gauge(out, "mutuality_queue_depth", "Issues waiting to be evaluated.", queueDepth.getAsLong());
    header(out, "mutuality_queue_oldest_seconds", "gauge", "How long the oldest waiting issue has waited.");
    out.append("mutuality_queue_oldest_seconds ").append(seconds(oldestWaitingNanos.getAsLong())).append('\n');
    gauge(out, "mutuality_session_work_items", "Work items in the live session.", workItems.getAsLong());
    header(out, "mutuality_event_lag_seconds", "histogram",
        "From a delivery's arrival to the end of its evaluation and write-back.");
    for (int i = 0; i < LAG_BUCKETS.length; i++) {
      out.append("mutuality_event_lag_seconds_bucket{le=\"").append(bound(LAG_BUCKETS[i])).append("\"} ")
          .append(lagBuckets.get(i)).append('\n');
    }
    long count = lagCount.sum();
    out.append("mutuality_event_lag_seconds_bucket{le=\"+Inf\"} ").append(count).append('\n');
    out.append("mutuality_event_lag_seconds_sum ").append(seconds(lagSumNanos.get())).append('\n');
    out.append("mutuality_event_lag_seconds_count ").append(count).append('\n');
    return out.toString();
  }

  private static String bound(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    header(out, name, "counter", help);
    out.append(name).append(' ').append(value).append('\n');
  }

  private static void gauge(StringBuilder out, String name, String help, long value) {
    header(out, name, "gauge", help);
    out.append(name).append(' ').append(value).append('\n');
  }

  private static void labelled(StringBuilder out, String name, String help, String label,
      Map<String, LongAdder> values, String... always) {
    header(out, name, "counter", help);
    Map<String, Long> sorted = new TreeMap<>();
    for (String value : always) {
      sorted.put(value, 0L);
    }
    values.forEach((k, v) -> sorted.put(k, v.sum()));
    sorted.forEach((k, v) -> sample(out, name, label, k, v));
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void sample(StringBuilder out, String name, String label, String value, long count) {
    out.append(name).append('{').append(label).append("=\"").append(value).append("\"} ").append(count).append('\n');
  }
}
