package org.mutuality.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.mutuality.model.Partnership;

/**
 * The words and phrases that speak of the partnership collectively (IDEN-009): the configured lexicons of
 * every language ("we", "our partnership", "nosotros", "wij"…) and the partnership's own name, as one fact, so
 * the comments are each scanned once, in one pass, whatever the number of languages.
 *
 * <p>A comment speaks collectively when one of the terms occurs in it as whole words, ignoring case, accents,
 * punctuation and spacing ({@link Wording}): "We'll send it", "NUESTRA parcela" and "samen met de coöperatie"
 * do; "owe", "Ourense" and "wijziging" do not. The matcher compiled from the terms is cached by the terms'
 * text, so every session on the same configuration shares it.
 *
 * @param terms the terms, each as its folded words joined by a space, sorted, distinct and joined by
 *     {@code ", "}; empty when there is none
 */
public record CollectiveLexicon(String terms) {
  /** The value of a lexicon setting that adds no term (a text setting cannot be left empty by default). */
  public static final String NONE = "none";

  private static final int CACHE_LIMIT = 64;
  private static final Map<String, TermMatcher> MATCHERS = new ConcurrentHashMap<>();

  public CollectiveLexicon {
    terms = terms == null ? "" : terms;
  }

  /**
   * The lexicon of a partnership: some comma-separated term lists, and the partnership's name. A list that is
   * blank or reads {@value #NONE} (any case) adds nothing. A partnership of several projects is named by each
   * of them ({@code "Café + Cacao"} adds "Café" and "Cacao"); a name that is only the project's key (the
   * tracker gave no name) is left out, or every mention of an item key ("COF-12") would count.
   */
  public static CollectiveLexicon of(Partnership partnership, String... lexicons) {
    Set<String> keys = new HashSet<>();
    for (String key : partnership.id().split("\\+")) {
      keys.add(key.trim().toLowerCase(Locale.ROOT));
    }
    List<String> names = new ArrayList<>();
    for (String name : partnership.name().split(" \\+ ")) {
      if (!keys.contains(name.trim().toLowerCase(Locale.ROOT))) {
        names.add(name);
      }
    }
    return of(names, lexicons);
  }

  /**
   * The lexicon of some comma-separated term lists and some names, each name one term. A list that is blank
   * or reads {@value #NONE} (any case) adds nothing; a blank name adds nothing.
   */
  public static CollectiveLexicon of(List<String> names, String... lexicons) {
    Set<String> terms = new TreeSet<>();
    for (String lexicon : lexicons) {
      if (lexicon == null || lexicon.isBlank() || lexicon.trim().equalsIgnoreCase(NONE)) {
        continue;
      }
      for (String term : lexicon.split(",")) {
        addTerm(terms, term);
      }
    }
    names.forEach(name -> addTerm(terms, name));
    return new CollectiveLexicon(String.join(", ", terms));
  }

  private static void addTerm(Set<String> terms, String term) {
    List<String> words = Wording.words(term);
    if (!words.isEmpty()) {
      terms.add(String.join(" ", words));
    }
  }

  /** Whether {@code text} holds one of the terms as whole words. */
  public boolean spokenIn(String text) {
    return matcher(terms).test(text);
  }

  /** The number of terms. */
  public int size() {
    return terms.isEmpty() ? 0 : terms.split(", ").length;
  }

  private static TermMatcher matcher(String terms) {
    TermMatcher matcher = MATCHERS.get(terms);
    if (matcher == null) {
      if (MATCHERS.size() >= CACHE_LIMIT) {
        MATCHERS.clear();
      }
      matcher = MATCHERS.computeIfAbsent(terms, TermMatcher::new);
    }
    return matcher;
  }

  /**
   * The terms compiled for one pass over a text: single words in a set, phrases by their last word. A word is
   * looked up only when its length and first letter are those of some term's word, so most words of a text
   * are passed over without being copied or folded.
   */
  static final class TermMatcher {
    private final Set<String> singles = new HashSet<>();
    private final Map<String, List<String[]>> phrasesByLast = new HashMap<>();
    private final int longestWord;
    private final int longestPhrase;
    /** Bit n set: some term has a word of n characters (n < 64; longer words, up to the longest, pass). */
    private long lengths;
    /** Whether some term has a word starting with this ASCII character (non-ASCII first letters always pass). */
    private final boolean[] firsts = new boolean[128];

    TermMatcher(String terms) {
      int word = 0;
      int phrase = 1;
      for (String term : terms.isEmpty() ? new String[0] : terms.split(", ")) {
        String[] words = term.split(" ");
        for (String w : words) {
          word = Math.max(word, w.length());
          lengths |= w.length() < 64 ? 1L << w.length() : 0;
          if (w.charAt(0) < 128) {
            firsts[w.charAt(0)] = true;
          }
        }
        if (words.length == 1) {
          singles.add(words[0]);
        } else {
          phrasesByLast.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(words);
          phrase = Math.max(phrase, words.length);
        }
      }
      this.longestWord = word;
      this.longestPhrase = phrase;
    }

    /** Whether a folded word could be one of the terms' words. */
    private boolean candidate(int length, char first) {
      return length <= longestWord && (length >= 64 || (lengths & (1L << length)) != 0)
          && (first >= 128 || firsts[first]);
    }

    boolean test(String text) {
      if (text == null || (singles.isEmpty() && phrasesByLast.isEmpty())) {
        return false;
      }
      // The last words read, most recent at index (count - 1) % length; null for a word no term holds.
      String[] recent = new String[longestPhrase];
      int count = 0;
      char[] buffer = null;
      int length = text.length();
      int i = 0;
      while (i < length) {
        if (!Wording.wordChar(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        boolean ascii = true;
        while (i < length && Wording.wordChar(text.charAt(i))) {
          ascii &= text.charAt(i) < 0x80;
          i++;
        }
        String word = null;
        if (ascii) {
          char first = text.charAt(start);
          if (candidate(i - start, first >= 'A' && first <= 'Z' ? (char) (first + 32) : first)) {
            if (buffer == null) {
              buffer = new char[longestWord];
            }
            for (int k = start; k < i; k++) {
              char c = text.charAt(k);
              buffer[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            word = new String(buffer, 0, i - start);
          }
        } else if (i - start <= 2 * longestWord + 2) {
          // Folding drops marks, so a folded word may be shorter than the text's; never less than half.
          String folded = Wording.fold(text.substring(start, i));
          if (!folded.isEmpty() && candidate(folded.length(), folded.charAt(0))) {
            word = folded;
          }
        }
        if (word != null && (singles.contains(word) || endsPhrase(word, recent, count))) {
          return true;
        }
        recent[count % recent.length] = word;
        count++;
      }
      return false;
    }

    /** Whether {@code word} ends a phrase whose other words are the last ones read. */
    private boolean endsPhrase(String word, String[] recent, int count) {
      List<String[]> phrases = phrasesByLast.get(word);
      if (phrases == null) {
        return false;
      }
      for (String[] phrase : phrases) {
        int before = phrase.length - 1;
        if (before > count) {
          continue;
        }
        boolean all = true;
        for (int back = 1; back <= before && all; back++) {
          String seen = recent[(count - back) % recent.length];
          all = phrase[before - back].equals(seen);
        }
        if (all) {
          return true;
        }
      }
      return false;
    }
  }
}
