package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.config.Configuration;
import org.mutuality.config.SourceSection;
import org.mutuality.io.InputException;

/** The {@code source:} section of type {@code jira}: what it reads, and each problem named at its key. */
class JiraScopeTest {
  @TempDir Path dir;

  private Path file;

  private JiraScope scope(String yaml) throws IOException, InputException {
    file = dir.resolve("mutuality.yml");
    Files.writeString(file, yaml);
    return JiraScope.from(Configuration.load(file).source().orElseThrow());
  }

  @Test
  void ok_site_projects_and_jql() throws Exception {
    assertThat(scope("""
        source:
          type: jira
          site: https://cafe.atlassian.net
          projects: [COF, PIT]
          jql: labels = partnership
        """)).isEqualTo(new JiraScope("https://cafe.atlassian.net", List.of("COF", "PIT"), "labels = partnership"));
  }

  @Test
  void ok_a_partner_field_by_id_or_by_name_trimmed() throws Exception {
    assertThat(scope("""
        source: {type: jira, site: https://cafe.atlassian.net, projects: [COF], partnerField: " customfield_10050 "}
        """)).isEqualTo(new JiraScope("https://cafe.atlassian.net", List.of("COF"), null, "customfield_10050"));
    assertThat(scope("""
        source:
          type: jira
          site: " https://cafe.atlassian.net "
          jql: project = COF
          partnerField: Partner
        """)).isEqualTo(new JiraScope("https://cafe.atlassian.net", List.of(), "project = COF", "Partner"));
  }

  @Test
  void ok_a_participants_field_by_name_or_id() throws Exception {
    assertThat(scope("""
        source: {type: jira, site: https://cafe.atlassian.net, projects: [COF], participantsField: " Participants "}
        """)).isEqualTo(new JiraScope("https://cafe.atlassian.net", List.of("COF"), null, null, "Participants"));
    assertThat(scope("""
        source: {type: jira, site: https://cafe.atlassian.net, projects: [COF], participantsField: customfield_10060}
        """).participantsField()).isEqualTo("customfield_10060");
  }

  @Test
  void fail_a_participants_field_that_is_not_text() throws Exception {
    assertThatThrownBy(() -> scope("""
        source:
          type: jira
          site: https://cafe.atlassian.net
          projects: [COF]
          participantsField: [Participants]
        """)).hasMessage(file + ":5:3: source.participantsField must be text (a user-picker field's id or name), "
            + "got a list");
  }

  @Test
  void ok_blank_and_null_entries_are_left_out() throws Exception {
    assertThat(scope("""
        source:
          type: jira
          site: https://cafe.atlassian.net
          projects: [COF, " ", ~]
          jql: ""
          partnerField: ~
        """)).isEqualTo(new JiraScope("https://cafe.atlassian.net", List.of("COF"), null, null));
  }

  @Test
  void fail_site_not_a_url_and_no_scope() throws Exception {
    assertThatThrownBy(() -> scope("""
        source:
          type: jira
          site: cafe.atlassian.net
        """)).hasMessage(String.join(System.lineSeparator(),
            file + ":3:3: source.site must be an http(s) URL, got 'cafe.atlassian.net'",
            file + ":2:3: source: give projects (keys), a jql filter, or both"));
  }

  @Test
  void fail_site_missing() throws Exception {
    assertThatThrownBy(() -> scope("""
        bots: []
        source:
          type: jira
          projects: [COF]
        """)).hasMessage(file + ":3:3: source.site is missing: the URL of the Jira site, e.g. "
            + "https://example.atlassian.net");
  }

  @Test
  void fail_unknown_keys_list_the_known_ones() throws Exception {
    assertThatThrownBy(() -> scope("""
        source:
          type: jira
          site: https://cafe.atlassian.net
          project: COF
          partner_field: Partner
        """)).hasMessage(String.join(System.lineSeparator(),
            file + ":4:3: source: unknown key 'project'; known keys here: jql, participantsField, partnerField, "
                + "projects, site, type",
            file + ":5:3: source: unknown key 'partner_field'; known keys here: jql, participantsField, partnerField, "
                + "projects, site, type",
            file + ":2:3: source: give projects (keys), a jql filter, or both"));
  }

  @Test
  void fail_values_of_the_wrong_kind_each_at_its_key() throws Exception {
    assertThatThrownBy(() -> scope("""
        source:
          type: jira
          site: [https://cafe.atlassian.net]
          projects: COF
          jql: 42
          partnerField: {id: customfield_10050}
        """)).hasMessage(String.join(System.lineSeparator(),
            file + ":3:3: source.site must be text (a URL), got a list",
            file + ":4:3: source.projects must be a list of project keys, e.g. [COF]; got text",
            file + ":5:3: source.jql must be text (a JQL filter), got a number",
            file + ":6:3: source.partnerField must be text (a field id or name), got a mapping"));
    assertThatThrownBy(() -> scope("""
        source:
          type: jira
          site: https://cafe.atlassian.net
          projects:
            - COF
            - 12
            - [PIT]
        """)).hasMessage(String.join(System.lineSeparator(),
            file + ":6:7: source.projects[1] must be a project key (text), got a number",
            file + ":7:7: source.projects[2] must be a project key (text), got a list"));
  }

  @Test
  void fail_another_type() throws Exception {
    assertThatThrownBy(() -> scope("""
        source:
          site: https://example.org
          type: github
        """)).hasMessage(file + ":3:3: source.type is 'github', not jira");
  }

  @Test
  void a_section_built_in_code_names_its_file_only() throws Exception {
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree("{\"type\": \"jira\", \"site\": \"ftp://x\", "
        + "\"projects\": [\"COF\"]}");
    assertThatThrownBy(() -> JiraScope.from(SourceSection.of("embedded", tree)))
        .isInstanceOf(InputException.class)
        .hasMessage("embedded: source.site must be an http(s) URL, got 'ftp://x'");
  }
}
