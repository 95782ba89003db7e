package org.mutuality.jira.api;

import com.fasterxml.jackson.databind.JavaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Paging;

/**
 * Cloud's {@code GET /rest/api/3/issuesecurityschemes/level/member?levelId=…} (offset pages of 50, holders expanded).
 * Jira Data Center 10/11 has no equivalent: its {@code /issuesecurityschemes} lists schemes and levels only.
 */
final class RestSecurity implements SecurityResource {
  private static final int PAGE = 50;

  private final JiraClient client;
  private final Flavor flavor;
  private final JavaType members;

  RestSecurity(JiraClient client, Flavor flavor) {
    this.client = client;
    this.flavor = flavor;
    this.members = client.mapper().getTypeFactory().constructParametricType(ProjectJson.ValuesPage.class,
        SecurityJson.LevelMember.class);
  }

  @Override
  public boolean listsLevelMembers() {
    return flavor == Flavor.CLOUD;
  }

  @Override
  public List<SecurityJson.LevelMember> levelMembers(String levelId) throws JiraException {
    if (!listsLevelMembers()) {
      throw new UnsupportedOperationException("Jira Data Center does not list a security level's members");
    }
    String path = flavor.api() + "/issuesecurityschemes/level/member";
    return Paging.offset(startAt -> {
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("levelId", levelId);
      query.put("expand", "user,group,projectRole");
      query.put("startAt", startAt);
      query.put("maxResults", PAGE);
      ProjectJson.ValuesPage<SecurityJson.LevelMember> page = client.get(path, query, members);
      return new Paging.OffsetPage<>(client.url(path, query), page.values(), page.total(), page.isLast());
    }, Paging.quiet());
  }
}
