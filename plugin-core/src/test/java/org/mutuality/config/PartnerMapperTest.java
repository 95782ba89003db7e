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
        - {id: uni, groups: [shared-desk]}
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
        Instant.parse("2026-09-01T00:00:00Z"), null, null, null, null, components, null, null, null, false, null, false);
  }

  private static Snapshot snapshot(List<Member> members, List<WorkItem> items) {
    return new Snapshot(null, "test", new Partnership("COF", null, null, false, null), List.of(), members, items,
        null, null, null, null, null, null, null, null, null);
  }

  @Test
  void mapsByListThenByGroupOrDomainAndNeverGuesses() throws Exception {
    Snapshot mapped = PartnerMapper.apply(snapshot(List.of(
        person("lina", "lina@coopsur.org", List.of()),
        person("ana", "Ana@Pitalito.gov.co", List.of()),
        person("ben", null, List.of("muni-staff")),
        person("desk", null, List.of("shared-desk")),
        person("zoe", "zoe@gmail.com", List.of()),
        person("sync", null, List.of())), List.of()), CONFIG);

    assertThat(mapped.members()).extracting(Member::id, Member::partnerId, Member::bot).containsExactly(
        org.assertj.core.groups.Tuple.tuple("lina", "muni", false),
        org.assertj.core.groups.Tuple.tuple("ana", "muni", false),
        org.assertj.core.groups.Tuple.tuple("ben", "muni", false),
        org.assertj.core.groups.Tuple.tuple("desk", null, false),
        org.assertj.core.groups.Tuple.tuple("zoe", null, false),
        org.assertj.core.groups.Tuple.tuple("sync", null, true));
    assertThat(mapped.partners()).extracting(Partner::id).containsExactly("muni", "coop", "uni");
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
            + "are [coop, muni, uni]");
  }
}
