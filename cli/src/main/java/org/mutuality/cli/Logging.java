package org.mutuality.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Switches logging for {@code --debug}; the levels otherwise come from {@code logback.xml}. */
final class Logging {
  private Logging() {}

  /** Mutuality's own loggers at DEBUG, and Drools' warnings shown. */
  static void debug() {
    level("org.mutuality", Level.DEBUG);
    level("org.drools", Level.WARN);
    level("org.kie", Level.WARN);
  }

  private static void level(String name, Level level) {
    if (LoggerFactory.getLogger(name) instanceof Logger logger) {
      logger.setLevel(level);
    }
  }
}
