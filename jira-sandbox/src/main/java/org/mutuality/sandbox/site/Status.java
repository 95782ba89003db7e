package org.mutuality.sandbox.site;

/**
 * A workflow status.
 *
 * @param id the id
 * @param name the name
 * @param category the status category
 */
public record Status(String id, String name, StatusCategory category) {
}
