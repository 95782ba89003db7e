package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void wordsAreFoldedToLowerCaseWithoutAccents() {
    assertThat(Wording.words("Café de la MONTAÑA, we're   here_now!")).containsExactly(
        "cafe", "de", "la", "montana", "we", "re", "here_now");
    // A letter written with a separate combining accent is one letter, as when precomposed.
    assertThat(Wording.words("nue\u0301stro")).containsExactly("nuestro");
    assertThat(Wording.words(null)).isEmpty();
    assertThat(Wording.words(" -- ")).isEmpty();
  }

  @Test
  void aNameIsMentionedAsWholeWordsIgnoringCaseAccentsPunctuationAndSpacing() {
    String description = "A partnership of the growers cooperative,\nTostadores   del SUR and the Universidad del Huila's lab.";
    assertThat(Wording.mentions(description, "Growers' Cooperative")).isTrue();
    assertThat(Wording.mentions(description, "Tostadores del Sur")).isTrue();
    assertThat(Wording.mentions(description, "Universidad del Huila")).isTrue();
    assertThat(Wording.mentions(description, "Alcaldía de Pitalito")).isFalse();
    assertThat(Wording.mentions("Cooperatives of growers", "cooperative")).isFalse();
    assertThat(Wording.mentions(description, " ")).isFalse();
    assertThat(Wording.mentions(null, "Sur")).isFalse();
  }

  @Test
  void lengthCountsCharactersWithBlanksCollapsed() {
    assertThat(Wording.length("  Café  de\n\nla   montaña  ")).isEqualTo("Café de la montaña".length());
    assertThat(Wording.length("")).isZero();
    assertThat(Wording.length(null)).isZero();
    assertThat(Wording.length("\uD83C\uDF31 ok")).isEqualTo(4);
  }
}
