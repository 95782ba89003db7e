package org.mutuality.cli.bench;

/**
 * Samples used heap every few milliseconds on a daemon thread and keeps the largest value seen: the "peak
 * sampled heap" of a piece of work, measured the same way for Mutuality and for the baseline.
 */
final class HeapSampler implements AutoCloseable {
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
    Runtime runtime = Runtime.getRuntime();
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

  /** The largest used heap seen so far, in bytes. */
  long peak() {
    return peak;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join();
  }
}
