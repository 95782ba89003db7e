package org.mutuality.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How rules read words in free text (descriptions, comments): a text is a sequence of words, each folded to
 * lower case without accents, so "Café de la Montaña", "CAFE DE LA MONTANA" and "café  de la\nmontaña" read
 * the same. A word is a run of letters, digits, combining marks and underscores; everything else (blanks,
 * punctuation, apostrophes) separates words, so "Growers' Cooperative" and "growers cooperative" match, and
 * "we're" holds the word "we".
 */
public final class Wording {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private Wording() {}

  /** Whether {@code c} belongs to a word. */
  static boolean wordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** One word in lower case without accents ("Montaña" reads "montana"). */
  public static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 0x80;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    // Lower case first: some capitals lower to a letter and a mark ("İ"), which the second step drops.
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("");
  }

  /** The words of a text, folded, in order; none for {@code null} or a text without words. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && wordChar(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(fold(text.substring(start, i)));
        start = -1;
      }
    }
    return words;
  }

  /**
   * Whether {@code text} names {@code name}: the name's words occur in the text one after the other, as whole
   * words, ignoring case, accents, punctuation and spacing. A name without words is named nowhere.
   */
  public static boolean mentions(String text, String name) {
    List<String> wanted = words(name);
    if (wanted.isEmpty()) {
      return false;
    }
    List<String> have = words(text);
    for (int i = 0; i + wanted.size() <= have.size(); i++) {
      if (have.subList(i, i + wanted.size()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of a text as a reader sees it, in characters (code points): surrounding blanks left out and
   * each run of blanks inside (spaces, line breaks) counted as one, so padding does not lengthen a text.
   */
  public static int length(String text) {
    if (text == null) {
      return 0;
    }
    String collapsed = BLANKS.matcher(text.strip()).replaceAll(" ");
    return collapsed.codePointCount(0, collapsed.length());
  }
}
