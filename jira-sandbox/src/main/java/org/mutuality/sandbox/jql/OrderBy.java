package org.mutuality.sandbox.jql;

/**
 * One {@code ORDER BY} term.
 *
 * @param field the field, lower-cased
 * @param descending whether {@code DESC} was given
 */
public record OrderBy(String field, boolean descending) {
}
