package org.mutuality.jira.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site URLs, credentials, error messages and paging: the connection's rules. */
class ConnectionTest {
  @TempDir
  Path dir;

  @Test
  void https_is_required_except_to_loopback() {
    assertThat(Site.parse("https://cafe.atlassian.net/").base()).hasToString("https://cafe.atlassian.net");
    assertThat(Site.parse("https://jira.example/jira/").base()).hasToString("https://jira.example/jira");
    for (String loopback : List.of("http://127.0.0.1:8080", "http://127.1.2.3", "http://localhost:1", "http://[::1]:8")) {
      assertThat(Site.parse(loopback).base().getScheme()).isEqualTo("http");
    }
    assertThatThrownBy(() -> Site.parse("http://jira.example")).hasMessage("the site URL must use https (http is "
        + "allowed to this machine only: 127.0.0.1, ::1, localhost): http://jira.example");
    assertThatThrownBy(() -> Site.parse("http://128.0.0.1")).hasMessageStartingWith("the site URL must use https");
    assertThatThrownBy(() -> Site.parse("https://me:secret@jira.example")).hasMessageStartingWith(
        "the site URL must not hold credentials").hasMessageNotContaining("secret");
    assertThatThrownBy(() -> Site.parse("jira.example")).hasMessageStartingWith(
        "the site URL is not an http(s) URL of a Jira site");
    // Credentials without a scheme are not echoed either.
    assertThatThrownBy(() -> Site.parse("user:s3cretTok@jira.example")).hasMessageStartingWith(
        "the site URL must not hold credentials").hasMessageNotContaining("s3cretTok");
  }

  @Test
  void the_credentials_decide_the_scheme_and_never_show_the_secret() {
    Credentials basic = Credentials.fromEnvironment(Map.of(Credentials.EMAIL, "ana@example.org",
        Credentials.TOKEN, "tok-123"));
    assertThat(basic.scheme()).isEqualTo(Credentials.Scheme.BASIC);
    assertThat(basic.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
        "ana@example.org:tok-123".getBytes(StandardCharsets.UTF_8)));
    assertThat(basic).hasToString("Credentials[BASIC, user=ana@example.org, secret=****]");
    Credentials bearer = Credentials.fromEnvironment(Map.of(Credentials.PAT, "pat-456"));
    assertThat(bearer.authorization()).isEqualTo("Bearer pat-456");
    assertThat(bearer).hasToString("Credentials[BEARER, secret=****]");
    assertThat(Credentials.fromEnvironment(Map.of())).isNull();
    assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of(Credentials.TOKEN, "tok-123")))
        .hasMessage("the environment sets MUTUALITY_JIRA_TOKEN without MUTUALITY_JIRA_EMAIL");
    assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of(Credentials.PAT, "p", Credentials.EMAIL, "e")))
        .hasMessageStartingWith("the environment sets both MUTUALITY_JIRA_PAT and");
  }

  @Test
  void a_credentials_file_must_be_private() throws Exception {
    Path file = dir.resolve("jira.credentials");
    Files.writeString(file, "# for the sandbox\nMUTUALITY_JIRA_PAT = pat-789\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> Credentials.fromFile(file)).hasMessage(file + " is readable by others (rw-r--r--); a "
        + "credentials file must be readable by its owner only: chmod 600 " + file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThat(Credentials.fromFile(file).authorization()).isEqualTo("Bearer pat-789");
    // A token pasted on a line of its own parses as a "key" at its '=': it must not be echoed.
    Files.writeString(file, "MUTUALITY_JIRA_EMAIL=ana@example.org\nATATT3xFfGF0SECRETPART=AB12CD34\n");
    assertThatThrownBy(() -> Credentials.fromFile(file)).hasMessage(file + ": 1 line(s) that are not one of "
        + "[MUTUALITY_JIRA_EMAIL, MUTUALITY_JIRA_TOKEN, MUTUALITY_JIRA_PAT] (not shown, in case they hold a secret); "
        + "a credentials file holds MUTUALITY_JIRA_EMAIL and MUTUALITY_JIRA_TOKEN, or MUTUALITY_JIRA_PAT")
        .hasMessageNotContaining("SECRETPART");
  }

  @Test
  void a_non_2xx_carries_status_url_and_jiras_messages() {
    JiraRequest request = JiraRequest.get(java.net.URI.create("https://jira.example/rest/api/3/project/XYZ"));
    JiraException e = JiraException.of(request, JiraResponse.of(404, Map.of(),
        "{\"errorMessages\":[\"No project could be found with key 'XYZ'.\"],\"errors\":{\"key\":\"bad\"}}"));
    assertThat(e).hasMessage("GET https://jira.example/rest/api/3/project/XYZ answered 404: No project could be "
        + "found with key 'XYZ'.; key: bad");
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.errorMessages()).containsExactly("No project could be found with key 'XYZ'.");
    assertThat(e.errors()).containsEntry("key", "bad");
    assertThat(JiraException.of(request, JiraResponse.of(429, Map.of(), "<html>busy</html>")))
        .hasMessage("GET https://jira.example/rest/api/3/project/XYZ answered 429");
  }

  @Test
  void paging_stops_at_the_total_and_refuses_to_loop() throws Exception {
    List<Integer> starts = new java.util.ArrayList<>();
    List<Integer> all = Paging.offset(startAt -> {
      starts.add(startAt);
      List<Integer> values = startAt >= 5 ? List.of() : List.of(startAt, startAt + 1).subList(0,
          Math.min(2, 5 - startAt));
      return new Paging.OffsetPage<>("u?startAt=" + startAt, values, 5, null);
    }, Paging.quiet());
    assertThat(all).containsExactly(0, 1, 2, 3, 4);
    assertThat(starts).containsExactly(0, 2, 4);

    assertThatThrownBy(() -> Paging.offset(startAt -> new Paging.OffsetPage<Integer>("https://j/x?startAt=" + startAt,
        List.of(), 3, null), Paging.quiet())).hasMessage("GET https://j/x?startAt=0 answered 200: an empty page at "
        + "startAt 0 though total is 3");
    assertThatThrownBy(() -> Paging.token(token -> new Paging.TokenPage<>("https://j/search/jql", List.of(1), "same",
        false), Paging.quiet())).hasMessage("POST https://j/search/jql answered 200: the same nextPageToken came "
        + "twice; paging stopped");
  }
}
