package org.mutuality.sandbox.site;

import java.time.Instant;

/**
 * Time logged on an issue.
 *
 * @param id the worklog id
 * @param authorId the author's account id
 * @param comment the comment as plain text, may be empty
 * @param started when the work started
 * @param timeSpentSeconds the time spent
 * @param created when it was logged
 * @param visibility the restriction, or {@code null}
 */
public record Worklog(String id, String authorId, String comment, Instant started, long timeSpentSeconds,
    Instant created, Visibility visibility) {
}
