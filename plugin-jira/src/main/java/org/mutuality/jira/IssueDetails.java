package org.mutuality.jira;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mutuality.jira.api.Flavor;
import org.mutuality.jira.api.IssueJson;
import org.mutuality.jira.api.JiraApi;
import org.mutuality.jira.http.JiraException;
import org.mutuality.model.DataArea;

/**
 * One issue's complete comments, worklogs and histories: the embedded previews, or, when a preview's
 * {@code total} says more exist, the paged endpoints (Cloud's changelog through the bulk endpoint, many issues at a
 * time). Fetches run on a few threads; the transport bounds the requests in flight.
 */
final class IssueDetails {
  /** One issue and its lists, complete once {@link #fetch} returns. */
  static final class Entry {
    final IssueJson.SearchIssue issue;
    final IssueJson.Fields fields;
    volatile List<IssueJson.Comment> comments;
    volatile List<IssueJson.Worklog> worklogs;
    volatile List<IssueJson.History> histories;

    Entry(IssueJson.SearchIssue issue) {
      this.issue = issue;
      this.fields = issue.standard();
      IssueJson.CommentPage c = fields.comment();
      comments = c == null || c.comments() == null ? List.of() : c.comments();
      IssueJson.WorklogPage w = fields.worklog();
      worklogs = w == null || w.worklogs() == null ? List.of() : w.worklogs();
      IssueJson.ChangelogPage h = issue.changelog();
      histories = h == null || h.histories() == null ? List.of() : h.histories();
    }

    boolean moreComments() {
      IssueJson.CommentPage c = fields.comment();
      return c != null && c.total() != null && c.total() > comments.size();
    }

    boolean moreWorklogs() {
      IssueJson.WorklogPage w = fields.worklog();
      return w != null && w.total() != null && w.total() > worklogs.size();
    }

    boolean moreHistories() {
      IssueJson.ChangelogPage h = issue.changelog();
      return h != null && h.total() != null && h.total() > histories.size();
    }
  }

  private final JiraApi api;
  private final Gaps gaps;
  private final int threads;

  IssueDetails(JiraApi api, Gaps gaps, int threads) {
    this.api = api;
    this.gaps = gaps;
    this.threads = threads;
  }

  /** Completes every entry's lists. */
  void fetch(List<Entry> entries) throws JiraException, InterruptedException {
    List<Task> tasks = new ArrayList<>();
    Map<String, String> moreChangelog = new java.util.LinkedHashMap<>();
    for (Entry e : entries) {
      String key = e.issue.key();
      if (e.moreComments()) {
        tasks.add(() -> e.comments = gaps.tolerate(DataArea.COMMENTS, () -> api.issues().comments(key), e.comments));
      }
      if (e.moreWorklogs()) {
        tasks.add(() -> e.worklogs = gaps.tolerate(DataArea.WORKLOGS, () -> api.issues().worklogs(key), e.worklogs));
      }
      if (e.moreHistories()) {
        if (api.flavor() == Flavor.CLOUD) {
          moreChangelog.put(e.issue.id(), key);
        } else {
          // Data Center has no changelog paging (NOTES.md §2.3); the issue itself may embed more than search did.
          tasks.add(() -> e.histories = gaps.tolerate(DataArea.CHANGELOG, () -> api.issues().changelog(key),
              e.histories));
        }
      }
    }
    if (!moreChangelog.isEmpty()) {
      tasks.add(() -> {
        Map<String, List<IssueJson.History>> all = gaps.tolerate(DataArea.CHANGELOG,
            () -> api.issues().changelogs(moreChangelog), Map.of());
        for (Entry e : entries) {
          List<IssueJson.History> histories = all.get(e.issue.id());
          if (histories != null) {
            e.histories = histories;
          }
        }
      });
    }
    run(tasks);
    if (api.flavor() != Flavor.CLOUD) {
      for (Entry e : entries) {
        IssueJson.ChangelogPage h = e.issue.changelog();
        if (e.moreHistories()) {
          gaps.add(DataArea.CHANGELOG, "the changelog of " + e.issue.key() + " embeds " + e.histories.size()
              + " of its " + h.total() + " histories, and Data Center has no changelog paging: the older ones "
              + "are not read");
        }
      }
    }
  }

  /** A fetch. */
  @FunctionalInterface
  interface Task {
    void run() throws JiraException;
  }

  private void run(List<Task> tasks) throws JiraException, InterruptedException {
    if (tasks.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
      Thread t = new Thread(r, "mutuality-jira-read");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (Task task : tasks) {
        futures.add(pool.submit(() -> {
          task.run();
          return null;
        }));
      }
      for (Future<Void> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof JiraException jira) {
            throw jira;
          }
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
