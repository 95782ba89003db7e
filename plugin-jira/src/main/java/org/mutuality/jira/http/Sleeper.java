package org.mutuality.jira.http;

import java.time.Duration;

/** Waits. The real one sleeps; tests pass one that moves a manual clock instead. */
@FunctionalInterface
public interface Sleeper {
  /** The thread sleeps. */
  Sleeper REAL = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

  void sleep(Duration duration) throws InterruptedException;
}
