package org.mutuality.jira.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutuality.jira.api.ProjectJson;

class JiraTimesTest {
  @Test
  void reads_every_form_jira_sends() {
    Instant nine = Instant.parse("2026-11-20T09:00:00Z");
    assertThat(JiraTimes.instant("2026-11-20T04:00:00.000-0500")).isEqualTo(nine);
    assertThat(JiraTimes.instant("2026-11-20T09:00:00.000Z")).isEqualTo(nine);
    assertThat(JiraTimes.instant("2026-11-20T10:00:00+01:00")).isEqualTo(nine);
    assertThat(JiraTimes.instant(LongNode.valueOf(nine.getEpochSecond()))).isEqualTo(nine);
    assertThat(JiraTimes.instant(LongNode.valueOf(nine.toEpochMilli()))).isEqualTo(nine);
    assertThat(JiraTimes.instant("yesterday")).isNull();
    assertThat(JiraTimes.date(TextNode.valueOf("2026-10-31"))).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(JiraTimes.date(LongNode.valueOf(1278385482288L))).isEqualTo(LocalDate.of(2010, 7, 6));
  }

  @Test
  void the_usual_shapes_read_as_the_formatter_reads_them() {
    java.util.Random random = new java.util.Random(3);
    List<String> texts = new java.util.ArrayList<>(List.of("2026-02-30T09:00:00.000+0000",
        "2026-11-20T24:00:00.000+0000", "0000-11-20T09:00:00.000Z", "2026-11-20T09:00:00.000-0000",
        "2026-11-20T09:00:00.000+1800", "2026-11-20T09:00:00.000+1801", "2026-11-20T09:00:00.000+0960",
        "2026-13-20T09:00:00.000Z", "2026-11-20T09:60:00.000Z", "2026-11-20T09:00:00.000X", "2026-11-20 09:00:00.000Z",
        "2026-11-20T09:00:00,000Z", "2026-11-2OT09:00:00.000Z", "2024-02-29T23:59:59.999+1400"));
    for (int i = 0; i < 2000; i++) {
      java.time.OffsetDateTime at = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1000) * 1_000_000L)
          .atOffset(java.time.ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 18 * 4) * 900));
      texts.add(at.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")));
      texts.add(at.withOffsetSameInstant(java.time.ZoneOffset.UTC)
          .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")));
    }
    for (String text : texts) {
      assertThat(JiraTimes.instant(text)).as(text).isEqualTo(JiraTimes.formatted(text));
    }
  }

  @Test
  void sprint_fields_of_both_flavours() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
        [{"id":5,"name":"COF Sprint 5","state":"closed","boardId":1,"goal":"","startDate":"2026-10-19T14:00:00.000Z"},
         "com.atlassian.greenhopper.service.sprint.Sprint@5a17c0d8[id=6,rapidViewId=1,state=ACTIVE,name=COF Sprint 6,\
        startDate=2026-11-09T14:00:00.000Z,endDate=2026-11-23T14:00:00.000Z,completeDate=<null>,sequence=6,\
        goal=Agree the price, with the cooperative]"]
        """);
    assertThat(SprintField.parse(json)).containsExactly(
        new ProjectJson.Sprint(5L, "COF Sprint 5", "closed", "2026-10-19T14:00:00.000Z", null, null, ""),
        new ProjectJson.Sprint(6L, "COF Sprint 6", "active", "2026-11-09T14:00:00.000Z", "2026-11-23T14:00:00.000Z",
            null, "Agree the price, with the cooperative"));
    assertThat(SprintField.parse(null)).isEqualTo(List.of());
  }
}
