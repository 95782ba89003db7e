package org.mutuality.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mutuality.model.WorkItem;

/**
 * Text tests rules apply to work items where DRL has no clean way: whether a configured marker (an issue type
 * or a label, such as a decision or meeting marker) marks an item, and which expected words a description
 * lacks.
 */
public final class Markers {
  private Markers() {}

  /**
   * Whether the item's type or one of its labels is {@code marker}, ignoring case and surrounding blanks. A
   * blank marker marks nothing.
   */
  public static boolean marked(WorkItem item, String marker) {
    if (marker == null || marker.isBlank()) {
      return false;
    }
    String wanted = marker.trim();
    if (item.type() != null && item.type().trim().equalsIgnoreCase(wanted)) {
      return true;
    }
    for (String label : item.labels()) {
      if (label != null && label.trim().equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a comma-separated list (blanks around them ignored, empty entries skipped) that do not occur
   * in {@code text} as whole words, ignoring case: a heading "## Context", a label "Context:" or the word in
   * a sentence all count. Returned in the order of the list, as written there but trimmed.
   */
  public static List<String> missingWords(String text, String commaSeparatedWords) {
    String haystack = text == null ? "" : text;
    List<String> missing = new ArrayList<>();
    for (String entry : commaSeparatedWords.split(",")) {
      String word = entry.trim();
      if (word.isEmpty()) {
        continue;
      }
      Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      if (!whole.matcher(haystack).find()) {
        missing.add(word);
      }
    }
    return missing;
  }

  /** {@code words} as one lower-case phrase: "context, decision and consequences". */
  public static String phrase(List<String> words) {
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    if (lower.size() <= 1) {
      return String.join("", lower);
    }
    return String.join(", ", lower.subList(0, lower.size() - 1)) + " and " + lower.get(lower.size() - 1);
  }
}
