package org.mutuality.sandbox.site;

/**
 * An issue resolution.
 *
 * @param id the id
 * @param name the name
 * @param description the description
 */
public record Resolution(String id, String name, String description) {
}
