package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutuality.model.Comment;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;

/** The counts {@link PartnershipActivity} answers for the rules that look across all work items. */
class PartnershipActivityTest {
  private static final Instant AS_OF = at("2026-11-20");

  private static Instant at(String day) {
    return Instant.parse(day + "T10:00:00Z");
  }

  private static WorkItem item(String key, String type, String partner, String created, String updated,
      String resolved, String due, List<String> labels, List<String> fixVersions) {
    StatusCategory category = resolved == null ? StatusCategory.IN_PROGRESS : StatusCategory.DONE;
    // COF-1 is filed under two components, COF-2 and COF-3 under one, COF-3 also under the epic COF-9.
    List<String> components = switch (key) {
      case "COF-1" -> List.of("pumps", "wells");
      case "COF-2", "COF-3" -> List.of("pumps");
      default -> List.of();
    };
    return new WorkItem(key, type, key, category.name(), category, null, null, partner,
        created == null ? null : at(created), updated == null ? null : at(updated),
        resolved == null ? null : at(resolved), due == null ? null : LocalDate.parse(due), labels, components,
        key.equals("COF-3") ? "COF-9" : null, fixVersions, List.of(), null, "", false, List.of());
  }

  private final PartnershipActivity activity = PartnershipActivity.of(
      List.of(
          item("COF-1", "Task", "coop", "2026-11-01", "2026-11-10", null, "2026-11-15", List.of("Water"),
              List.of()),
          item("COF-2", "Decision", "coop", "2026-09-01", null, "2026-11-02", null, List.of(), List.of("10")),
          item("COF-3", "Task", "ngo", "2026-11-05", null, null, null, List.of("seeds"), List.of("10")),
          item("COF-4", "Task", "coop", null, null, null, "2026-12-01", List.of(), List.of())),
      List.of(new Comment("c2", "COF-1", "carla", at("2026-11-03"), null, ""),
          new Comment("c1", "COF-1", null, at("2026-11-02"), null, ""),
          new Comment("c3", "COF-3", "jirabot", at("2026-11-04"), null, ""),
          new Comment("c4", "COF-3", "rita", at("2026-11-30"), null, "")),
      List.of(new Transition("h1", 1, "COF-1", Transition.STATUS, null, "Done", null, StatusCategory.DONE, "rita",
              at("2026-11-06")),
          new Transition("h2", 2, "COF-2", "priority", null, "High", null, null, "rita", at("2026-11-07")),
          new Transition("h3", 3, "COF-1", Transition.STATUS, null, "To Do", null, StatusCategory.TO_DO, "rita",
              at("2026-11-08"))));

  @Test
  void commentsAndStatusChangesAreCountedInAPeriod() {
    assertThat(activity.commentsBetween(at("2026-11-02"), AS_OF, Set.of("jirabot"))).isEqualTo(2);
    assertThat(activity.commentsBetween(at("2026-11-03"), AS_OF, Set.of())).isEqualTo(2);
    assertThat(activity.itemsWithStatusChangeBetween(at("2026-11-01"), AS_OF)).containsExactly("COF-1");
    assertThat(activity.itemsWithStatusChangeBetween(at("2026-11-09"), AS_OF)).isEmpty();
  }

  @Test
  void openDatedOverdueAndResolvedWorkIsCountedAcrossAllWorkItems() {
    assertThat(activity.openAt(AS_OF)).isEqualTo(3);
    assertThat(activity.datedOpenAt(AS_OF)).isEqualTo(3);
    assertThat(activity.openAt("coop", AS_OF)).isEqualTo(2);
    assertThat(activity.overdueKeys("coop", AS_OF, LocalDate.parse("2026-11-20"))).containsExactly("COF-1");
    assertThat(activity.openKeysFixedIn("10", AS_OF)).containsExactly("COF-3");
    assertThat(activity.resolvedBetween(at("2026-11-02"), AS_OF)).isEqualTo(1);
    assertThat(activity.resolvedBetween(at("2026-11-03"), AS_OF)).isZero();
  }

