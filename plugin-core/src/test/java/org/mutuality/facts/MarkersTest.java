package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.WorkItem;

class MarkersTest {
  private static WorkItem item(String type, List<String> labels, String description) {
    return new WorkItem("COF-1", type, "A decision", "Open", StatusCategory.TO_DO, null, null, null,
        Instant.parse("2026-10-01T00:00:00Z"), null, null, null, labels, null, null, null, null, null, description,
        false, null);
  }

  @Test
  void aMarkerIsTheTypeOrALabelIgnoringCase() {
    assertThat(Markers.marked(item("Decision", List.of(), ""), "decision")).isTrue();
    assertThat(Markers.marked(item("Task", List.of("steering", "ADR"), ""), " adr ")).isTrue();
    assertThat(Markers.marked(item("Task", List.of("adr-draft"), ""), "adr")).isFalse();
    assertThat(Markers.marked(item("Task", List.of(), ""), "")).isFalse();
    assertThat(Markers.marked(item("Task", List.of(), ""), null)).isFalse();
  }

  @Test
  void missingWordsAreMatchedAsWholeWordsIgnoringCase() {
    String adr = "## Context\nRoasters need lots.\n\nDECISION: we buy washed lots only.";
    assertThat(Markers.missingWords(adr, "context, decision ,consequences")).containsExactly("consequences");
    assertThat(Markers.missingWords("Contextual notes; decisions pending", "context,decision"))
        .containsExactly("context", "decision");
    assertThat(Markers.missingWords("", "context,,decision")).containsExactly("context", "decision");
    assertThat(Markers.missingWords(null, "Context")).containsExactly("Context");
    assertThat(Markers.missingWords("Consecuencias: ninguna", "consecuencias")).isEmpty();
  }

  @Test
  void aPhraseJoinsWordsWithAnd() {
    assertThat(Markers.phrase(List.of("Context"))).isEqualTo("context");
    assertThat(Markers.phrase(List.of("context", "decision"))).isEqualTo("context and decision");
    assertThat(Markers.phrase(List.of("context", "decision", "consequences")))
        .isEqualTo("context, decision and consequences");
  }
}
