package org.mutuality.sandbox.site;

/**
 * A project component (often used as a work package).
 *
 * @param id the component id
 * @param name the name
 * @param description the description, may be empty
 * @param leadId the account id of the lead, or {@code null} when it has none
 */
public record Component(String id, String name, String description, String leadId) {
}
