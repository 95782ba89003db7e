package org.mutuality.jira.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutuality.jira.api.UserJson;
import org.mutuality.model.Member;

class PeopleTest {
  private static final UserJson CLOUD = new UserJson("63f1c0ffee0000a11ce001", "atlassian", "", "", "Laura Restrepo",
      "laura@pitalito.gov.co", true);
  private static final UserJson APP = new UserJson("557058:f581", "app", null, null, "Automation for Jira", null,
      true);
  private static final UserJson DC = new UserJson(null, null, "JIRAUSER10101", "laura.restrepo", "Laura Restrepo",
      null, true);
  private static final UserJson DC_NAME_ONLY = new UserJson(null, null, null, "old.login", "Old Login", null, true);

  @Test
  void the_person_id_is_the_account_id_else_the_key_else_the_name() {
    assertThat(People.idOf(CLOUD)).isEqualTo("63f1c0ffee0000a11ce001");
    assertThat(People.idOf(DC)).isEqualTo("JIRAUSER10101");
    assertThat(People.idOf(DC_NAME_ONLY)).isEqualTo("old.login");
    assertThat(People.idOf(new UserJson(null, null, null, null, "Nobody", null, null))).isNull();
    assertThat(People.idOf(null)).isNull();
  }

  @Test
  void everyone_is_a_member_once_with_email_groups_and_the_app_flag() {
    People people = new People();
    people.see(CLOUD);
    people.see(APP);
    people.see(CLOUD);
    people.seeId("63f1c0ffee0000a11ce009", "Natalia Gil");
    people.inGroup("63f1c0ffee0000a11ce001", "alcaldia-pitalito");
    people.see(DC);

    assertThat(people.members()).containsExactly(
        new Member("63f1c0ffee0000a11ce001", "Laura Restrepo", "laura@pitalito.gov.co", List.of("alcaldia-pitalito"),
            null, false),
        new Member("557058:f581", "Automation for Jira", null, List.of(), null, true),
        new Member("63f1c0ffee0000a11ce009", "Natalia Gil", null, List.of(), null, false),
        new Member("JIRAUSER10101", "Laura Restrepo", null, List.of(), null, false));
    assertThat(people.idOfName("laura.restrepo")).contains("JIRAUSER10101");
  }
}
