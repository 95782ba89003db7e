package org.mutuality.cli;

import java.io.PrintStream;
import org.mutuality.jira.ReadProgress;

/**
 * The progress of a Jira read on the terminal: one line on stderr, rewritten in place ({@code \r}) as the read goes
 * — the stage, issues read of those expected (Cloud's approximate count, Data Center's total; only the count read
 * while neither is known), requests sent and retries — and ended with a line break. Only when stderr is a terminal
 * and the command is not quiet: redirected output never gets it.
 */
final class TerminalProgress implements ReadProgress {
  private final PrintStream err;
  private boolean shown;

  private TerminalProgress(PrintStream err) {
    this.err = err;
  }

  /** The progress of a read from the command line: this line on {@code System.err} when it is a terminal. */
  static ReadProgress of(boolean quiet) {
    return of(quiet, System.console() != null, System.err);
  }

  /**
   * @param quiet whether the command was asked to say nothing
   * @param terminal whether {@code err} is a terminal
   * @param err where the line goes
   * @return the line, or {@link ReadProgress#NONE}
   */
  static ReadProgress of(boolean quiet, boolean terminal, PrintStream err) {
    return quiet || !terminal ? ReadProgress.NONE : new TerminalProgress(err);
  }

  /** The line for one update, starting with a carriage return and padded to cover a longer line before it. */
  static String line(String stage, int read, int expected, long requests, long retries) {
    return "\rreading Jira: " + stage + ", " + read + (expected >= 0 ? "/" + expected : "") + " issues, " + requests
        + " requests" + (retries == 1 ? ", 1 retry" : retries > 1 ? ", " + retries + " retries" : "") + "   ";
  }

  @Override
  public synchronized void update(String stage, int read, int expected, long requests, long retries) {
    err.print(line(stage, read, expected, requests, retries));
    err.flush();
    shown = true;
  }

  /** Ends the line once the read is over (whether it succeeded or not), if a line was shown. */
  static void end(ReadProgress progress) {
    if (progress instanceof TerminalProgress line) {
      synchronized (line) {
        if (line.shown) {
          line.err.println();
          line.err.flush();
        }
      }
    }
  }
}
