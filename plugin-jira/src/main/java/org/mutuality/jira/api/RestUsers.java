package org.mutuality.jira.api;

import com.fasterxml.jackson.databind.JavaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Paging;

/** Group members (Cloud by {@code groupId}, Data Center by name; 50 a page) and Data Center users by name. */
final class RestUsers implements UserResource {
  private static final int PAGE = 50;

  private final JiraClient client;
  private final Flavor flavor;
  private final JavaType members;

  RestUsers(JiraClient client, Flavor flavor) {
    this.client = client;
    this.flavor = flavor;
    this.members = client.mapper().getTypeFactory().constructParametricType(ProjectJson.ValuesPage.class,
        UserJson.class);
  }

  @Override
  public List<UserJson> groupMembers(String groupName, String groupId) throws JiraException {
    String path = flavor.api() + "/group/member";
    return Paging.offset(startAt -> {
      Map<String, Object> query = new LinkedHashMap<>();
      if (flavor == Flavor.CLOUD && groupId != null) {
        query.put("groupId", groupId);
      } else {
        query.put("groupname", groupName);
      }
      query.put("includeInactiveUsers", false);
      query.put("startAt", startAt);
      query.put("maxResults", PAGE);
      ProjectJson.ValuesPage<UserJson> page = client.get(path, query, members);
      return new Paging.OffsetPage<>(client.url(path, query), page.values(), page.total(), page.isLast());
    }, Paging.quiet());
  }

  @Override
  public UserJson byName(String name) throws JiraException {
    return client.get(flavor.api() + "/user", Map.of("username", name), UserJson.class);
  }

  @Override
  public SecurityJson.Myself myself() throws JiraException {
    return client.get(flavor.api() + "/myself", Map.of("expand", "groups"), SecurityJson.Myself.class);
  }

  @Override
  public UserJson byAccountId(String accountId) throws JiraException {
    return client.get(flavor.api() + "/user", Map.of("accountId", accountId), UserJson.class);
  }
}
