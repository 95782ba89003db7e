package org.mutuality.jira.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Paging;

/**
 * Comments and worklogs through their paged endpoints; the changelog through Cloud's {@code /changelog} and
 * {@code /changelog/bulkfetch}, or on Data Center (which has neither) through the issue with
 * {@code expand=changelog}, which may still embed fewer than its {@code total} (the reader records that as a gap).
 */
final class RestIssues implements IssueResource {
  static final int COMMENT_PAGE = 1000;
  static final int WORKLOG_PAGE = 5000;
  static final int CHANGELOG_PAGE = 100;
  static final int BULK_ISSUES = 1000;
  static final int BULK_PAGE = 1000;

  private final JiraClient client;
  private final Flavor flavor;

  RestIssues(JiraClient client, Flavor flavor) {
    this.client = client;
    this.flavor = flavor;
  }

  private String issuePath(String key) {
    return flavor.api() + "/issue/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }

  @Override
  public Optional<String> key(String issueKeyOrId) throws JiraException {
    try {
      IssueJson.Issue issue = client.get(issuePath(issueKeyOrId), Map.of("fields", "key"), IssueJson.Issue.class);
      return Optional.ofNullable(issue == null ? null : issue.key());
    } catch (JiraException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public List<IssueJson.Comment> comments(String issueKey) throws JiraException {
    String path = issuePath(issueKey) + "/comment";
    return Paging.offset(startAt -> {
      Map<String, Object> query = page(startAt, COMMENT_PAGE);
      query.put("orderBy", "created");
      IssueJson.CommentPage page = client.get(path, query, IssueJson.CommentPage.class);
      return new Paging.OffsetPage<>(client.url(path, query), page.comments(), page.total(), null);
    }, Paging.quiet());
  }

  @Override
  public List<IssueJson.Worklog> worklogs(String issueKey) throws JiraException {
    String path = issuePath(issueKey) + "/worklog";
    return Paging.offset(startAt -> {
      Map<String, Object> query = page(startAt, WORKLOG_PAGE);
      IssueJson.WorklogPage page = client.get(path, query, IssueJson.WorklogPage.class);
      return new Paging.OffsetPage<>(client.url(path, query), page.worklogs(), page.total(), null);
    }, Paging.quiet());
  }

  @Override
  public List<IssueJson.History> changelog(String issueKey) throws JiraException {
    if (flavor == Flavor.DATA_CENTER) {
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("fields", "key");
      query.put("expand", "changelog");
      IssueJson.Issue issue = client.get(issuePath(issueKey), query, IssueJson.Issue.class);
      return issue.changelog() == null || issue.changelog().histories() == null ? List.of()
          : issue.changelog().histories();
    }
    String path = issuePath(issueKey) + "/changelog";
    return Paging.offset(startAt -> {
      Map<String, Object> query = page(startAt, CHANGELOG_PAGE);
      IssueJson.ChangelogBean page = client.get(path, query, IssueJson.ChangelogBean.class);
      return new Paging.OffsetPage<>(client.url(path, query), page.values(), page.total(), page.isLast());
    }, Paging.quiet());
  }

  @Override
  public Map<String, List<IssueJson.History>> changelogs(Map<String, String> keysById) throws JiraException {
    Map<String, List<IssueJson.History>> out = new LinkedHashMap<>();
    if (flavor == Flavor.DATA_CENTER) {
      for (Map.Entry<String, String> issue : keysById.entrySet()) {
        out.put(issue.getKey(), changelog(issue.getValue()));
      }
      return out;
    }
    List<String> ids = new ArrayList<>(keysById.keySet());
    String path = "/rest/api/3/changelog/bulkfetch";
    for (int from = 0; from < ids.size(); from += BULK_ISSUES) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + BULK_ISSUES));
      List<IssueJson.IssueChangelogs> pages = Paging.token(token -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issueIdsOrKeys", batch);
        body.put("maxResults", BULK_PAGE);
        if (token != null) {
          body.put("nextPageToken", token);
        }
        IssueJson.BulkChangelogPage page = client.post(path, body, IssueJson.BulkChangelogPage.class);
        return new Paging.TokenPage<>(client.url(path, null), page.issueChangeLogs(), page.nextPageToken(), null);
      }, Paging.quiet());
      batch.forEach(id -> out.putIfAbsent(id, new ArrayList<>()));
      for (IssueJson.IssueChangelogs logs : pages) {
        if (logs.changeHistories() != null) {
          out.computeIfAbsent(logs.issueId(), id -> new ArrayList<>()).addAll(logs.changeHistories());
        }
      }
    }
    return out;
  }

  private static Map<String, Object> page(int startAt, int max) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("startAt", startAt);
    query.put("maxResults", max);
    return query;
  }
}
