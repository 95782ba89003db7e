package org.mutuality.jira;

import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Site;
import org.mutuality.spi.SourceException;

/** Reads of a site with their failures as a {@link SourceException} that names the site (an interrupt kept). */
final class SiteCalls {
  private SiteCalls() {}

  /** A read of the site. */
  @FunctionalInterface
  interface Read<T> {
    T run() throws JiraException, InterruptedException;
  }

  /**
   * The read's result.
   *
   * @param what what is read, for the message (e.g. {@code the Jira site}, {@code issue COF-5 of})
   */
  static <T> T run(Site site, String what, Read<T> read) throws SourceException {
    try {
      return read.run();
    } catch (JiraException e) {
      throw new SourceException("cannot read " + what + " " + site + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException("reading " + what + " " + site + " was interrupted", e);
    }
  }
}
