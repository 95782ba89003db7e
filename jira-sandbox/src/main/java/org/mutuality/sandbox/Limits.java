package org.mutuality.sandbox;

/**
 * The page caps and preview sizes the sandbox applies, Jira's by default ({@link #jira()}); tests may shrink
 * them to exercise paging with a small dataset.
 *
 * @param commentPreview comments embedded in {@code fields.comment} (the rest through {@code /comment})
 * @param worklogPreview worklogs embedded in {@code fields.worklog} (the rest through {@code /worklog})
 * @param cloudSearchChangelogPreview histories embedded by Cloud search and bulk fetch with
 *     {@code expand=changelog}
 * @param cloudIssueChangelogPreview histories embedded by Cloud {@code GET /issue} with {@code expand=changelog}
 * @param cloudSearchMaxResults Cloud {@code /search/jql} page cap when fields are requested
 * @param cloudSearchMaxResultsIdsOnly Cloud {@code /search/jql} page cap when only ids or keys are requested
 * @param dcSearchMaxResults Data Center {@code /search} cap on {@code maxResults} (silently applied)
 * @param bulkFetchMaxIssues issues per {@code POST /issue/bulkfetch}
 * @param changelogBulkFetchMaxIssues issues per {@code POST /changelog/bulkfetch}
 * @param groupMemberMaxResults the cap on {@code /group/member} pages
 */
public record Limits(int commentPreview, int worklogPreview, int cloudSearchChangelogPreview,
    int cloudIssueChangelogPreview, int cloudSearchMaxResults, int cloudSearchMaxResultsIdsOnly,
    int dcSearchMaxResults, int bulkFetchMaxIssues, int changelogBulkFetchMaxIssues, int groupMemberMaxResults) {

  /** @return the values documented in {@code jira-api/NOTES.md} (sections 2.1–2.3, 2.8) */
  public static Limits jira() {
    return new Limits(20, 20, 40, 100, 100, 5000, 1000, 100, 1000, 50);
  }

  /**
   * @param max the new Cloud search page cap (with fields)
   * @return a copy with that cap
   */
  public Limits withCloudSearchMaxResults(int max) {
    return new Limits(commentPreview, worklogPreview, cloudSearchChangelogPreview, cloudIssueChangelogPreview, max,
        cloudSearchMaxResultsIdsOnly, dcSearchMaxResults, bulkFetchMaxIssues, changelogBulkFetchMaxIssues,
        groupMemberMaxResults);
  }

  /**
   * @param max the new Data Center search cap
   * @return a copy with that cap
   */
  public Limits withDcSearchMaxResults(int max) {
    return new Limits(commentPreview, worklogPreview, cloudSearchChangelogPreview, cloudIssueChangelogPreview,
        cloudSearchMaxResults, cloudSearchMaxResultsIdsOnly, max, bulkFetchMaxIssues, changelogBulkFetchMaxIssues,
        groupMemberMaxResults);
  }
}
