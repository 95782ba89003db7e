package org.mutuality.jira.writeback;

import java.util.Comparator;

/** Issue keys in Jira's order: by project, then by number ({@code COF-9} before {@code COF-10}). */
final class IssueKeys {
  static final Comparator<String> ORDER = Comparator.comparing(IssueKeys::project).thenComparingLong(IssueKeys::number)
      .thenComparing(Comparator.naturalOrder());

  private IssueKeys() {
  }

  static String project(String key) {
    int dash = key.lastIndexOf('-');
    return dash < 0 ? key : key.substring(0, dash);
  }

  private static long number(String key) {
    int dash = key.lastIndexOf('-');
    try {
      return dash < 0 ? 0 : Long.parseLong(key.substring(dash + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
