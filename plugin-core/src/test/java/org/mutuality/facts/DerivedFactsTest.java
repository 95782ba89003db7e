package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java helpers of the derived facts, which the rules call in constraints and consequences. */
class DerivedFactsTest {
  private static PersonResolutions person(String id, long resolved) {
    return new PersonResolutions(id, id.toUpperCase(java.util.Locale.ROOT), null, resolved);
  }

  @Test
  void onePersonWithHalfTheWorkIsAFactorOfOne() {
    List<PersonResolutions> people = List.of(person("carla", 2), person("rita", 5), person("dev", 2));

    assertThat(PersonResolutions.absenceSet(people, 0.5)).extracting(PersonResolutions::memberId)
        .containsExactly("rita");
    assertThat(PersonResolutions.total(people)).isEqualTo(9);
  }

  @Test
  void justUnderHalfTakesASecondPersonChosenByIdOnATie() {
    List<PersonResolutions> people = List.of(person("ugo", 1), person("dev", 2), person("rita", 4), person("carla", 2));

    assertThat(PersonResolutions.absenceSet(people, 0.5)).extracting(PersonResolutions::memberId)
        .containsExactly("rita", "carla");
  }

  @Test
  void exactlyTheShareIsEnough() {
    List<PersonResolutions> people = List.of(person("a", 5), person("b", 5));

    assertThat(PersonResolutions.absenceSet(people, 0.5)).extracting(PersonResolutions::memberId).containsExactly("a");
    assertThat(PersonResolutions.absenceSet(people, 0.51)).hasSize(2);
  }

  @Test
  void atLeastOnePersonWhenAnybodyResolvedAndNobodyWhenNobodyDid() {
    assertThat(PersonResolutions.absenceSet(List.of(person("a", 3)), 0)).hasSize(1);
    assertThat(PersonResolutions.absenceSet(List.of(), 0.5)).isEmpty();
  }

  @Test
  void partnersOfAResolvedItemAreUnitedSortedAndDistinct() {
    ResolvedItemPartners item = ResolvedItemPartners.of("COF-1", java.util.Set.of("roaster", "coop"), List.of("coop"));

    assertThat(item.partnerIds()).containsExactly("coop", "roaster");
    assertThat(item.partnerCount()).isEqualTo(2);
  }

  @Test
  void theLatestActivityIgnoresKindsWithoutAny() {
    java.time.Instant early = java.time.Instant.parse("2026-11-01T10:00:00Z");
    java.time.Instant late = java.time.Instant.parse("2026-11-10T10:00:00Z");

    assertThat(LastActivity.latest(null, late, early)).isEqualTo(late);
    assertThat(LastActivity.latest(null, null, null)).isNull();
    assertThat(Bots.of(List.of("sync")).memberIds()).containsExactly("sync");
  }

  @Test
  void aPersonSetAnswersNoForAnUnknownAuthorInsteadOfThrowing() {
    Bots bots = Bots.of(List.of("jirabot"));
    PartnerMembers coop = PartnerMembers.of("coop", List.of("carla", "chris"));

    assertThat(bots.memberIds()).contains("jirabot").doesNotContainNull();
    assertThat(bots.memberIds().contains(null)).isFalse();
    assertThat(coop.memberIds().contains(null)).isFalse();
    assertThat(coop.memberIds()).containsExactlyInAnyOrder("carla", "chris");
    assertThat(coop).isEqualTo(new PartnerMembers("coop", java.util.Set.of("chris", "carla")));
  }

  @Test
  void aCrossPartnerBlockLastsFromTheLaterCreationOrTheOnlyOneKnown() {
    java.time.Instant older = java.time.Instant.parse("2026-10-01T09:00:00Z");
    java.time.Instant newer = java.time.Instant.parse("2026-11-01T09:00:00Z");
    assertThat(CrossPartnerBlock.later(older, newer)).isEqualTo(newer);
    assertThat(CrossPartnerBlock.later(newer, older)).isEqualTo(newer);
    assertThat(CrossPartnerBlock.later(null, older)).isEqualTo(older);
    assertThat(CrossPartnerBlock.later(newer, null)).isEqualTo(newer);
    assertThat(CrossPartnerBlock.later(null, null)).isNull();
  }
}
