package org.mutuality.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The rules a rule base holds, by id, with their metadata as read back from Drools. */
public final class RuleCatalogue {
  private final Map<String, RuleInfo> rules;

  public RuleCatalogue(Collection<RuleInfo> infos) {
    Map<String, RuleInfo> byId = new TreeMap<>(RuleCatalogue::compareIds);
    for (RuleInfo info : infos) {
      RuleInfo previous = byId.put(info.id(), info);
      if (previous != null) {
        throw new IllegalArgumentException("rule id " + info.id() + " is used twice: \"" + previous.ruleName()
            + "\" and \"" + info.ruleName() + "\"");
      }
    }
    this.rules = java.util.Collections.unmodifiableMap(byId);
  }

  /** Every rule, by key order then number. */
  public List<RuleInfo> all() {
    return List.copyOf(rules.values());
  }

  public RuleInfo get(String id) {
    return rules.get(id);
  }

  public boolean contains(String id) {
    return rules.containsKey(id);
  }

  public List<RuleInfo> byKey(Key key) {
    return rules.values().stream().filter(r -> r.key() == key).toList();
  }

  /** The known ids closest to an unknown one, nearest first, for "did you mean" messages. */
  public List<String> closest(String unknown, int limit) {
    List<String> ids = new ArrayList<>(rules.keySet());
    ids.sort(Comparator.comparingInt((String id) -> distance(unknown.toUpperCase(java.util.Locale.ROOT), id))
        .thenComparing(RuleCatalogue::compareIds));
    return ids.subList(0, Math.min(limit, ids.size()));
  }

  /** A "did you mean" phrase for an unknown id. */
  public String suggest(String unknown) {
    return "known ids closest to it: " + closest(unknown, 3).stream().collect(Collectors.joining(", "));
  }

  private static int compareIds(String a, String b) {
    int byKey = Integer.compare(keyOrder(a), keyOrder(b));
    return byKey != 0 ? byKey : a.compareTo(b);
  }

  private static int keyOrder(String id) {
    for (Key key : Key.values()) {
      if (id.startsWith(key.prefix() + "-")) {
        return key.ordinal();
      }
    }
    return Key.values().length;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
