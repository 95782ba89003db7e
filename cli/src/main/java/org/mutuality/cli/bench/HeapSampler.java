package org.mutuality.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap during a piece of work, the same way for Mutuality and for the baseline:
 *
 * <ul>
 *   <li>the <b>peak sampled heap</b>: used heap sampled every 5 ms on a daemon thread, the largest value seen.
 *       Garbage not yet collected counts, so it says as much about the collector's pace as about the work;
 *   <li>the <b>peak heap after GC</b>: the largest heap in use right after a garbage collection (from the JVM's
 *       GC notifications), which is what the work kept alive at that moment plus, after a young collection,
 *       old-generation garbage not yet collected. It is the figure a maximum heap ({@code -Xmx}) must hold;
 *   <li>how many collections ran and how long their pauses took.
 * </ul>
 */
final class HeapSampler implements AutoCloseable {
  private final Thread thread;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;
  private volatile boolean running = true;
  private volatile long peak;
  private volatile long peakAfterGc;
  private volatile long collections;
  private volatile long pauseMillis;

  HeapSampler() {
    Runtime runtime = Runtime.getRuntime();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    thread = new Thread(() -> {
      while (running) {
        long used = runtime.totalMemory() - runtime.freeMemory();
        if (used > peak) {
          peak = used;
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private synchronized void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (MemoryUsage pool : info.getGcInfo().getMemoryUsageAfterGc().values()) {
      used += pool.getUsed();
    }
    if (used > peakAfterGc) {
      peakAfterGc = used;
    }
    collections++;
    // G1's concurrent cycle reports its whole duration, most of it not a pause.
    if (!info.getGcName().contains("Concurrent")) {
      pauseMillis += info.getGcInfo().getDuration();
    }
  }

  /** The largest used heap sampled so far, in bytes. */
  long peak() {
    return peak;
  }

  /** The largest heap in use right after a collection so far, in bytes; 0 when none ran. */
  long peakAfterGc() {
    return peakAfterGc;
  }

  long collections() {
    return collections;
  }

  long pauseMillis() {
    return pauseMillis;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join();
    // GC notifications arrive on the JVM's service thread, a moment after the collection.
    Thread.sleep(100);
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}
