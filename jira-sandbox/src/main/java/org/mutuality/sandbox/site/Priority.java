package org.mutuality.sandbox.site;

/**
 * An issue priority.
 *
 * @param id the id
 * @param name the name
 */
public record Priority(String id, String name) {
}
