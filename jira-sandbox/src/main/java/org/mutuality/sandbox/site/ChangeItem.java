package org.mutuality.sandbox.site;

/**
 * One field change inside a changelog history.
 *
 * @param field the field name (for example {@code status}, {@code Sprint})
 * @param fieldtype {@code jira} or {@code custom}
 * @param fieldId the field id (Cloud only; Data Center does not send it)
 * @param from the old raw value, or {@code null}
 * @param fromText the old display value ({@code fromString} in JSON), or {@code null}
 * @param to the new raw value, or {@code null}
 * @param toText the new display value ({@code toString} in JSON), or {@code null}
 */
public record ChangeItem(String field, String fieldtype, String fieldId, String from, String fromText,
    String to, String toText) {
}
