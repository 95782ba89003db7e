package org.mutuality.sandbox.site;

/**
 * An issue type.
 *
 * @param id the id
 * @param name the name
 * @param description the description
 * @param subtask whether it is a sub-task type
 * @param hierarchyLevel 1 for epics, 0 for standard types, -1 for sub-tasks
 */
public record IssueType(String id, String name, String description, boolean subtask, int hierarchyLevel) {
}
