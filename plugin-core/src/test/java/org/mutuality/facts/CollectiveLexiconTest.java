package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutuality.model.Partnership;

class CollectiveLexiconTest {
  private static final CollectiveLexicon LEXICON = CollectiveLexicon.of(List.of("Café de la Montaña"),
      "we, us, our, let's, our partnership", "nosotros, nuestra, juntos", "wij, samen, met elkaar", "none");

  @Test
  void termsAreFoldedSortedAndDistinctWithTheNameAmongThem() {
    assertThat(LEXICON.terms()).isEqualTo(
        "cafe de la montana, juntos, let s, met elkaar, nosotros, nuestra, our, our partnership, samen, us, we, wij");
    assertThat(LEXICON.size()).isEqualTo(12);
    assertThat(CollectiveLexicon.of(List.of(" "), "None", "", " , ").terms()).isEmpty();
  }

  @Test
  void aTermIsFoundAsAWholeWordInAnyCaseWithOrWithoutAccents() {
    assertThat(LEXICON.spokenIn("We'll send the samples")).isTrue();
    assertThat(LEXICON.spokenIn("Es NUÉSTRA parcela")).isTrue();
    assertThat(LEXICON.spokenIn("Dit doen we samen.")).isTrue();
    assertThat(LEXICON.spokenIn("Owe the roaster; Ourense; wijziging; samenvatting")).isFalse();
    assertThat(LEXICON.spokenIn("")).isFalse();
    assertThat(LEXICON.spokenIn(null)).isFalse();
  }

  @Test
  void phrasesAndTheNameMatchAcrossPunctuationAndSpacing() {
    assertThat(LEXICON.spokenIn("Let's meet on Monday")).isTrue();
    assertThat(LEXICON.spokenIn("Ik spreek het af met\nelkaar")).isTrue();
    assertThat(LEXICON.spokenIn("Met de coöperatie, elkaar later")).isFalse();
    assertThat(LEXICON.spokenIn("For CAFE DE LA MONTANA the lot is ready")).isTrue();
    assertThat(LEXICON.spokenIn("The café de la plaza")).isFalse();
    assertThat(LEXICON.spokenIn("Let me check")).isFalse();
  }

  @Test
  void longWordsAreSkippedWithoutHidingATermAfterThem() {
    assertThat(LEXICON.spokenIn("Antidisestablishmentarianism aside, we agree")).isTrue();
    assertThat(LEXICON.spokenIn("met supercalifragilisticexpialidocious elkaar")).isFalse();
  }

  @Test
  void aPartnershipIsNamedByEachProjectButNotByAKeyStandingInForAName() {
    assertThat(CollectiveLexicon.of(new Partnership("COF+CAC", "Café + Cacao", "", false, null), "we").terms())
        .isEqualTo("cacao, cafe, we");
    CollectiveLexicon unnamed = CollectiveLexicon.of(new Partnership("COF", "COF", "", false, null), "we");
    assertThat(unnamed.terms()).isEqualTo("we");
    assertThat(unnamed.spokenIn("See COF-12")).isFalse();
  }

  @Test
  void aTermOfManyLettersIsFoundToo() {
    String long70 = "x".repeat(70);
    CollectiveLexicon lexicon = CollectiveLexicon.of(List.of(), "we, " + long70);
    assertThat(lexicon.spokenIn("see " + long70.toUpperCase(java.util.Locale.ROOT) + " now")).isTrue();
    assertThat(lexicon.spokenIn("see " + long70 + "x now")).isFalse();
  }

  @Test
  void anEmptyLexiconFindsNothing() {
    assertThat(new CollectiveLexicon("").spokenIn("we us our")).isFalse();
  }
}
