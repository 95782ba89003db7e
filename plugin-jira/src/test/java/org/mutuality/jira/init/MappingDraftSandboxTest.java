package org.mutuality.jira.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutuality.jira.JiraSettings;
import org.mutuality.jira.http.Credentials;
import org.mutuality.jira.http.JdkTransport;
import org.mutuality.jira.http.Site;
import org.mutuality.sandbox.Dataset;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.JiraSandbox;
import org.mutuality.sandbox.site.User;

/**
 * {@code mutuality init}'s draft of the demo site (project COF), in both flavours. The demo's role groups are
 * cafe-sur-admins and the four partner groups alcaldia-pitalito, coopsur, tostadores-andinos and
 * udam-investigacion (Fundación Raíces has a group, but no role uses it, and is in no role at all); its people's visible e-mail domains
 * are those of the partners, gmail.com (Diego Herrera, the only one) and the integration account's.
 */
class MappingDraftSandboxTest {
  private static final Credentials CREDENTIALS = Credentials.basic("integration@cafesur-partnership.org", "t0ken");

  private static MappingDraft.Draft draft(JiraSandbox jira, int days) throws Exception {
    JiraSettings settings = JiraSettings.of(Site.parse(jira.baseUri().toString()), List.of("COF"), null, CREDENTIALS);
    return MappingDraft.propose(new SiteSurvey(settings, new JdkTransport(CREDENTIALS, Duration.ofSeconds(5),
        Duration.ofSeconds(30)), days, SiteSurvey.DEFAULT_MAX_ISSUES).read());
  }

  /** Partner id → its groups, domains and people (by login), as the test states them. */
  private record Expected(String id, String name, List<String> groups, List<String> domains, List<String> logins) {
  }

  private static final List<Expected> GROUP_PARTNERS = List.of(
      new Expected("alcaldia-pitalito", "alcaldia-pitalito", List.of("alcaldia-pitalito"), List.of("pitalito.gov.co"),
          List.of("andres.munoz", "camila.ortiz", "laura.restrepo")),
      new Expected("coopsur", "coopsur", List.of("coopsur"), List.of("coopsur.coop"),
          List.of("jorge.perdomo", "luzdary.tovar", "wilson.cuellar", "yamile.rojas")),
      // Daniela Mejía and Mateo Ramírez hide their e-mail: their group places them.
      new Expected("tostadores-andinos", "tostadores-andinos", List.of("tostadores-andinos"),
          List.of("tostadoresandinos.com"), List.of("daniela.mejia", "felipe.cano", "natalia.gil", "sebastian.vargas")),
      new Expected("udam-investigacion", "udam-investigacion", List.of("udam-investigacion"), List.of("udam.edu.co"),
          List.of("mateo.ramirez", "ricardo.silva", "sofia.trujillo", "valentina.cortes")));

  private static final List<MappingDraft.LeftOut> LEFT_OUT = List.of(
      new MappingDraft.LeftOut("group cafe-sur-admins", "an administration or audience group (\"admins\")"));

  private static String idOf(JiraSandbox jira, Flavor flavor, String login) {
    User user = jira.dataset().site().users().stream().filter(u -> u.name().equals(login)).findFirst().orElseThrow();
    return flavor == Flavor.CLOUD ? user.accountId() : user.key();
  }

  private static void assertPartners(JiraSandbox jira, Flavor flavor, MappingDraft.Draft draft,
      List<Expected> expected) {
    assertThat(draft.partners()).extracting(MappingDraft.Partner::id)
        .containsExactlyElementsOf(expected.stream().map(Expected::id).toList());
    for (int i = 0; i < expected.size(); i++) {
      MappingDraft.Partner partner = draft.partners().get(i);
      Expected e = expected.get(i);
      assertThat(partner.name()).isEqualTo(e.name());
      assertThat(partner.groups()).isEqualTo(e.groups());
      assertThat(partner.domains()).isEqualTo(e.domains());
      assertThat(partner.people()).extracting(MappingDraft.Person::id)
          .containsExactlyElementsOf(e.logins().stream().map(l -> idOf(jira, flavor, l)).toList());
    }
  }

