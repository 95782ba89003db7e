package org.mutuality.sandbox.site;

/**
 * A link between two issues: "{@code sourceKey} [outward] {@code destinationKey}", for example
 * "COF-3 blocks COF-9". The source shows it as an {@code outwardIssue}, the destination as an
 * {@code inwardIssue}.
 *
 * @param id the link id
 * @param typeId the link type
 * @param sourceKey the issue the outward description applies to
 * @param destinationKey the other issue
 */
public record IssueLink(String id, String typeId, String sourceKey, String destinationKey) {
}
