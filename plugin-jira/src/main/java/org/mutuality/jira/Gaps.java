package org.mutuality.jira;

import java.util.ArrayList;
import java.util.List;
import org.mutuality.jira.http.JiraException;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a read could not see. A part of the site that answers 4xx (403 on roles, 404 when time tracking is off, an
 * endpoint the account may not use) is a gap, named with its URL and status; anything else (no answer, 5xx after
 * the retries) fails the read, so a snapshot never silently depends on a passing outage.
 */
final class Gaps {
  private static final Logger LOG = LoggerFactory.getLogger(Gaps.class);

  /** A call to Jira. */
  @FunctionalInterface
  interface Call<T> {
    T get() throws JiraException;
  }

  private final List<DataGap> gaps = new ArrayList<>();

  /**
   * The call's result, or {@code fallback} with a gap in {@code area} when Jira refused this account that
   * part (403) or does not have it (404). Anything else (401, a 429 after the last retry, 5xx, no answer)
   * fails the read: a gap would turn a broken read into "not evaluable".
   */
  <T> T tolerate(DataArea area, Call<T> call, T fallback) throws JiraException {
    try {
      return call.get();
    } catch (JiraException e) {
      if (e.status() != 403 && e.status() != 404) {
        throw e;
      }
      add(area, e.getMessage());
      return fallback;
    }
  }

  synchronized void add(DataArea area, String reason) {
    LOG.info("not read ({}): {}", area, reason);
    gaps.add(new DataGap(area, reason));
  }

  synchronized List<DataGap> list() {
    return List.copyOf(gaps);
  }
}