  private static Map<String, String> unplaced(MappingDraft.Draft draft) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    draft.unplaced().forEach(u -> out.put(u.person().id(), u.person().displayName() + " | " + u.reason()));
    return out;
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void drafts_the_partner_groups_and_lists_the_people_it_cannot_place(Flavor flavor) throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).start()) {
      MappingDraft.Draft draft = draft(jira, 90);

      Instant since = Dataset.DEMO_NOW.minus(Duration.ofDays(90));
      long recent = jira.dataset().site().issues().stream()
          .filter(i -> i.projectKey().equals("COF") && !i.updated().isBefore(since)).count();
      assertThat(draft.survey().issuesRead()).isEqualTo(recent).isEqualTo(43);
      assertThat(draft.survey().issuesCapped()).isFalse();
      // 17 people active in the project (Sofía Trujillo, the university's newcomer, among them), the integration account and the automation app (which changed issues);
      // Pedro Salas (inactive) appears on no issue of the last 90 days.
      assertThat(draft.survey().people()).hasSize(19);
      assertPartners(jira, flavor, draft, GROUP_PARTNERS);
      // raices.org has one person in sight: not a partner on its own, so Ana María Losada stays unplaced.
      Map<String, String> unplaced = new java.util.LinkedHashMap<>();
      unplaced.put(idOf(jira, flavor, "anamaria.losada"), "Ana María Losada | no group or e-mail domain of a "
          + "proposed partner (e-mail domain raices.org)");
      assertAutomationAndOthers(jira, flavor, draft, unplaced);
      assertThat(draft.leftOut()).isEqualTo(LEFT_OUT);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void a_year_of_issues_shows_the_ngo_by_its_domain_and_the_automation_app(Flavor flavor) throws Exception {
    try (JiraSandbox jira = JiraSandbox.builder().flavor(flavor).dataset(Dataset.demo()).start()) {
      MappingDraft.Draft draft = draft(jira, 400);

      assertThat(draft.survey().issuesRead()).isEqualTo(300);
      List<Expected> expected = new java.util.ArrayList<>(GROUP_PARTNERS);
      // Pedro Salas (who left in June) wrote on the pilot's issues: raices.org now has two people.
      expected.add(new Expected("raices", "raices.org", List.of(), List.of("raices.org"),
          List.of("anamaria.losada", "pedro.salas")));
      assertPartners(jira, flavor, draft, expected);
      assertAutomationAndOthers(jira, flavor, draft, new java.util.LinkedHashMap<>());
      assertThat(draft.leftOut()).isEqualTo(LEFT_OUT);
    }
  }

  /** The automation app is a bot on Cloud; the integration account and Diego Herrera (gmail.com) are unplaced. */
  private static void assertAutomationAndOthers(JiraSandbox jira, Flavor flavor, MappingDraft.Draft draft,
      Map<String, String> unplaced) {
    String automation = idOf(jira, flavor, "automation");
    if (flavor == Flavor.CLOUD) {
      // Cloud says accountType: app.
      assertThat(draft.bots()).containsExactly(new MappingDraft.Person(automation, "Automation for Jira", null,
          true));
    } else {
      // Data Center does not say which accounts are apps: the automation account is left to a person.
      assertThat(draft.bots()).isEmpty();
    }
    Map<String, String> expected = new java.util.TreeMap<>();
    expected.putAll(unplaced);
    if (flavor == Flavor.DC) {
      expected.put(automation, "Automation for Jira | no group or e-mail domain of a proposed partner (e-mail "
          + "hidden)");
    }
    expected.put(idOf(jira, flavor, "cafesur-integration"), "Café del Sur Integration | no group or e-mail domain"
        + " of a proposed partner (e-mail domain cafesur-partnership.org)");
    expected.put(idOf(jira, flavor, "diego.herrera"), "Diego Herrera | no group or e-mail domain of a proposed "
        + "partner (e-mail domain gmail.com)");
    // Listed by display name.
    assertThat(unplaced(draft)).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(draft.unplaced()).extracting(u -> u.person().label())
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }
}
