package org.mutuality.jira.api;

import com.fasterxml.jackson.databind.JavaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Paging;

/** {@code /rest/agile/1.0}: the same on Cloud and Data Center; pages of {@code values} with {@code isLast}. */
final class RestAgile implements AgileResource {
  private static final String AGILE = "/rest/agile/1.0";
  private static final int PAGE = 50;

  private final JiraClient client;
  private final JavaType boards;
  private final JavaType sprints;

  RestAgile(JiraClient client) {
    this.client = client;
    var types = client.mapper().getTypeFactory();
    this.boards = types.constructParametricType(ProjectJson.ValuesPage.class, ProjectJson.Board.class);
    this.sprints = types.constructParametricType(ProjectJson.ValuesPage.class, ProjectJson.Sprint.class);
  }

  @Override
  public List<ProjectJson.Board> boards(String projectKey) throws JiraException {
    String path = AGILE + "/board";
    return Paging.offset(startAt -> {
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("projectKeyOrId", projectKey);
      query.put("type", "scrum");
      query.put("startAt", startAt);
      query.put("maxResults", PAGE);
      ProjectJson.ValuesPage<ProjectJson.Board> page = client.get(path, query, boards);
      return new Paging.OffsetPage<>(client.url(path, query), page.values(), page.total(), page.isLast());
    }, Paging.quiet());
  }

  @Override
  public List<ProjectJson.Sprint> sprints(long boardId) throws JiraException {
    String path = AGILE + "/board/" + boardId + "/sprint";
    return Paging.offset(startAt -> {
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("startAt", startAt);
      query.put("maxResults", PAGE);
      ProjectJson.ValuesPage<ProjectJson.Sprint> page = client.get(path, query, sprints);
      return new Paging.OffsetPage<>(client.url(path, query), page.values(), page.total(), page.isLast());
    }, Paging.quiet());
  }
}
