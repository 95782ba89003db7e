package org.mutuality.jira.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The proposal rules on small surveys. */
class MappingDraftTest {
  private static MappingDraft.Person p(String id, String domain) {
    return new MappingDraft.Person(id, "Name " + id, domain, false);
  }

  private static MappingDraft.Draft propose(List<MappingDraft.Person> people, List<MappingDraft.Group> groups) {
    return MappingDraft.propose(new MappingDraft.Survey("https://x.atlassian.net", List.of("P"), people, groups, 90,
        0, false));
  }

  private static MappingDraft.Group g(String name, String... members) {
    return new MappingDraft.Group(name, List.of(members), List.of("P/Members"));
  }

  @Test
  void slugs_are_lower_case_without_accents_and_unique() {
    assertThat(MappingDraft.slug("Alcaldía de Pitalito")).isEqualTo("alcaldia-de-pitalito");
    assertThat(MappingDraft.slug("  ÜNI_Köln ")).isEqualTo("uni-koln");
    assertThat(MappingDraft.slug("%%")).isEqualTo("partner");
    MappingDraft.Draft draft = propose(List.of(p("a", "acme.org"), p("b", "acme.org"), p("c", null)),
        List.of(g("Acme", "c"), g("acme", "c")));
    assertThat(draft.partners()).extracting(MappingDraft.Partner::id).containsExactly("acme", "acme-2", "acme-3");
    // c is in two partner groups: claimed twice, never guessed.
    assertThat(draft.unplaced()).extracting(u -> u.person().id() + ": " + u.reason())
        .containsExactly("c: claimed by 2 proposed partners (acme, acme-2)");
  }

  @Test
  void a_domain_joins_the_one_group_its_people_are_in_and_apps_are_bots() {
    MappingDraft.Draft draft = propose(List.of(p("a", "coop.org"), p("b", "Coop.org"), p("c", null),
        p("d", "uni.edu"), p("e", "uni.edu"), p("f", "gmail.com"), p("g", "gmail.com"),
        new MappingDraft.Person("bot", "Sync", null, true)),
        List.of(g("coop-staff", "a", "c"), g("jira-users", "a", "b", "c", "d", "e", "f", "g")));

    assertThat(draft.partners()).containsExactly(
        new MappingDraft.Partner("coop-staff", "coop-staff", List.of("coop-staff"), List.of("coop.org"),
            List.of(p("a", "coop.org"), p("b", "coop.org"), p("c", null))),
        new MappingDraft.Partner("uni", "uni.edu", List.of(), List.of("uni.edu"),
            List.of(p("d", "uni.edu"), p("e", "uni.edu"))));
    assertThat(draft.bots()).extracting(MappingDraft.Person::id).containsExactly("bot");
    assertThat(draft.unplaced()).extracting(u -> u.person().id()).containsExactly("f", "g");
    assertThat(draft.leftOut()).containsExactly(
        new MappingDraft.LeftOut("group jira-users", "a Jira default or site group"),
        new MappingDraft.LeftOut("domain gmail.com", "a public e-mail provider (2 people)"));
  }

  @Test
  void mixed_groups_and_domains_spread_over_partners_are_left_out() {
    MappingDraft.Draft draft = propose(List.of(p("a", "a.org"), p("b", "b.org"), p("c", "c.org"), p("d", "c.org"),
        p("e", "e.org")), List.of(g("steering", "a", "b"), g("team-c", "c"), g("team-d", "d"), g("empty")));

    assertThat(draft.partners()).extracting(MappingDraft.Partner::id).containsExactly("team-c", "team-d");
    assertThat(draft.leftOut()).containsExactly(
        new MappingDraft.LeftOut("group empty", "no active members"),
        new MappingDraft.LeftOut("group steering", "its members' e-mail domains are mixed (a.org, b.org)"),
        new MappingDraft.LeftOut("domain c.org", "its 2 people are in the groups of 2 partners (team-c, team-d)"));
    assertThat(draft.unplaced()).extracting(u -> u.person().id()).containsExactly("a", "b", "e");
  }
}
