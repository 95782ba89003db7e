package org.mutuality.jira.writeback;

import java.util.List;

/**
 * What an applied plan wrote.
 *
 * @param applied the changes made, in the order made (after re-planning, these may differ from the plan)
 * @param failed the issues left unfinished, each with the last error (a rerun finishes them)
 * @param retries how many times an issue was re-read and re-planned after a refused or unanswered write
 */
public record ApplyResult(List<Change> applied, List<String> failed, int retries) {
  public ApplyResult {
    applied = List.copyOf(applied);
    failed = List.copyOf(failed);
  }

  /** Whether every issue reached its planned state. */
  public boolean complete() {
    return failed.isEmpty();
  }
}
