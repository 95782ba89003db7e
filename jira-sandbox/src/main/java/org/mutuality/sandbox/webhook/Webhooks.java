package org.mutuality.sandbox.webhook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends webhook events to the registered receivers, asynchronously, on one sender thread with a bounded queue.
 *
 * <p>Each delivery (one event to one webhook) carries {@code X-Atlassian-Webhook-Identifier} (a fresh UUID, the
 * same on every retry), {@code X-Atlassian-Webhook-Flow: Primary} and, when the webhook has a secret,
 * {@code X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>}. A delivery is retried, as Jira Cloud does
 * ({@code jira-api/NOTES.md} §4.3), when the receiver answers 408, 409, 425, 429 or 5xx or the connection fails
 * or times out: at most {@value #MAX_RETRIES} retries, {@code 250 ms}, {@code 500 ms} then {@code 1 s} after the
 * failure (Jira waits minutes; the sandbox keeps tests fast), each with {@code X-Atlassian-Webhook-Retry: <n>}.
 * Retries wait in the queue without holding up other deliveries, so order is not guaranteed after a failure —
 * nor is it by Jira. When {@value #QUEUE_CAPACITY} deliveries are waiting, new events are dropped and logged.
 *
 * <p>Tests wait with {@link #awaitIdle(Duration)} and read {@link #attempts()}. Secrets are never logged.
 */
public final class Webhooks implements AutoCloseable {
  /** Deliveries that may wait; beyond it new events are dropped. */
  public static final int QUEUE_CAPACITY = 10_000;
  /** Retries after the first attempt. */
  public static final int MAX_RETRIES = 3;
  /** The wait before the first retry; it doubles for each further retry. */
  public static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

  private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
  private static final Set<Integer> RETRIED = Set.of(408, 409, 425, 429);
  private static final int ATTEMPT_LOG_CAP = 10_000;

  private record Pending(long dueNanos, long seq, Webhook hook, String event, String identifier, byte[] body,
      int retry) {
  }

  private final List<Webhook> hooks;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
      .version(HttpClient.Version.HTTP_1_1).build();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> a.dueNanos() != b.dueNanos()
      ? Long.compare(a.dueNanos(), b.dueNanos()) : Long.compare(a.seq(), b.seq()));
  private final List<DeliveryAttempt> attempts = new ArrayList<>();
  private final Thread sender;
  private long seq;
  private int outstanding;
  private boolean closed;

  /** @param hooks the registered webhooks; with none, nothing is ever sent and no thread is started */
  public Webhooks(List<Webhook> hooks) {
    this.hooks = List.copyOf(hooks);
    if (this.hooks.isEmpty()) {
      sender = null;
      return;
    }
    sender = new Thread(this::run, "jira-sandbox-webhooks");
    sender.setDaemon(true);
    sender.start();
    LOG.info("Jira sandbox webhooks: {}", this.hooks);
  }

  /** @return the registered webhooks */
  public List<Webhook> registered() {
    return hooks;
  }

  /**
   * Queues an event for every webhook that subscribed to it.
   *
   * @param event the event name
   * @param body the JSON payload, sent as is
   */
  public void publish(String event, byte[] body) {
    for (Webhook hook : hooks) {
      if (!hook.events().contains(event)) {
        continue;
      }
      lock.lock();
      try {
        if (closed) {
          return;
        }
        if (queue.size() >= QUEUE_CAPACITY) {
          LOG.warn("webhook queue full ({} deliveries): dropped {} to {}", QUEUE_CAPACITY, event, hook.url());
          continue;
        }
        queue.add(new Pending(System.nanoTime(), seq++, hook, event, UUID.randomUUID().toString(), body, 0));
        outstanding++;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * Waits until every queued delivery has been delivered or has used up its retries.
   *
   * @param timeout the longest wait
   * @return whether the sender is idle; false on timeout or interruption
   */
  public boolean awaitIdle(Duration timeout) {
    long left = timeout.toNanos();
    lock.lock();
    try {
      while (outstanding > 0) {
        if (left <= 0) {
          return false;
        }
        left = changed.awaitNanos(left);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  /** @return every POST made so far, oldest first (the most recent {@value #ATTEMPT_LOG_CAP}) */
  public List<DeliveryAttempt> attempts() {
    synchronized (attempts) {
      return List.copyOf(attempts);
    }
  }

  /** Stops the sender; waiting deliveries are dropped. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      int dropped = queue.size();
      queue.clear();
      outstanding = 0;
      changed.signalAll();
      if (dropped > 0) {
        LOG.debug("webhooks closed with {} deliveries waiting", dropped);
      }
    } finally {
      lock.unlock();
    }
    if (sender != null) {
      sender.interrupt();
      try {
        sender.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    while (true) {
      Pending next;
      lock.lock();
      try {
        while (true) {
          if (closed) {
            return;
          }
          Pending head = queue.peek();
          long wait = head == null ? TimeUnit.SECONDS.toNanos(1) : head.dueNanos() - System.nanoTime();
          if (head != null && wait <= 0) {
            next = queue.poll();
            break;
          }
          changed.awaitNanos(wait);
        }
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      Pending retry = send(next);
      lock.lock();
      try {
        if (closed) {
          return;
        }
        if (retry != null) {
          queue.add(retry);
        } else {
          outstanding--;
        }
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** @return the retry to queue, or null when the delivery is finished */
  private Pending send(Pending p) {
    HttpRequest.Builder request = HttpRequest.newBuilder(p.hook().url())
        .timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json; charset=UTF-8")
        .header("User-Agent", "Atlassian Webhook HTTP Client")
        .header("X-Atlassian-Webhook-Identifier", p.identifier())
        .header("X-Atlassian-Webhook-Flow", "Primary")
        .POST(HttpRequest.BodyPublishers.ofByteArray(p.body()));
    if (p.retry() > 0) {
      request.header("X-Atlassian-Webhook-Retry", String.valueOf(p.retry()));
    }
    if (p.hook().secret() != null) {
      request.header("X-Hub-Signature", Signatures.xHubSignature(p.hook().secret(), p.body()));
    }
    int status = 0;
    String error = null;
    try {
      status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    }
    DeliveryAttempt attempt = new DeliveryAttempt(p.identifier(), p.event(), p.hook().url(), p.retry(), status,
        error);
    synchronized (attempts) {
      if (attempts.size() == ATTEMPT_LOG_CAP) {
        attempts.remove(0);
      }
      attempts.add(attempt);
    }
    boolean retryable = error != null || status >= 500 || RETRIED.contains(status);
    LOG.debug("webhook {} {} to {} (retry {}): {}", p.event(), p.identifier(), p.hook().url(), p.retry(),
        error != null ? error : status);
    if (!retryable || p.retry() >= MAX_RETRIES || Thread.currentThread().isInterrupted()) {
      if (!attempt.delivered()) {
        LOG.warn("webhook {} {} to {} not delivered: {}", p.event(), p.identifier(), p.hook().url(),
            error != null ? error : "HTTP " + status);
      }
      return null;
    }
    long backoff = FIRST_BACKOFF.toNanos() << p.retry();
    return new Pending(System.nanoTime() + backoff, nextSeq(), p.hook(), p.event(), p.identifier(), p.body(),
        p.retry() + 1);
  }

  private long nextSeq() {
    lock.lock();
    try {
      return seq++;
    } finally {
      lock.unlock();
    }
  }
}
