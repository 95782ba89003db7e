package org.mutuality.jira.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.jira.http.Credentials;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.Site;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.site.Group;
import org.mutuality.sandbox.site.User;

/** Role actors read one way (Cloud and Data Center shapes), and the look-ups that make them people. */
class RoleActorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ProjectJson.Role role(String json) throws Exception {
    return JSON.readValue(json, ProjectJson.Role.class);
  }

  @Test
  void cloud_actors_are_users_by_account_id_and_groups_by_name_with_their_id() throws Exception {
    ProjectJson.Role role = role("{\"id\":10002,\"name\":\"Administrators\",\"actors\":["
        + "{\"actorUser\":{\"accountId\":\"5b10a\"},\"displayName\":\"Mia Krystof\",\"id\":10241,"
        + "\"type\":\"atlassian-user-role-actor\"},"
        + "{\"actorGroup\":{\"name\":\"coopsur\",\"displayName\":\"Coop Sur\",\"groupId\":\"g-1\"},"
        + "\"displayName\":\"Coop Sur\",\"name\":\"coopsur\",\"type\":\"atlassian-group-role-actor\"},"
        + "{\"actorGroup\":{\"displayName\":\"renamed\"},\"name\":\"old-name\","
        + "\"type\":\"atlassian-group-role-actor\"},"
        + "{\"displayName\":\"only shown\",\"type\":\"atlassian-group-role-actor\"},"
        + "{\"displayName\":\"Nobody\",\"type\":\"atlassian-user-role-actor\"}]}");

    assertThat(RoleActors.of(role)).containsExactly(
        new RoleActors.UserActor("5b10a", null, "Mia Krystof"),
        new RoleActors.GroupActor("coopsur", "g-1"),
        new RoleActors.GroupActor("old-name", null),
        new RoleActors.GroupActor("only shown", null),
        new RoleActors.UserActor(null, null, "Nobody"));
    assertThat(((RoleActors.UserActor) RoleActors.of(role).get(4)).id()).isNull();
    assertThat(RoleActors.name(role, "listed")).isEqualTo("Administrators");
  }

  @Test
  void data_center_actors_are_users_by_login_and_groups_by_name() throws Exception {
    ProjectJson.Role role = role("{\"id\":10030,\"actors\":["
        + "{\"id\":10030,\"displayName\":\"jira-superuser\",\"type\":\"atlassian-user-role-actor\","
        + "\"name\":\"superuser\"},"
        + "{\"id\":10031,\"displayName\":\"jira-users\",\"type\":\"atlassian-group-role-actor\","
        + "\"name\":\"jira-users\"}]}");

    assertThat(RoleActors.of(role)).containsExactly(new RoleActors.UserActor(null, "superuser", "jira-superuser"),
        new RoleActors.GroupActor("jira-users", null));
    assertThat(((RoleActors.UserActor) RoleActors.of(role).get(0)).id()).isEqualTo("superuser");
    assertThat(RoleActors.name(role, "Users")).isEqualTo("Users");
  }

  @Test
  void a_role_without_actors_has_none() throws Exception {
    assertThat(RoleActors.of(role("{\"id\":1,\"name\":\"Viewers\"}"))).isEmpty();
    assertThat(RoleActors.of(null)).isEmpty();
    assertThat(RoleActors.roleId("https://x.example/rest/api/3/project/10000/role/10102")).isEqualTo("10102");
  }

  @ParameterizedTest
  @EnumSource(org.mutuality.sandbox.Flavor.class)
  void groups_resolve_to_their_active_members_and_users_to_their_accounts(org.mutuality.sandbox.Flavor flavor)
      throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).start()) {
      JiraClient client = new JiraClient(Site.parse(jira.baseUri().toString()), new JdkTransport(
          Credentials.basic("integration@cafesur-partnership.org", "t0ken"), Duration.ofSeconds(5),
          Duration.ofSeconds(30)));
      JiraApi api = JiraApi.of(client, flavor == org.mutuality.sandbox.Flavor.CLOUD ? Flavor.CLOUD
          : Flavor.DATA_CENTER);
      Group coopsur = jira.dataset().site().groups().stream().filter(g -> g.name().equals("coopsur")).findFirst()
          .orElseThrow();
      List<String> expected = coopsur.memberIds().stream().map(id -> user(jira, id)).filter(User::active)
          .map(u -> flavor == org.mutuality.sandbox.Flavor.CLOUD ? u.accountId() : u.key()).sorted().toList();

      // by id on Cloud, by name everywhere (the id is ignored on Data Center)
      assertThat(RoleActors.members(api.users(), new RoleActors.GroupActor("coopsur", coopsur.groupId())))
          .extracting(org.mutuality.jira.mapping.People::idOf).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(RoleActors.members(api.users(), new RoleActors.GroupActor("coopsur", null)))
          .extracting(org.mutuality.jira.mapping.People::idOf).containsExactlyInAnyOrderElementsOf(expected);

      User jorge = jira.dataset().site().users().stream().filter(u -> u.name().equals("jorge.perdomo")).findFirst()
          .orElseThrow();
      RoleActors.UserActor actor = flavor == org.mutuality.sandbox.Flavor.CLOUD
          ? new RoleActors.UserActor(jorge.accountId(), null, "Jorge") : new RoleActors.UserActor(null, "jorge.perdomo",
          "Jorge");
      UserJson account = RoleActors.account(api.users(), actor);
      assertThat(account.displayName()).isEqualTo(jorge.displayName());
      assertThat(account.emailAddress()).isEqualTo(jorge.email());
    }
  }

  private static User user(JiraSandbox jira, String accountId) {
    return jira.dataset().site().users().stream().filter(u -> u.accountId().equals(accountId)).findFirst()
        .orElseThrow();
  }
}
