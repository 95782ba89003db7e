package org.mutuality.sandbox;

import java.time.Instant;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.IssueLink;
import org.mutuality.sandbox.site.Site;

/** What write tests share: the write clock's start and the ids the next writes will get. */
final class WriteFixtures {
  static final String INTEGRATION = "integration@cafesur-partnership.org";
  /** The write clock of write tests: one hour after the demo's "now". */
  static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private WriteFixtures() {
  }

  private static Site demo() {
    return Dataset.demo().site();
  }

  static long nextIssueId() {
    return demo().issues().stream().mapToLong(i -> Long.parseLong(i.id())).max().orElseThrow() + 1;
  }

  static long nextIssueNumber(String project) {
    return demo().issues().stream().filter(i -> i.projectKey().equals(project)).mapToLong(Issue::number).max()
        .orElseThrow() + 1;
  }

  static long nextCommentId() {
    return demo().issues().stream().flatMap(i -> i.comments().stream()).map(Comment::id).mapToLong(Long::parseLong)
        .max().orElseThrow() + 1;
  }

  static long nextHistoryId() {
    return demo().issues().stream().flatMap(i -> i.histories().stream()).map(History::id)
        .mapToLong(Long::parseLong).max().orElseThrow() + 1;
  }

  static long nextLinkId() {
    return demo().links().stream().map(IssueLink::id).mapToLong(Long::parseLong).max().orElseThrow() + 1;
  }
}
