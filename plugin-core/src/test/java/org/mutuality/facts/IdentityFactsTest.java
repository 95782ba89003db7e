package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutuality.model.Comment;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.WorkItem;

/** The Java helpers of the partnership-identity facts (IDEN-006, 007, 008). */
class IdentityFactsTest {
  private static WorkItem item(String key, String created) {
    return new WorkItem(key, "Task", key, "Open", StatusCategory.TO_DO, null, "nadia", null, Instant.parse(created),
        null, null, null, null, null, null, null, null, null, null, false, null);
  }

  private static Comment comment(String id, String key, String created) {
    return new Comment(id, key, "nadia", Instant.parse(created), null, "Hola");
  }

  @Test
  void labelsAreComparedInLowerCaseAndTheOverlapIsJaccards() {
    PartnerLabels roaster = PartnerLabels.of("roaster", List.of(List.of("Export", " cupping "), List.of(), List.of("export")));
    PartnerLabels coop = PartnerLabels.of("coop", List.of(List.of("export", "drying", "harvest")));

    assertThat(roaster.items()).isEqualTo(3);
    assertThat(roaster.labels()).containsExactly("cupping", "export");
    assertThat(PartnerLabels.shared(roaster.labels(), coop.labels())).containsExactly("export");
    assertThat(PartnerLabels.jaccard(roaster.labels(), coop.labels())).isEqualTo(0.25);
    assertThat(PartnerLabels.jaccard(Set.of(), Set.of())).isZero();
  }

  @Test
  void theFirstContributionIsTheEarliestAndAReportedItemWinsATie() {
    FirstContribution byComment = FirstContribution.earliest("nadia", "coop",
        List.of(comment("c2", "COF-2", "2026-10-02T10:00:00Z"), comment("c1", "COF-1", "2026-10-01T10:00:00Z")),
        List.of(item("COF-3", "2026-10-03T10:00:00Z")));
    assertThat(byComment.itemKey()).isEqualTo("COF-1");
    assertThat(byComment.description()).isEqualTo("with a comment on COF-1");

    FirstContribution tie = FirstContribution.earliest("nadia", "coop",
        List.of(comment("c1", "COF-1", "2026-10-01T10:00:00Z")),
        List.of(item("COF-5", "2026-10-01T10:00:00Z"), item("COF-4", "2026-10-01T10:00:00Z")));
    assertThat(tie.itemKey()).isEqualTo("COF-4");
    assertThat(tie.description()).isEqualTo("by reporting COF-4");

    assertThat(FirstContribution.earliest("nadia", "coop", List.of(), List.of())).isNull();
  }

  @Test
  void aContainerIsNamedByItsKind() {
    assertThat(new ContainerPartner(ContainerPartner.COMPONENT, "Roasting", "roaster").label())
        .isEqualTo("component Roasting");
    assertThat(new SharedContainer(ContainerPartner.PARENT, "COF-3").label()).isEqualTo("epic COF-3");
  }
}
