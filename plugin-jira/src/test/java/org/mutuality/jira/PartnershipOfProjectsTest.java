package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutuality.model.Partnership;

/** The partnership several projects show together: descriptions by key, a logo only if all have one, one lead. */
class PartnershipOfProjectsTest {
  private static final ProjectReader.Shown COF = new ProjectReader.Shown("COF", "Café del Sur", "Coffee together.",
      true, "ana");
  private static final ProjectReader.Shown PIT = new ProjectReader.Shown("PIT", "Pitalito", "Municipal work.", false,
      "ben");
  private static final ProjectReader.Shown OPS = new ProjectReader.Shown("OPS", "Operations", "", true, null);

  @Test
  void one_project_is_the_partnership_as_it_shows_itself() {
    assertThat(ProjectReader.partnership(List.of(COF)))
        .isEqualTo(new Partnership("COF", "Café del Sur", "Coffee together.", true, "ana"));
    assertThat(ProjectReader.partnership(List.of(OPS)))
        .isEqualTo(new Partnership("OPS", "Operations", "", true, null));
  }

  @Test
  void several_projects_give_each_description_under_its_key_and_the_first_projects_lead() {
    assertThat(ProjectReader.partnership(List.of(COF, PIT, OPS))).isEqualTo(new Partnership("COF+PIT+OPS",
        "Café del Sur + Pitalito + Operations", "COF: Coffee together.\n\nPIT: Municipal work.", false, "ana"));
    // the first project decides the lead, even when it has none
    assertThat(ProjectReader.partnership(List.of(OPS, COF)).leadId()).isNull();
  }

  @Test
  void a_logo_only_when_every_project_shows_a_custom_avatar() {
    assertThat(ProjectReader.partnership(List.of(COF, OPS)).customLogo()).isTrue();
    assertThat(ProjectReader.partnership(List.of(COF, PIT)).customLogo()).isFalse();
    assertThat(ProjectReader.partnership(List.of(PIT, COF)).customLogo()).isFalse();
  }

  @Test
  void projects_without_a_description_leave_it_empty() {
    ProjectReader.Shown blank = new ProjectReader.Shown("HR", "HR", "", false, "carla");
    assertThat(ProjectReader.partnership(List.of(OPS, blank)).description()).isEmpty();
  }
}
