package org.mutuality.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutuality.model.Member;
import org.mutuality.model.Partner;
import org.mutuality.model.Partnership;
import org.mutuality.model.Snapshot;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.WorkItem;

class PartnerMapperTest {
  private static final Configuration CONFIG = config("""
      partners:
        - {id: muni, people: [lina], domains: [pitalito.gov.co], groups: [muni-staff]}
        - {id: coop, domains: [coopsur.org], groups: [shared-desk], components: [Harvest]}
        - {id: uni, people: [twin], groups: [shared-desk]}
        - {id: ngo, people: [twin]}
      bots: [sync]
      """);

  private static Configuration config(String yaml) {
    try {
      return Configuration.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mutuality.yml");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Member person(String id, String email, List<String> groups) {
    return new Member(id, id, email, groups, null, false);
  }

  private static WorkItem item(String key, String assignee, List<String> components) {
    return new WorkItem(key, "Task", key, "Open", StatusCategory.TO_DO, assignee, null, null,
        Instant.parse("2026-09-01T00:00:00Z"), null, null, null, null, components, null, null, null, null, null, false, null);
  }

  private static Snapshot snapshot(List<Member> members, List<WorkItem> items) {
    return new Snapshot(null, "test", null, new Partnership("COF", null, null, false, null), List.of(), members, items,
        null, null, null, null, null, null, null, null, null);
  }

  @Test
  void mapsByListThenByGroupOrDomainNeverGuessesAndSetsSharedAccountsApart() throws Exception {
    Snapshot mapped = PartnerMapper.apply(snapshot(List.of(
        person("lina", "lina@coopsur.org", List.of()),
        person("ana", "Ana@Pitalito.gov.co", List.of()),
        person("ben", null, List.of("muni-staff")),
        person("desk", null, List.of("shared-desk")),
        person("zoe", "zoe@gmail.com", List.of()),
        person("sync", null, List.of()),
        person("twin", "twin@coopsur.org", List.of())), List.of()), CONFIG);

    // desk is claimed by two partners' group and twin is listed under two partners: shared accounts, which
    // stay unmapped and are left out of counts like bots; twin's listings win over its coop e-mail domain.
    assertThat(mapped.members())
        .extracting(Member::id, Member::partnerId, Member::bot, Member::claimedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lina", "muni", false, List.of()),
            org.assertj.core.groups.Tuple.tuple("ana", "muni", false, List.of()),
            org.assertj.core.groups.Tuple.tuple("ben", "muni", false, List.of()),
            org.assertj.core.groups.Tuple.tuple("desk", null, true, List.of("coop", "uni")),
            org.assertj.core.groups.Tuple.tuple("zoe", null, false, List.of()),
            org.assertj.core.groups.Tuple.tuple("sync", null, true, List.of()),
            org.assertj.core.groups.Tuple.tuple("twin", null, true, List.of("uni", "ngo")));
    assertThat(mapped.partners()).extracting(Partner::id).containsExactly("muni", "coop", "uni", "ngo");
  }

  @Test
  void workItemsBelongToTheComponentOwnerElseTheAssigneesPartner() throws Exception {
    Snapshot mapped = PartnerMapper.apply(snapshot(
        List.of(person("ana", "ana@pitalito.gov.co", List.of())),
        List.of(item("COF-1", "ana", List.of("Harvest")), item("COF-2", "ana", List.of("Roads")),
            item("COF-3", null, List.of()))), CONFIG);
    assertThat(mapped.workItems()).extracting(WorkItem::partnerId).containsExactly("coop", "muni", null);
  }

  @Test
  void aSnapshotPartnerTheConfigurationDoesNotListIsAnError() {
    Member stray = new Member("eve", "Eve", null, List.of(), "roaster", false);
    assertThatThrownBy(() -> PartnerMapper.apply(snapshot(List.of(stray), List.of()), CONFIG))
        .hasMessage("test: person 'eve' belongs to partner 'roaster', which mutuality.yml does not list; partners "
            + "are [coop, muni, ngo, uni]");
  }
}
