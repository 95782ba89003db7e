package org.mutuality.jira.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Paging;

/** Data Center: {@code GET /rest/api/2/search}, offset paging (Jira cuts {@code maxResults} to its cap, silently). */
final class DcSearch implements SearchResource {
  static final int PAGE = 1000;
  private static final String PATH = "/rest/api/2/search";

  private final JiraClient client;

  DcSearch(JiraClient client) {
    this.client = client;
  }

  @Override
  public List<IssueJson.SearchIssue> search(String jql, List<String> fields, int limit, Paging.Listener listener)
      throws JiraException {
    return Paging.offset(startAt -> {
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("jql", jql);
      query.put("startAt", startAt);
      query.put("maxResults", Math.min(PAGE, limit));
      query.put("fields", String.join(",", fields));
      query.put("expand", "changelog");
      IssueJson.OffsetSearchPage page = client.get(PATH, query, IssueJson.OffsetSearchPage.class);
      return new Paging.OffsetPage<>(client.url(PATH, query), page.issues(), page.total(), null);
    }, listener, limit);
  }
}
