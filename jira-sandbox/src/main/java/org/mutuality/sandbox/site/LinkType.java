package org.mutuality.sandbox.site;

/**
 * An issue link type.
 *
 * @param id the id
 * @param name the name (for example {@code Blocks})
 * @param inward the inward description ({@code is blocked by})
 * @param outward the outward description ({@code blocks})
 */
public record LinkType(String id, String name, String inward, String outward) {
}
