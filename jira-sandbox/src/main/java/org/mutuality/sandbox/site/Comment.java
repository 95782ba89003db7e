package org.mutuality.sandbox.site;

import java.time.Instant;

/**
 * A comment on an issue.
 *
 * @param id the comment id
 * @param authorId the author's account id
 * @param body the body as plain text (paragraphs separated by blank lines); rendered as ADF on v3
 * @param created when it was created
 * @param updated when it was last edited
 * @param updateAuthorId who edited it last
 * @param visibility the restriction, or {@code null} when everyone who sees the issue sees it
 */
public record Comment(String id, String authorId, String body, Instant created, Instant updated,
    String updateAuthorId, Visibility visibility) {
}
