package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.model.AccessGrant;
import org.mutuality.model.AccessKind;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.mutuality.model.Member;
import org.mutuality.model.Snapshot;
import org.mutuality.model.WorkItem;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.faults.Fault;
import org.mutuality.sandbox.faults.Faults;
import org.mutuality.sandbox.limits.ManualClock;
import org.mutuality.sandbox.site.User;

/**
 * The reading account, the members of the security levels the issues carry, and a participants field, read from
 * the demo site (loopback, both flavours) with the gaps when Jira will not say.
 */
class JiraReaderSecurityParticipantsTest {
  private static Snapshot read(Flavor flavor, Faults faults, String participantsField) throws Exception {
    ManualClock clock = ManualClock.at(Dataset.DEMO_NOW);
    JiraSandbox.Builder builder = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).clock(clock);
    if (faults != null) {
      builder.faults(faults);
    }
    try (JiraSandbox jira = builder.start()) {
      return SandboxRead.of(clock).source(jira, List.of("COF"), participantsField).read();
    }
  }

  /** The person id of a demo login on a flavour: Cloud's account id, Data Center's key. */
  private static String id(Flavor flavor, String login) {
    User user = Dataset.demo().site().users().stream().filter(u -> u.name().equals(login)).findFirst().orElseThrow();
    return flavor == Flavor.CLOUD ? user.accountId() : user.key();
  }

  private static Map<String, Set<String>> grants(Snapshot snapshot, String memberId) {
    Map<String, Set<String>> out = new TreeMap<>();
    snapshot.accessGrants().stream().filter(g -> g.memberId().equals(memberId))
        .forEach(g -> out.computeIfAbsent(g.kind().name(), k -> new TreeSet<>()).add(g.name()));
    return out;
  }

  private static Set<String> partnersOfLevel(Snapshot snapshot, String level) {
    Map<String, String> domains = snapshot.members().stream().filter(m -> m.email() != null)
        .collect(Collectors.toMap(Member::id, m -> m.email().substring(m.email().indexOf('@') + 1)));
    return snapshot.accessGrants().stream()
        .filter(g -> g.kind() == AccessKind.SECURITY_LEVEL && g.name().equals(level))
        .map(g -> domains.getOrDefault(g.memberId(), "?")).collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void the_reading_account_is_a_member_with_its_roles_and_groups(Flavor flavor) throws Exception {
    Snapshot snapshot = read(flavor, null, null);
    String integration = id(flavor, "cafesur-integration");

    assertThat(snapshot.readerId()).isEqualTo(integration);
    assertThat(snapshot.members()).extracting(Member::id).contains(integration);
    // every role, so nothing restricted to a role is hidden from it, and its groups from /myself?expand=groups
    assertThat(grants(snapshot, integration)).containsEntry("ROLE",
        Set.of("Administrators", "Members", "Steering Committee", "Viewers"));
    assertThat(grants(snapshot, integration).get("GROUP"))
        .containsExactlyInAnyOrder("cafe-sur-admins", "jira-admins", "jira-software-users");
  }

  @Test
  void security_levels_are_expanded_to_people_on_cloud() throws Exception {
    Snapshot snapshot = read(Flavor.CLOUD, null, null);

    assertThat(snapshot.workItems()).filteredOn(i -> i.securityLevel() != null)
        .extracting(i -> i.key() + " " + i.securityLevel())
        .containsExactlyInAnyOrder("COF-34 Commercial confidential", "COF-38 Steering only",
            "COF-" + contractKey(snapshot) + " Commercial confidential");
    // Steering only: the Steering Committee (the integration account, the municipality's, cooperative's and
    // roaster's groups, Daniela Mejía's address hidden: "?") and COF-38's reporter; nobody of the university or
    // Fundación Raíces
    assertThat(partnersOfLevel(snapshot, "Steering only")).containsExactly("?",
        "cafesur-partnership.org", "coopsur.coop", "pitalito.gov.co", "tostadoresandinos.com");
    assertThat(partnersOfLevel(snapshot, "Commercial confidential")).containsExactly("?",
        "cafesur-partnership.org", "coopsur.coop", "pitalito.gov.co", "tostadoresandinos.com");
    assertThat(snapshot.accessGrants()).contains(new AccessGrant(id(Flavor.CLOUD, "laura.restrepo"),
        AccessKind.SECURITY_LEVEL, "Steering only"));
    assertThat(snapshot.accessGrants()).noneMatch(g -> g.kind() == AccessKind.SECURITY_LEVEL
        && (g.memberId().equals(id(Flavor.CLOUD, "ricardo.silva"))
        || g.memberId().equals(id(Flavor.CLOUD, "anamaria.losada"))));
    assertThat(snapshot.gaps()).noneMatch(g -> g.area() == DataArea.SECURITY);
  }

  private static int contractKey(Snapshot snapshot) {
    return snapshot.workItems().stream().filter(i -> "Pilot purchase contract with Tostadores Andinos"
        .equals(i.summary())).map(i -> Integer.parseInt(i.key().substring(4))).findFirst().orElseThrow();
  }

  @Test
  void a_refused_level_is_a_gap_naming_the_url_and_status_and_the_read_goes_on() throws Exception {
    Faults forbidden = Faults.builder().on("GET", "/rest/api/{v}/issuesecurityschemes/level/member")
        .answer(Fault.status(403, "You are not authorized to perform this action. Administrator privileges are "
            + "required.")).build();
    Snapshot snapshot = read(Flavor.CLOUD, forbidden, null);

    assertThat(snapshot.gaps()).filteredOn(g -> g.area() == DataArea.SECURITY).extracting(DataGap::reason)
        .hasSize(2).allMatch(r -> r.matches("GET http://127\\.0\\.0\\.1:\\d+/rest/api/3/issuesecurityschemes/level/"
            + "member\\?levelId=1030[01]&expand=user%2Cgroup%2CprojectRole&startAt=0&maxResults=50 answered 403: "
            + "You are not authorized to perform this action\\. Administrator privileges are required\\."));
    assertThat(snapshot.accessGrants()).noneMatch(g -> g.kind() == AccessKind.SECURITY_LEVEL);
    assertThat(snapshot.workItems()).hasSize(300);
  }

  @Test
  void data_center_says_it_cannot_list_level_members() throws Exception {
    Snapshot snapshot = read(Flavor.DC, null, null);
    assertThat(snapshot.gaps()).contains(JiraSourceSandboxTest.DC_LEVELS);
    assertThat(snapshot.accessGrants()).noneMatch(g -> g.kind() == AccessKind.SECURITY_LEVEL);
  }

  @Test
  void a_refused_myself_is_a_users_gap_not_a_failed_read() throws Exception {
    Faults forbidden = Faults.builder().on("GET", "/rest/api/{v}/myself").answer(Fault.status(403)).build();
    Snapshot snapshot = read(Flavor.CLOUD, forbidden, null);
    assertThat(snapshot.readerId()).isNull();
    assertThat(snapshot.gaps()).filteredOn(g -> g.area() == DataArea.USERS).singleElement()
        .extracting(DataGap::reason).asString().contains("/rest/api/3/myself?expand=groups answered 403");
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void the_participants_field_by_name_names_the_meeting_attendees(Flavor flavor) throws Exception {
    Snapshot snapshot = read(flavor, null, "Participants");
    Map<String, List<String>> byKey = new TreeMap<>();
    snapshot.workItems().stream().filter(i -> !i.participants().isEmpty())
        .forEach(i -> byKey.put(i.key(), i.participants()));

    assertThat(byKey).containsOnlyKeys("COF-10", "COF-11", "COF-12");
    assertThat(byKey.get("COF-12")).containsExactly(id(flavor, "laura.restrepo"), id(flavor, "luzdary.tovar"),
        id(flavor, "natalia.gil"), id(flavor, "valentina.cortes"));
    assertThat(snapshot.members()).extracting(Member::id).containsAll(byKey.get("COF-12"));
    assertThat(snapshot.gaps()).noneMatch(g -> g.area() == DataArea.WORK_ITEMS);
  }

  @Test
  void the_participants_field_by_id_and_without_one() throws Exception {
    assertThat(read(Flavor.CLOUD, null, "customfield_10060").workItems())
        .filteredOn(i -> i.key().equals("COF-10")).singleElement().extracting(WorkItem::participants)
        .asList().hasSize(4);
    assertThat(read(Flavor.CLOUD, null, null).workItems()).allMatch(i -> i.participants().isEmpty());
  }

  @Test
  void a_participants_field_that_holds_no_users_or_does_not_exist_is_a_gap() throws Exception {
    assertThat(read(Flavor.CLOUD, null, "Partner").gaps()).contains(new DataGap(DataArea.WORK_ITEMS,
        "custom field customfield_10050 ('Partner') holds option, not users: participants are not read"));
    assertThat(read(Flavor.CLOUD, null, "Asistentes").gaps()).contains(new DataGap(DataArea.WORK_ITEMS,
        "no custom field is named 'Asistentes': participants are not read; give the field's id (customfield_…) "
            + "instead"));
  }
}
