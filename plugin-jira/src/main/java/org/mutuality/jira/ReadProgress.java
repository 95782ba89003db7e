package org.mutuality.jira;

/** Hears how a long read goes, e.g. to keep a progress line on a terminal. */
@FunctionalInterface
public interface ReadProgress {
  /** Says nothing. */
  ReadProgress NONE = (stage, issuesRead, issuesExpected, requests, retries) -> { };

  /**
   * @param stage what is being read, e.g. {@code issues}
   * @param issuesRead issues read so far
   * @param issuesExpected issues expected, or -1 when unknown
   * @param requests requests sent so far
   * @param retries retries so far
   */
  void update(String stage, int issuesRead, int issuesExpected, long requests, long retries);
}
