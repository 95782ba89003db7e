package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProjectAndAgileTest {
  private static JiraSandbox cloud;
  private static JiraSandbox dc;
  private static Http http;
  private static Http dcHttp;

  @BeforeAll
  static void start() {
    cloud = JiraSandbox.builder().flavor(Flavor.CLOUD).start();
    dc = JiraSandbox.builder().flavor(Flavor.DC).start();
    http = Http.basic(cloud, "x");
    dcHttp = Http.basic(dc, "x");
  }

  @AfterAll
  static void stop() {
    cloud.close();
    dc.close();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void projects_list_search_and_one() {
    assertThat(texts(http.get("/rest/api/3/project").json(), "key")).containsExactly("COF", "PIT");
    JsonNode search = http.get("/rest/api/3/project/search?maxResults=1").json();
    assertThat(search.get("total").asInt()).isEqualTo(2);
    assertThat(search.get("isLast").asBoolean()).isFalse();
    assertThat(texts(search.get("values"), "key")).containsExactly("COF");
    assertThat(dcHttp.get("/rest/api/2/project/search").status()).isEqualTo(404);
    JsonNode cof = http.get("/rest/api/3/project/COF").json();
    assertThat(cof.get("lead").get("displayName").asText()).isEqualTo("Laura Restrepo");
    assertThat(cof.get("roles").get("Steering Committee").asText())
        .isEqualTo(cloud.baseUri() + "/rest/api/3/project/10000/role/10101");
    assertThat(cof.get("avatarUrls").get("48x48").asText())
        .isEqualTo(cloud.baseUri() + "/rest/api/3/universal_avatar/view/type/project/avatar/10400?size=large");
    Http.Answer missing = http.get("/rest/api/3/project/NOPE");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.raw()).isEqualTo("{\"errorMessages\":[\"No project could be found with key 'NOPE'.\"],"
        + "\"errors\":{}}");
  }

  @Test
  void avatars_tell_a_system_avatar_from_a_logo() {
    JsonNode cof = http.get("/rest/api/3/project/COF/avatars").json();
    assertThat(cof.get("custom")).isEmpty();
    assertThat(cof.get("system").get(0).get("isSelected").asBoolean()).isTrue();
    assertThat(cof.get("system").get(0).get("isSystemAvatar").asBoolean()).isTrue();
    JsonNode pit = dcHttp.get("/rest/api/2/project/PIT/avatars").json();
    assertThat(pit.get("custom").get(0).get("id").asText()).isEqualTo("10510");
    assertThat(pit.get("custom").get(0).get("isSelected").asBoolean()).isTrue();
    assertThat(pit.get("custom").get(0).get("owner").asText()).isEqualTo("10001");
    assertThat(pit.get("custom").get(0).get("urls").get("16x16").asText())
        .isEqualTo(dc.baseUri() + "/secure/projectavatar?size=xsmall&pid=10001&avatarId=10510");
  }

  @Test
  void versions_with_overdue_and_components_with_leads() {
    JsonNode versions = http.get("/rest/api/3/project/COF/versions").json();
    JsonNode fair = versions.get(3);
    assertThat(fair.get("name").asText()).isEqualTo("Export fair Q4");
    assertThat(fair.get("overdue").asBoolean()).isTrue();
    assertThat(fair.get("releaseDate").asText()).isEqualTo("2026-10-31");
    assertThat(fair.get("userReleaseDate").asText()).isEqualTo("31/Oct/2026");
    assertThat(versions.get(4).get("overdue").asBoolean()).isFalse();
    assertThat(versions.get(1).has("overdue")).isFalse();
    JsonNode components = http.get("/rest/api/3/project/COF/components").json();
    assertThat(components.get(3).get("name").asText()).isEqualTo("Community Outreach");
    assertThat(components.get(3).has("lead")).isFalse();
    assertThat(components.get(0).get("leadAccountId").asText()).isEqualTo("63f1c0ffee000000a11ce004");
    assertThat(dcHttp.get("/rest/api/2/project/COF/components").json().get(0).get("leadUserName").asText())
        .isEqualTo("jorge.perdomo");
  }

  @Test
  void roles_and_actors_per_flavour() {
    JsonNode roles = http.get("/rest/api/3/project/COF/role").json();
    assertThat(roles.fieldNames()).toIterable()
        .containsExactly("Administrators", "Members", "Steering Committee", "Viewers");
    JsonNode steering = http.get("/rest/api/3/project/COF/role/10101").json();
    assertThat(steering.get("actors")).hasSize(4);
    assertThat(steering.get("actors").get(0).toString()).isEqualTo("{\"id\":201010,\"displayName\":\"Café del Sur "
        + "Integration\",\"type\":\"atlassian-user-role-actor\",\"actorUser\":{\"accountId\":\"63f1c0ffee000000a11ce012\"}}");
    assertThat(steering.get("actors").get(1).get("actorGroup").toString()).isEqualTo("{\"name\":\"alcaldia-pitalito\","
        + "\"displayName\":\"alcaldia-pitalito\",\"groupId\":\"5e0c5a4d-0000-4000-8000-000000000001\"}");
    JsonNode dcSteering = dcHttp.get("/rest/api/2/project/COF/role/10101").json();
    assertThat(dcSteering.get("actors").get(0).get("name").asText()).isEqualTo("cafesur-integration");
    assertThat(dcSteering.get("actors").get(0).has("actorUser")).isFalse();
  }

  @Test
  void security_level_members_on_cloud_for_site_admins_only() {
    JsonNode page = http.get("/rest/api/3/issuesecurityschemes/level/member?levelId=10301&expand=projectRole").json();
    assertThat(page.get("total").asInt()).isEqualTo(2);
    assertThat(page.get("values").get(0).toString()).isEqualTo("{\"id\":\"103010\",\"issueSecurityLevelId\":"
        + "\"10301\",\"issueSecuritySchemeId\":\"10000\",\"holder\":{\"expand\":\"projectRole\",\"type\":"
        + "\"projectRole\",\"parameter\":\"10101\",\"value\":\"10101\",\"projectRole\":{\"self\":\""
        + cloud.baseUri() + "/rest/api/3/project/10000/role/10101\",\"name\":\"Steering Committee\",\"id\":10101,"
        + "\"description\":\"Steering committee of the partnership\"}}}");
    assertThat(page.get("values").get(1).get("holder").toString()).isEqualTo("{\"type\":\"reporter\"}");
    JsonNode confidential = http.get("/rest/api/3/issuesecurityschemes/level/member?levelId=10300&maxResults=2")
        .json();
    assertThat(confidential.get("total").asInt()).isEqualTo(3);
    assertThat(confidential.get("isLast").asBoolean()).isFalse();
    assertThat(confidential.get("values").get(1).get("holder").toString()).isEqualTo("{\"expand\":\"group\","
        + "\"type\":\"group\",\"parameter\":\"coopsur\",\"value\":\"5e0c5a4d-0000-4000-8000-000000000003\"}");
    Http.Answer roaster = Http.basic(cloud, "sebastian.vargas@tostadoresandinos.com")
        .get("/rest/api/3/issuesecurityschemes/level/member?levelId=10301");
    assertThat(roaster.status()).isEqualTo(403);
    assertThat(roaster.json().get("errorMessages").get(0).asText()).contains("Administrator privileges");
    assertThat(dcHttp.get("/rest/api/2/issuesecurityschemes/level/member?levelId=10301").status()).isEqualTo(404);
  }

  @Test
  void myself_lists_its_groups_when_expanded() {
    assertThat(http.get("/rest/api/3/myself").json().get("groups").toString())
        .isEqualTo("{\"size\":3,\"items\":[]}");
    JsonNode groups = http.get("/rest/api/3/myself?expand=groups").json().get("groups").get("items");
    assertThat(texts(groups, "name")).containsExactly("cafe-sur-admins", "jira-admins", "jira-software-users");
    assertThat(groups.get(0).get("groupId").asText()).isEqualTo("5e0c5a4d-0000-4000-8000-000000000002");
    JsonNode dc = dcHttp.get("/rest/api/2/myself?expand=groups").json();
    assertThat(dc.get("key").asText()).isEqualTo("JIRAUSER10118");
    assertThat(texts(dc.get("groups").get("items"), "name"))
        .containsExactly("cafe-sur-admins", "jira-admins", "jira-software-users");
  }

  @Test
  void group_members_by_id_on_cloud_and_by_name_on_dc() {
    JsonNode coop = http.get("/rest/api/3/group/member?groupId=5e0c5a4d-0000-4000-8000-000000000003").json();
    assertThat(coop.get("total").asInt()).isEqualTo(4);
    assertThat(texts(coop.get("values"), "displayName"))
        .containsExactly("Jorge Perdomo", "Luz Dary Tovar", "Wilson Cuéllar", "Yamile Rojas");
    JsonNode ngo = dcHttp.get("/rest/api/2/group/member?groupname=fundacion-raices").json();
    assertThat(texts(ngo.get("values"), "name")).containsExactly("anamaria.losada");
    JsonNode ngoAll = dcHttp.get("/rest/api/2/group/member?groupname=fundacion-raices&includeInactiveUsers=true")
        .json();
    assertThat(texts(ngoAll.get("values"), "name")).containsExactly("anamaria.losada", "pedro.salas");
    assertThat(http.get("/rest/api/3/group/member?groupId=x&groupname=coopsur").status()).isEqualTo(400);
    assertThat(http.get("/rest/api/3/group/member?groupname=nobody").status()).isEqualTo(404);
  }

  @Test
  void boards_filtered_by_type() {
    JsonNode all = http.get("/rest/agile/1.0/board?projectKeyOrId=COF").json();
    assertThat(texts(all.get("values"), "type")).containsExactly("scrum", "kanban", "scrum");
    JsonNode kanban = http.get("/rest/agile/1.0/board?projectKeyOrId=COF&type=kanban").json();
    assertThat(texts(kanban.get("values"), "name")).containsExactly("COF Outreach kanban");
    assertThat(http.get("/rest/agile/1.0/board?projectKeyOrId=PIT").json().get("total").asInt()).isZero();
  }

  @Test
  void kanban_board_has_no_sprints() {
    Http.Answer answer = http.get("/rest/agile/1.0/board/2/sprint");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.raw()).isEqualTo("{\"errorMessages\":[\"The board does not support sprints\"],\"errors\":{}}");
  }

  @Test
  void scrum_sprints_with_and_without_goals() {
    JsonNode sprints = http.get("/rest/agile/1.0/board/1/sprint").json();
    assertThat(sprints.get("total").asInt()).isEqualTo(7);
    assertThat(texts(sprints.get("values"), "state"))
        .containsExactly("closed", "closed", "closed", "closed", "closed", "active", "future");
    JsonNode first = sprints.get("values").get(0);
    assertThat(first.toString()).isEqualTo("{\"id\":1,\"self\":\"" + cloud.baseUri() + "/rest/agile/1.0/sprint/1\","
        + "\"state\":\"closed\",\"name\":\"COF Sprint 1\",\"startDate\":\"2026-08-03T14:00:00.000Z\","
        + "\"endDate\":\"2026-08-17T14:00:00.000Z\",\"completeDate\":\"2026-08-17T16:00:00.000Z\","
        + "\"createdDate\":\"2026-07-31T14:00:00.000Z\",\"originBoardId\":1,"
        + "\"goal\":\"Map every member farm's altitude and variety\"}");
    assertThat(sprints.get("values").get(1).get("goal").asText()).isEmpty();
    assertThat(sprints.get("values").get(2).has("goal")).isFalse();
    JsonNode future = sprints.get("values").get(6);
    assertThat(future.has("startDate")).isFalse();
    JsonNode active = http.get("/rest/agile/1.0/board/1/sprint?state=active").json();
    assertThat(texts(active.get("values"), "name")).containsExactly("COF Sprint 6");
  }

  @Test
  void sprint_issues_carry_the_agile_fields() {
    JsonNode page = http.get("/rest/agile/1.0/sprint/6/issue?fields=summary").json();
    assertThat(page.get("total").asInt()).isEqualTo(14);
    JsonNode carried = page.get("issues").get(0);
    assertThat(carried.get("key").asText()).isEqualTo("COF-5");
    assertThat(carried.get("fields").get("sprint").get("id").asInt()).isEqualTo(6);
    assertThat(carried.get("fields").get("closedSprints")).hasSize(5);
    assertThat(carried.get("fields").get("flagged").asBoolean()).isFalse();
  }

  @Test
  void fields_and_link_types() {
    JsonNode fields = http.get("/rest/api/3/field").json();
    assertThat(texts(fields, "id")).contains("customfield_10020", "customfield_10021");
    assertThat(texts(dcHttp.get("/rest/api/2/field").json(), "id")).contains("customfield_10101");
    JsonNode types = http.get("/rest/api/3/issueLinkType").json().get("issueLinkTypes");
    assertThat(texts(types, "name")).containsExactly("Blocks", "Cloners", "Duplicate", "Relates");
  }

  @Test
  void statuses_with_their_categories_in_every_version() {
    JsonNode statuses = http.get("/rest/api/3/status").json();
    assertThat(texts(statuses, "name")).containsExactly("To Do", "In Progress", "In Review", "Done");
    assertThat(texts(statuses, "id")).containsExactly("10000", "3", "10001", "10002");
    List<String> categories = new ArrayList<>();
    statuses.forEach(s -> categories.add(s.get("statusCategory").get("key").asText()));
    assertThat(categories).containsExactly("new", "indeterminate", "indeterminate", "done");
    JsonNode review = statuses.get(2);
    assertThat(review.get("self").asText()).isEqualTo(cloud.baseUri() + "/rest/api/3/status/10001");
    assertThat(review.get("statusCategory").toString()).isEqualTo("{\"self\":\"" + cloud.baseUri()
        + "/rest/api/3/statuscategory/4\",\"id\":4,\"key\":\"indeterminate\",\"colorName\":\"yellow\","
        + "\"name\":\"In Progress\"}");
    assertThat(http.get("/rest/api/2/status").json()).hasSize(4);
    for (String version : List.of("2", "latest")) {
      JsonNode dcStatuses = dcHttp.get("/rest/api/" + version + "/status").json();
      assertThat(texts(dcStatuses, "name")).containsExactly("To Do", "In Progress", "In Review", "Done");
      assertThat(dcStatuses.get(3).get("self").asText())
          .isEqualTo(dc.baseUri() + "/rest/api/" + version + "/status/10002");
    }
    assertThat(dcHttp.get("/rest/api/3/status").status()).isEqualTo(404);
    assertThat(Http.anonymous(cloud).get("/rest/api/3/status").status()).isEqualTo(401);
  }
}
