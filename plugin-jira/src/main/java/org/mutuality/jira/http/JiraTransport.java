package org.mutuality.jira.http;

import java.io.IOException;

/**
 * Sends one request to Jira and returns whatever it answered, whatever the status. The one place that talks
 * HTTP, so it can be decorated (retries, rate limits, bounded concurrency) and replaced in tests.
 */
@FunctionalInterface
public interface JiraTransport {
  /**
   * @throws IOException when no answer came (connection refused or dropped, timeout)
   * @throws InterruptedException when the calling thread was interrupted
   */
  JiraResponse send(JiraRequest request) throws IOException, InterruptedException;
}