  @Test
  void labelsOfCurrentWorkAndDecisionRecordsAreRead() {
    assertThat(activity.currentLabels("coop", at("2026-11-09"), AS_OF)).containsExactly(List.of("Water"));
    assertThat(activity.currentLabels("ngo", at("2026-11-01"), AS_OF)).containsExactly(List.of("seeds"));
    assertThat(activity.currentLabels("coop", at("2026-11-11"), AS_OF)).isEmpty();
    assertThat(activity.markedCreatedBetween("Decision", at("2026-08-01"), AS_OF)).isTrue();
    assertThat(activity.markedCreatedBetween("Decision", at("2026-10-01"), AS_OF)).isFalse();
    assertThat(activity.markedUpTo("Decision", AS_OF)).extracting(WorkItem::key).containsExactly("COF-2");
    assertThat(activity.updatedBetween(at("2026-11-05"), AS_OF)).isEqualTo(2);
    assertThat(activity.usesComponent("pumps")).isTrue();
    assertThat(activity.usesComponent("seeds")).isFalse();
    assertThat(activity.currentPartners(at("2026-11-05"), AS_OF)).containsExactlyInAnyOrder("coop", "ngo");
    assertThat(activity.currentPartners(at("2026-11-06"), AS_OF)).containsExactly("coop");
  }

  @Test
  void aQuestionAskedAgainIsAnsweredFromMemoryAndAnswersAreReadOnly() {
    Set<String> changed = activity.itemsWithStatusChangeBetween(at("2026-11-01"), AS_OF);
    assertThat(activity.itemsWithStatusChangeBetween(at("2026-11-01"), AS_OF)).isSameAs(changed);
    assertThat(activity.itemsWithStatusChangeBetween(at("2026-11-09"), AS_OF)).isEmpty();
    assertThatThrownBy(() -> changed.add("COF-9")).isInstanceOf(UnsupportedOperationException.class);
    // openAt of one partner and openAt of all are different questions with the same arguments' tail.
    assertThat(activity.openAt("coop", AS_OF)).isEqualTo(2);
    assertThat(activity.openAt(AS_OF)).isEqualTo(3);
    assertThat(activity.openAt("coop", AS_OF)).isEqualTo(2);
    // Many more questions than it keeps answers: it forgets them and still answers right.
    for (int day = 0; day < 300; day++) {
      Instant when = at("2026-01-01").plus(java.time.Duration.ofDays(day));
      assertThat(activity.openAt(when)).as("open at %s", when)
          .isEqualTo(activity.items().stream().filter(item -> item.openAt(when)).count());
    }
    assertThat(activity.openAt(AS_OF)).isEqualTo(3);
    assertThat(activity.itemsWithStatusChangeBetween(at("2026-11-01"), AS_OF)).containsExactly("COF-1");
  }

  @Test
  void theCommentsOfOneWorkItemAreFoundInTheSnapshotsOrder() {
    assertThat(activity.commentsOn("COF-1")).extracting(Comment::id).containsExactly("c2", "c1");
    assertThat(activity.commentsOn("COF-3")).extracting(Comment::id).containsExactly("c3", "c4");
    assertThat(activity.commentsOn("COF-2")).isEmpty();
  }

  @Test
  void theEarliestCreationIsKnownAndItemsWithoutOneDoNotCount() {
    // COF-2, created on 2026-09-01, is the earliest; COF-4 has no creation instant.
    assertThat(activity.createdBefore(at("2026-09-01").plusSeconds(1))).isTrue();
    assertThat(activity.createdBefore(at("2026-09-01"))).isFalse();
    PartnershipActivity undated = PartnershipActivity.of(
        List.of(item("COF-4", "Task", "coop", null, null, null, null, List.of(), List.of())), List.of(), List.of());
    assertThat(undated.createdBefore(AS_OF)).isFalse();
  }

  @Test
  void workItemsAreListedInTheSnapshotsOrder() {
    assertThat(activity.items()).extracting(WorkItem::key).containsExactly("COF-1", "COF-2", "COF-3", "COF-4");
    assertThat(activity.currentContainers(ContainerPartner.COMPONENT, at("2026-11-01"), AS_OF))
        .containsExactly(new ContainerPartner(ContainerPartner.COMPONENT, "pumps", "coop"),
            new ContainerPartner(ContainerPartner.COMPONENT, "wells", "coop"),
            new ContainerPartner(ContainerPartner.COMPONENT, "pumps", "ngo"));
    assertThat(activity.currentContainers(ContainerPartner.PARENT, at("2026-11-01"), AS_OF))
        .containsExactly(new ContainerPartner(ContainerPartner.PARENT, "COF-9", "ngo"));
    assertThat(activity.comments()).extracting(Comment::id).containsExactly("c2", "c1", "c3", "c4");
    assertThat(activity.statusChanges()).extracting(Transition::id).containsExactly("h1", "h3");
  }
}
