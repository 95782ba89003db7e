package org.mutuality.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A unit of work in the tracker (a Jira issue).
 *
 * @param key the tracker's key, e.g. {@code COF-12}
 * @param type the work item type, e.g. {@code Task}
 * @param summary one-line title
 * @param status the status name
 * @param statusCategory the stage the status belongs to
 * @param assigneeId person id of the assignee, {@code null} when unassigned
 * @param reporterId person id of the reporter
 * @param partnerId the partner that owns the item: set by a configured component or field, else the
 *     assignee's partner after mapping; {@code null} when neither applies
 * @param created when it was created
 * @param updated when it was last changed
 * @param resolved when it was resolved, {@code null} while open
 * @param due the due date, {@code null} when none is set
 * @param labels labels
 * @param components components (work packages)
 * @param parentKey epic or parent key, {@code null} when none
 * @param fixVersions ids of the milestones it is planned for
 * @param sprints ids of the iterations it was in
 * @param securityLevel the security level that hides it from everyone outside the level's members, {@code null}
 *     when none is set
 * @param description its description as plain text, empty when there is none
 * @param flagged whether it is flagged as impeded (Jira's Flagged field) at capture
 * @param participants person ids named in a participants field (e.g. the attendees of a meeting record)
 */
public record WorkItem(
    String key,
    String type,
    String summary,
    String status,
    StatusCategory statusCategory,
    String assigneeId,
    String reporterId,
    String partnerId,
    Instant created,
    Instant updated,
    Instant resolved,
    LocalDate due,
    List<String> labels,
    List<String> components,
    String parentKey,
    List<String> fixVersions,
    List<String> sprints,
    String securityLevel,
    String description,
    boolean flagged,
    List<String> participants) {
  public WorkItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(statusCategory, "statusCategory");
    labels = labels == null ? List.of() : List.copyOf(labels);
    components = components == null ? List.of() : List.copyOf(components);
    fixVersions = fixVersions == null ? List.of() : List.copyOf(fixVersions);
    sprints = sprints == null ? List.of() : List.copyOf(sprints);
    description = description == null ? "" : description;
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  /** Whether a security level hides it from some people. */
  public boolean restricted() {
    return securityLevel != null;
  }

  /**
   * Whether the item was open at an instant: created by then, and not resolved by then (an item resolved
   * later was open; an unresolved one is open unless its status is a done status).
   */
  public boolean openAt(Instant instant) {
    if (created != null && created.isAfter(instant)) {
      return false;
    }
    return resolved == null ? statusCategory != StatusCategory.DONE : resolved.isAfter(instant);
  }

  /** This item with its owning partner set. */
  public WorkItem withPartner(String partner) {
    return new WorkItem(
        key, type, summary, status, statusCategory, assigneeId, reporterId, partner, created, updated,
        resolved, due, labels, components, parentKey, fixVersions, sprints, securityLevel, description, flagged,
        participants);
  }
}
