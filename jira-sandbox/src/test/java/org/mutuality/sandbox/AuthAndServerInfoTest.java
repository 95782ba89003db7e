package org.mutuality.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthAndServerInfoTest {
  private static JiraSandbox cloud;
  private static JiraSandbox dc;

  @BeforeAll
  static void start() {
    cloud = JiraSandbox.builder().flavor(Flavor.CLOUD).dataset(Dataset.demo()).port(0).start();
    dc = JiraSandbox.builder().flavor(Flavor.DC).dataset(Dataset.demo()).start();
  }

  @AfterAll
  static void stop() {
    cloud.close();
    dc.close();
  }

  @Test
  void binds_loopback_on_an_ephemeral_port() {
    assertThat(cloud.baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(cloud.baseUri().getPort()).isPositive().isNotEqualTo(dc.baseUri().getPort());
    assertThat(cloud.dataset().now()).isEqualTo(Dataset.DEMO_NOW).hasToString("2026-11-20T09:00:00Z");
  }

  @Test
  void without_credentials_is_401_with_jira_error_body() {
    for (JiraSandbox sandbox : new JiraSandbox[] {cloud, dc}) {
      Http.Answer answer = Http.anonymous(sandbox).get("/rest/api/2/myself");
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.raw()).isEqualTo("{\"errorMessages\":[\"You are not authenticated. Authentication required "
          + "to perform this operation.\"],\"errors\":{}}");
      assertThat(answer.response().headers().firstValue("WWW-Authenticate")).isPresent();
    }
    assertThat(Http.anonymous(cloud).get("/rest/api/3/search/jql?jql=project%3DCOF").status()).isEqualTo(401);
    assertThat(Http.anonymous(dc).get("/rest/agile/1.0/board").status()).isEqualTo(401);
  }

  @Test
  void server_info_needs_no_credentials_and_tells_the_flavours_apart() {
    JsonNode cloudInfo = Http.anonymous(cloud).get("/rest/api/3/serverInfo").json();
    assertThat(cloudInfo.get("deploymentType").asText()).isEqualTo("Cloud");
    assertThat(cloudInfo.get("version").asText()).isEqualTo("1001.0.0-SNAPSHOT");
    assertThat(cloudInfo.get("baseUrl").asText()).isEqualTo(cloud.baseUri().toString());
    assertThat(cloudInfo.get("serverTime").asText()).isEqualTo("2026-11-20T09:00:00.000+0000");

    JsonNode dcInfo = Http.anonymous(dc).get("/rest/api/2/serverInfo").json();
    assertThat(dcInfo.get("deploymentType").asText()).isEqualTo("DataCenter");
    assertThat(dcInfo.get("version").asText()).isEqualTo("10.3.6");
    assertThat(dcInfo.get("versionNumbers").toString()).isEqualTo("[10,3,6]");
    assertThat(dcInfo.get("buildNumber").asLong()).isEqualTo(10030006L);
  }

  @Test
  void a_data_center_sandbox_may_report_another_build() {
    try (JiraSandbox server = JiraSandbox.builder().flavor(Flavor.DC).dcServerInfo("9.12.15", "Server").start()) {
      JsonNode info = Http.anonymous(server).get("/rest/api/2/serverInfo").json();
      assertThat(info.get("deploymentType").asText()).isEqualTo("Server");
      assertThat(info.get("version").asText()).isEqualTo("9.12.15");
      assertThat(info.get("versionNumbers").toString()).isEqualTo("[9,12,15]");
      assertThat(info.get("buildNumber").asLong()).isEqualTo(9120015L);
    }
    assertThatThrownBy(() -> JiraSandbox.builder().dcServerInfo("10.3", "DataCenter"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Data Center version must be like 10.3.6, got 10.3");
    assertThatThrownBy(() -> JiraSandbox.builder().dcServerInfo("10.3.6", "Cloud"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the deployment type must be Server or DataCenter, got Cloud");
  }

  @Test
  void data_center_serves_no_v3() {
    assertThat(Http.basic(dc, "x").get("/rest/api/3/serverInfo").status()).isEqualTo(404);
    assertThat(Http.basic(dc, "x").get("/rest/api/latest/myself").status()).isEqualTo(200);
  }

  @Test
  void unknown_credentials_act_as_the_integration_user() {
    JsonNode me = Http.basic(cloud, "someone@example.org").get("/rest/api/3/myself").json();
    assertThat(me.get("accountId").asText()).isEqualTo("63f1c0ffee000000a11ce012");
    assertThat(me.get("displayName").asText()).isEqualTo("Café del Sur Integration");
    assertThat(me.get("accountType").asText()).isEqualTo("atlassian");
    assertThat(me.has("name")).isFalse();
    assertThat(me.has("key")).isFalse();

    JsonNode dcMe = Http.bearer(dc, "some-personal-access-token").get("/rest/api/2/myself").json();
    assertThat(dcMe.get("name").asText()).isEqualTo("cafesur-integration");
    assertThat(dcMe.get("key").asText()).isEqualTo("JIRAUSER10118");
    assertThat(dcMe.has("accountId")).isFalse();
  }

  @Test
  void a_known_login_acts_as_that_user() {
    JsonNode me = Http.basic(cloud, "valentina.cortes@udam.edu.co").get("/rest/api/3/myself").json();
    assertThat(me.get("displayName").asText()).isEqualTo("Valentina Cortés");
    JsonNode dcMe = Http.bearer(dc, "ricardo.silva").get("/rest/api/2/myself").json();
    assertThat(dcMe.get("key").asText()).isEqualTo("JIRAUSER10114");
  }

  @Test
  void users_cloud_by_account_id_with_bots_as_apps_and_hidden_emails() {
    Http http = Http.basic(cloud, "x");
    JsonNode bot = http.get("/rest/api/3/user?accountId=557058:f58131cb-b67d-43c7-b30d-6b58d40bd077").json();
    assertThat(bot.get("accountType").asText()).isEqualTo("app");
    assertThat(bot.has("emailAddress")).isFalse();
    JsonNode daniela = http.get("/rest/api/3/user?accountId=63f1c0ffee000000a11ce00b").json();
    assertThat(daniela.get("displayName").asText()).isEqualTo("Daniela Mejía");
    assertThat(daniela.has("emailAddress")).isFalse();
    Http.Answer missing = http.get("/rest/api/3/user?accountId=nobody");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.raw()).isEqualTo("{\"errorMessages\":[\"Specified user does not exist or you do not have "
        + "required permissions\"],\"errors\":{}}");
  }

  @Test
  void users_dc_by_name_or_key() {
    Http http = Http.basic(dc, "x");
    JsonNode byName = http.get("/rest/api/2/user?username=jorge.perdomo").json();
    assertThat(byName.get("key").asText()).isEqualTo("JIRAUSER10104");
    assertThat(byName.get("emailAddress").asText()).isEqualTo("jorge.perdomo@coopsur.coop");
    assertThat(byName.get("self").asText()).isEqualTo(dc.baseUri() + "/rest/api/2/user?username=jorge.perdomo");
    JsonNode byKey = http.get("/rest/api/2/user?key=JIRAUSER10113").json();
    assertThat(byKey.get("name").asText()).isEqualTo("pedro.salas");
    assertThat(byKey.get("active").asBoolean()).isFalse();
  }

  @Test
  void logs_every_request() {
    try (JiraSandbox sandbox = JiraSandbox.builder().start()) {
      Http.anonymous(sandbox).get("/rest/api/3/myself");
      Http.basic(sandbox, "x").get("/rest/api/3/project/COF?expand=lead");
      assertThat(sandbox.requests()).containsExactly(
          new LoggedRequest("GET", "/rest/api/3/myself", null, 401),
          new LoggedRequest("GET", "/rest/api/3/project/COF", "expand=lead", 200));
    }
  }
}
