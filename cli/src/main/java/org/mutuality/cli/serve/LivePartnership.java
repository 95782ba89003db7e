package org.mutuality.cli.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.engine.LiveAudit;
import org.mutuality.engine.MutualityEngine;
import org.mutuality.io.InputException;
import org.mutuality.jira.JiraLiveSource;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.webhook.Receipt;
import org.mutuality.jira.writeback.ApplyResult;
import org.mutuality.jira.writeback.IssueState;
import org.mutuality.jira.writeback.JiraWriteBack;
import org.mutuality.jira.writeback.ObservedIssue;
import org.mutuality.jira.writeback.Plan;
import org.mutuality.model.ItemFacts;
import org.mutuality.model.Snapshot;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;
import org.mutuality.spi.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One partnership kept live by {@code mutuality serve}: a worker thread owns its {@link LiveAudit} and does, one at
 * a time, what the deliveries and the clock ask for.
 *
 * <ul>
 *   <li>A changed issue: read it again from Jira (the payload is a preview), replace its facts in the session, and
 *       write back the difference for the issues whose findings changed (and the issue itself, whose marks a person
 *       may have touched). Changes to one issue that wait together are evaluated once.
 *   <li>Once no change has come for a while: move the session's instant to now and refresh the partnership-wide
 *       figures ({@link LiveAudit#advance}), so that a comment on a stalled item clears its warning.
 *   <li>Every reconcile interval, and at start: read the whole scope again, start a new session at the current
 *       instant, and write back the whole plan (the summary issue too): this repairs whatever a missed delivery
 *       left behind.
 *   <li>Every reload interval: when the configuration or an organisation rule file changed, load it; a broken one
 *       is refused and logged, and the last good one stays. A good one takes effect through a reconcile.
 * </ul>
 *
 * Failures do not stop the worker: a failed evaluation is counted and left to the next reconcile, a failed reconcile
 * is retried with a growing wait, and a changed configuration that cannot read the site is refused. Only an
 * {@link Error} (out of memory) stops it: {@code /health} then answers 503 {@code down}, and so do deliveries.
 */
public final class LivePartnership implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LivePartnership.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
  private static final Duration MAX_RETRY = Duration.ofMinutes(5);
  private static final long POLL_MILLIS = 200;

  /**
   * A loaded configuration.
   *
   * @param engine the rule base and configuration
   * @param jira the site and scope to read
   * @param writeBack how Mutuality's writes are marked
   */
  public record Setup(MutualityEngine engine, JiraSettings jira, WriteBackSettings writeBack) {
    public Setup {
      Objects.requireNonNull(engine, "engine");
      Objects.requireNonNull(jira, "jira");
      Objects.requireNonNull(writeBack, "writeBack");
    }
  }

  /** Loads the configuration, and tells cheaply whether its files changed. */
  public interface Loader {
    /** A fingerprint of the files a load reads (names, sizes, modification times): a change means reload. */
    String fingerprint();

    /**
     * Loads them.
     *
     * @throws SetupException naming the file and place when they are broken
     */
    Setup load() throws SetupException;
  }

  /** A configuration that cannot be loaded, with a message naming the place. */
  public static final class SetupException extends Exception {
    private static final long serialVersionUID = 1L;

    public SetupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Opens the connections to Jira for a setup. */
  public interface Connector {
    /** The source reading the scope of {@code jira}. */
    JiraLiveSource source(JiraSettings jira);

    /** The write-back into that site. */
    JiraWriteBack writeBack(JiraSettings jira, WriteBackSettings writeBack) throws JiraException;

    /** Over the JDK HTTP client, with the settings' credentials. */
    Connector JDK = new Connector() {
      @Override
      public JiraLiveSource source(JiraSettings jira) {
        return JiraLiveSource.connect(jira, null);
      }

      @Override
      public JiraWriteBack writeBack(JiraSettings jira, WriteBackSettings writeBack) throws JiraException {
        return JiraWriteBack.connect(jira, writeBack);
      }
    };
  }

  /**
   * How the worker paces itself.
   *
   * @param reconcileEvery between two full reconciles
   * @param refreshAfter how long without a change before the partnership-wide figures are refreshed
   * @param reloadEvery how often the configuration's files are checked for a change
   * @param apply whether to write into Jira, else only log the plans
   * @param maxQueue how many issues may wait; beyond, a delivery is answered 503 for Jira to retry
   * @param clock the clock the sessions' instant is read from
   */
  public record Options(Duration reconcileEvery, Duration refreshAfter, Duration reloadEvery, boolean apply,
      int maxQueue, Clock clock) {
    public Options {
      for (Duration d : new Duration[] {reconcileEvery, refreshAfter, reloadEvery}) {
        if (d == null || d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("intervals must be positive");
        }
      }
      if (maxQueue < 1) {
        throw new IllegalArgumentException("maxQueue must be positive");
      }
      Objects.requireNonNull(clock, "clock");
    }
  }

  /**
   * What {@code /health} shows of the partnership.
   *
   * @param state {@code starting} (no session yet), {@code ok}, {@code degraded} (the last reconcile failed, or a
   *     changed configuration was refused: the session runs on, possibly stale), or {@code down} (the worker died
   *     of an error: restart the service)
   * @param workItems work items in the session
   * @param queued issues waiting
   * @param lastReconcile when the last reconcile finished, or {@code null}
   * @param problem the last reconcile's or reload's failure, or {@code null}
   */
  public record Health(String state, int workItems, int queued, Instant lastReconcile, String problem) {
    /** Whether a session serves the partnership. */
    public boolean up() {
      return !"starting".equals(state) && !"down".equals(state);
    }
  }

  private final Loader loader;
  private final Connector connector;
  private final Options options;
  private final Metrics metrics;
  private final Consumer<String> onReader;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  /** Issue key (or {@code id:<id>}) to the nano time its first waiting delivery arrived. */
  private final LinkedHashMap<String, Long> pending = new LinkedHashMap<>();
  private final Thread worker;
  private volatile boolean closed;
  private boolean reconcileRequested = true;
  private boolean busy;

  // Owned by the worker thread.
  private Setup setup;
  private Setup loaded;
  private String fingerprint;
  private JiraLiveSource source;
  private JiraWriteBack writeBack;
  private LiveAudit live;
  private String readerId;
  private long nextReconcile;
  private long nextReload;
  private long lastChange;
  private long lastAdvance;
  private Duration retry = FIRST_RETRY;

  // Read by other threads.
  private volatile Instant lastReconcile;
  private volatile String problem;
  private volatile String reloadProblem;
  private volatile boolean dead;
  private volatile int workItems;
  private volatile Setup published;

  /**
   * A partnership; {@link #start()} starts its worker.
   *
   * @param onReader hears the integration account's person id after each full read (the receiver's own account)
   */
  public LivePartnership(Loader loader, Connector connector, Options options, Metrics metrics,
      Consumer<String> onReader) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.connector = Objects.requireNonNull(connector, "connector");
    this.options = Objects.requireNonNull(options, "options");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.onReader = Objects.requireNonNull(onReader, "onReader");
    metrics.gauges(this::queued, this::oldestWaiting, () -> workItems);
    this.nextReconcile = System.nanoTime();
    this.nextReload = System.nanoTime() + options.reloadEvery().toNanos();
    this.worker = new Thread(this::run, "mutuality-live");
    worker.setDaemon(true);
  }

  /** Starts the worker, which loads the configuration and reads the partnership first. */
  public void start() {
    worker.start();
  }

  /** Whether this partnership's scope may hold the receipt's issue: its project is one of the scope's, or unknown. */
  public boolean covers(Receipt receipt) {
    Setup current = published;
    if (current == null || receipt.projectKey() == null || current.jira().projects().isEmpty()) {
      return true;
    }
    return current.jira().projects().contains(receipt.projectKey());
  }

  /**
   * Queues an accepted delivery's issue(s) for evaluation.
   *
   * @return false when the queue is full (answer 503, forget the delivery, so Jira retries it)
   */
  public boolean submit(Receipt receipt) {
    List<String> keys = new ArrayList<>();
    if (receipt.issueKey() != null) {
      keys.add(receipt.issueKey());
    } else {
      receipt.issueIds().forEach(id -> keys.add("id:" + id));
    }
    if (dead) {
      return false;
    }
    long now = System.nanoTime();
    lock.lock();
    try {
      long fresh = keys.stream().filter(k -> !pending.containsKey(k)).count();
      if (pending.size() + fresh > options.maxQueue()) {
        return false;
      }
      keys.forEach(k -> pending.putIfAbsent(k, now));
      changed.signalAll();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Asks for a full reconcile as soon as the worker is free. */
  public void requestReconcile() {
    lock.lock();
    try {
      reconcileRequested = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** What {@code /health} shows. */
  public Health health() {
    if (dead) {
      return new Health("down", workItems, (int) queued(), lastReconcile, "the worker stopped: " + problem);
    }
    String trouble = problem != null ? problem : reloadProblem;
    String state = lastReconcile == null ? "starting" : trouble != null ? "degraded" : "ok";
    return new Health(state, workItems, (int) queued(), lastReconcile, trouble);
  }

  /**
   * Waits until nothing is queued and the worker is idle (for tests and a clean shutdown).
   *
   * @return whether it got there within the timeout
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (!pending.isEmpty() || reconcileRequested || busy) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  private long queued() {
    lock.lock();
    try {
      return pending.size();
    } finally {
      lock.unlock();
    }
  }

  private long oldestWaiting() {
    lock.lock();
    try {
      Iterator<Long> first = pending.values().iterator();
      return first.hasNext() ? System.nanoTime() - first.next() : 0;
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    while (!closed) {
      Map.Entry<String, Long> next;
      boolean reconcile;
      lock.lock();
      try {
        busy = false;
        changed.signalAll();
        long wait = TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS);
        while (!closed && pending.isEmpty() && !reconcileRequested && wait > 0) {
          wait = changed.awaitNanos(wait);
        }
        if (closed) {
          return;
        }
        reconcile = reconcileRequested;
        reconcileRequested = false;
        next = reconcile || pending.isEmpty() ? null : takeFirst();
        busy = true;
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      try {
        step(reconcile, next);
      } catch (RuntimeException e) {
        LOG.error("the live session's worker met an unexpected error; it goes on", e);
      } catch (Error e) {
        dead = true;
        problem = e.toString();
        LOG.error("the live session's worker stopped: /health answers 503 and deliveries 503; restart the service",
            e);
        throw e;
      }
    }
  }

  /** The longest-waiting issue, taken off the queue (the caller holds the lock). */
  private Map.Entry<String, Long> takeFirst() {
    Iterator<Map.Entry<String, Long>> first = pending.entrySet().iterator();
    Map.Entry<String, Long> head = first.next();
    Map.Entry<String, Long> entry = Map.entry(head.getKey(), head.getValue());
    first.remove();
    return entry;
  }

  private void step(boolean requested, Map.Entry<String, Long> next) {
    long now = System.nanoTime();
    boolean reconcile = requested || now - nextReconcile >= 0;
    if (live != null && now - nextReload >= 0) {
      nextReload = now + options.reloadEvery().toNanos();
      reconcile |= checkReload();
    }
    if (reconcile) {
      reconcile();
    }
    if (live == null) {
      return; // the first read has not succeeded: it will read what the deliveries said
    }
    if (next != null) {
      evaluate(next.getKey(), next.getValue());
      lastChange = System.nanoTime();
    }
    long quiet = System.nanoTime() - lastChange;
    long sinceAdvance = System.nanoTime() - lastAdvance;
    if (next == null && live.aggregatesStale() && quiet >= options.refreshAfter().toNanos()
        || sinceAdvance >= advanceCap()) {
      refresh();
    }
  }

  /**
   * The longest the session's instant stays behind, busy or not: five times {@code --refresh-after}, at least five
   * minutes (a busy site may never be quiet for {@code --refresh-after}).
   */
  private long advanceCap() {
    long five = options.refreshAfter().multipliedBy(5).toNanos();
    return Math.max(five, java.time.Duration.ofMinutes(5).toNanos());
  }

  /** Re-reads one issue, updates the session, writes back the difference. */
  private void evaluate(String waiting, long receivedNanos) {
    try {
      String key = waiting;
      if (waiting.startsWith("id:")) {
        Optional<String> found = source.keyOf(waiting.substring(3));
        if (found.isEmpty()) {
          LOG.debug("issue {} is gone or hidden: nothing to evaluate", waiting.substring(3));
          return;
        }
        key = found.get();
      }
      Optional<ItemFacts> raw = source.readIssue(key);
      Map<String, IssueState> known = new HashMap<>();
      Set<String> issues = new TreeSet<>();
      LiveAudit.Update update;
      if (raw.isEmpty()) {
        update = live.remove(key);
        // Out of the scope but still there: take Mutuality's marks away (a 404 plans nothing).
        issues.add(key);
      } else {
        ObservedIssue observed = writeBack.observe(raw.get(), readerId);
        if (observed.stripped().isEmpty()) {
          return; // a summary issue: written at reconcile
        }
        update = live.update(observed.stripped().get());
        known.put(key, observed.state());
        issues.add(key);
      }
      issues.addAll(update.issues());
      metrics.evaluation();
      writeBack(issues, known, "after a change to " + key);
      workItems = live.size();
      metrics.lag(System.nanoTime() - receivedNanos);
    } catch (SourceException | JiraException | InputException e) {
      metrics.evaluationFailure();
      LOG.warn("could not evaluate {} again (the next reconcile will): {}", waiting, e.getMessage());
    } catch (RuntimeException e) {
      metrics.evaluationFailure();
      LOG.error("evaluating {} again met an unexpected error (the next reconcile repairs it)", waiting, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /**
   * Once a burst of changes is over: moves the session's instant to now (activity since the last instant counts,
   * ages grow) and refreshes the partnership-wide figures, then writes back the issues that changed.
   */
  private void refresh() {
    lastAdvance = System.nanoTime();
    LiveAudit.Update update = live.advance(options.clock().instant());
    metrics.refresh();
    if (update.issues().isEmpty()) {
      return;
    }
    try {
      writeBack(update.issues(), Map.of(), "after the partnership-wide figures changed");
    } catch (JiraException e) {
      metrics.evaluationFailure();
      LOG.warn("could not write back after the refresh (the next reconcile will): {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  private void writeBack(Set<String> issues, Map<String, IssueState> known, String why)
      throws JiraException, InterruptedException {
    List<ReportFinding> findings = live.findings(issues);
    Plan plan = writeBack.planIssues(findings, known, issues);
    apply(plan, why);
  }

  private void apply(Plan plan, String why) throws InterruptedException {
    metrics.planned(plan.writes().size());
    if (plan.writes().isEmpty()) {
      return;
    }
    if (!options.apply()) {
      LOG.info("write-back planned {} ({} change(s), not written without --apply): {}", why, plan.writes().size(),
          plan.writes().stream().map(c -> c.describe()).toList());
      return;
    }
    ApplyResult result = writeBack.apply(plan, JiraWriteBack.Progress.NONE);
    metrics.written(result.applied().size(), result.failed().size());
    LOG.info("wrote {} change(s) {}{}", result.applied().size(), why,
        result.complete() ? "" : "; unfinished: " + result.failed());
  }

  /**
   * Reads the whole scope, starts a new session, writes back the whole plan. With a configuration loaded since the
   * last one, reads with it; the session, source and write-back in use are replaced only when the read succeeded.
   */
  private void reconcile() {
    long started = System.nanoTime();
    try {
      if (setup == null && loaded == null) {
        fingerprint = loader.fingerprint();
        loaded = loader.load();
      }
      Setup using = loaded != null ? loaded : setup;
      JiraLiveSource nextSource = loaded != null ? connector.source(using.jira()) : source;
      JiraWriteBack nextWriteBack = loaded != null ? connector.writeBack(using.jira(), using.writeBack()) : writeBack;
      Snapshot raw = nextSource.read();
      JiraWriteBack.Observed observed = nextWriteBack.observe(raw, JiraWriteBack.Progress.NONE);
      Instant asOf = options.clock().instant();
      LiveAudit fresh = using.engine().live(observed.stripped(), asOf);
      LiveAudit old = live;
      live = fresh;
      setup = using;
      published = using;
      loaded = null;
      source = nextSource;
      writeBack = nextWriteBack;
      readerId = source.readerId();
      onReader.accept(readerId);
      if (old != null) {
        old.close();
      }
      workItems = live.size();
      lastAdvance = System.nanoTime();
      Report report = live.report();
      Plan plan = writeBack.plan(report, observed, setup.jira().projects(), JiraWriteBack.Progress.NONE);
      apply(plan, "by the reconcile");
      lastReconcile = options.clock().instant();
      metrics.reconcile(true, lastReconcile.getEpochSecond());
      problem = null;
      retry = FIRST_RETRY;
      nextReconcile = System.nanoTime() + options.reconcileEvery().toNanos();
      LOG.info("reconciled {} work items, {} findings, as of {} in {} ms", live.size(), report.findings().size(),
          asOf, (System.nanoTime() - started) / 1_000_000);
    } catch (SetupException | SourceException | JiraException | InputException e) {
      failedReconcile(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    } catch (RuntimeException e) {
      LOG.error("the reconcile met an unexpected error", e);
      failedReconcile(e.toString());
    }
  }

  private void failedReconcile(String message) {
    metrics.reconcile(false, 0);
    problem = "reconcile failed: " + message;
    if (loaded != null && setup != null) {
      // The changed configuration cannot read the site: refuse it, and go on with the last good one.
      loaded = null;
      reloadProblem = "the changed configuration was refused, the last good one stays: " + message;
      LOG.error("{}", reloadProblem);
    }
    nextReconcile = System.nanoTime() + retry.toNanos();
    LOG.error("the reconcile failed, trying again in {} s: {}", retry.toSeconds(), message);
    retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
  }

  /**
   * Loads the configuration again when its files changed. A broken one is refused, logged and counted, and the
   * last good one stays.
   *
   * @return whether a new configuration was loaded (the caller reconciles with it)
   */
  private boolean checkReload() {
    String now = loader.fingerprint();
    if (now.equals(fingerprint)) {
      return false;
    }
    fingerprint = now;
    try {
      loaded = loader.load();
      reloadProblem = null;
      metrics.reload(true);
      LOG.info("the configuration changed: loaded it again; reconciling with it");
      return true;
    } catch (SetupException | RuntimeException e) {
      metrics.reload(false);
      reloadProblem = "configuration change refused, the last good one stays: " + e.getMessage();
      LOG.error("the changed configuration is refused; the last good one stays: {}", e.getMessage());
      return false;
    }
  }

  /** Stops the worker (after the evaluation under way) and closes the session. */
  @Override
  public void close() {
    closed = true;
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    try {
      worker.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (live != null && !worker.isAlive()) {
      live.close();
    }
  }
}
