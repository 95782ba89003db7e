package org.mutuality.jira.writeback;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mutuality.report.ReportFinding;

/**
 * What an issue should hold of Mutuality's: the labels of the keys its findings are under, one managed comment
 * listing them, and the findings property. No findings: nothing of ours at all.
 *
 * @param key the issue key
 * @param findings the findings to write, most severe first
 */
public record IssueTarget(String key, List<ReportFinding> findings) {
  public IssueTarget {
    Objects.requireNonNull(key, "key");
    findings = List.copyOf(findings);
  }

  /** The labels of ours it should carry. */
  public SortedSet<String> labels(Marks marks) {
    SortedSet<String> labels = new TreeSet<>();
    findings.forEach(f -> labels.add(marks.label(f.key())));
    return labels;
  }

  /** Whether nothing should be written on it. */
  public boolean isEmpty() {
    return findings.isEmpty();
  }
}
