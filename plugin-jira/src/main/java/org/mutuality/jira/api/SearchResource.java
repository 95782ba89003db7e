package org.mutuality.jira.api;

import java.util.List;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Paging;

/** Issue search: Cloud's {@code /search/jql} (token paging) or Data Center's {@code /search} (offsets). */
public interface SearchResource {
  /**
   * Every issue the JQL matches, with {@code fields} and the changelog preview.
   *
   * @param listener sees the count read so far after each page (and the total, when the flavour knows it)
   */
  default List<IssueJson.SearchIssue> search(String jql, List<String> fields, Paging.Listener listener)
      throws JiraException {
    return search(jql, fields, Integer.MAX_VALUE, listener);
  }

  /**
   * How many issues the JQL matches, approximately (Cloud's {@code POST /search/approximate-count}); {@code null}
   * where the flavour has no such count (Data Center: its search pages carry the total).
   */
  default Integer approximateCount(String jql) throws JiraException {
    return null;
  }

  /** The first {@code limit} issues the JQL matches, in its order; pages stop once that many are read. */
  List<IssueJson.SearchIssue> search(String jql, List<String> fields, int limit, Paging.Listener listener)
      throws JiraException;
}
