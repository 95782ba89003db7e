package org.mutuality.jira.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Paging;

/** Cloud: {@code POST /rest/api/3/search/jql}, token paging; never the removed {@code /search}. */
final class CloudSearch implements SearchResource {
  static final int PAGE = 100;
  private static final String PATH = "/rest/api/3/search/jql";
  private static final String COUNT = "/rest/api/3/search/approximate-count";

  private final JiraClient client;

  CloudSearch(JiraClient client) {
    this.client = client;
  }

  @Override
  public Integer approximateCount(String jql) throws JiraException {
    IssueJson.Count count = client.post(COUNT, Map.of("jql", jql), IssueJson.Count.class);
    return count == null ? null : count.count();
  }

  @Override
  public List<IssueJson.SearchIssue> search(String jql, List<String> fields, int limit, Paging.Listener listener)
      throws JiraException {
    String url = client.url(PATH, null);
    return Paging.token(token -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("jql", jql);
      body.put("fields", fields);
      body.put("expand", "changelog");
      body.put("maxResults", Math.min(PAGE, limit));
      if (token != null) {
        body.put("nextPageToken", token);
      }
      IssueJson.TokenSearchPage page = client.post(PATH, body, IssueJson.TokenSearchPage.class);
      return new Paging.TokenPage<>(url, page.issues(), page.nextPageToken(), page.isLast());
    }, listener, limit);
  }
}
