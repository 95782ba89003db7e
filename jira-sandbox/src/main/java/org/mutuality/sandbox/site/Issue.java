package org.mutuality.sandbox.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An issue with its fields, comments, worklogs and changelog.
 *
 * @param id the numeric id as a string
 * @param key the key
 * @param projectKey the project
 * @param typeId the issue type
 * @param summary the summary
 * @param description the description as plain text, or {@code null}
 * @param statusId the status
 * @param priorityId the priority
 * @param resolutionId the resolution, or {@code null} while unresolved
 * @param assigneeId the assignee's account id, or {@code null}
 * @param reporterId the reporter's account id
 * @param created when it was created
 * @param updated when it was last updated
 * @param resolved when it was resolved, or {@code null}
 * @param due the due date, or {@code null}
 * @param labels the labels
 * @param componentIds the components
 * @param fixVersionIds the fix versions
 * @param sprintIds the sprints it has been in, oldest first
 * @param flagged whether it is flagged (impediment)
 * @param securityLevelId the security level, or {@code null}
 * @param parentKey the parent (epic or parent of a sub-task), or {@code null}
 * @param comments the comments, oldest first
 * @param worklogs the worklogs, oldest first
 * @param histories the changelog, oldest first
 * @param partnerOptionId the option chosen in the Partner custom field, or {@code null} (the demo sets none; an edit
 *     through {@code PUT /issue} sets it)
 * @param participantIds account ids in the Participants field (a multi-user picker; the attendees of a meeting
 *     record), empty when unset
 */
public record Issue(String id, String key, String projectKey, String typeId, String summary, String description,
    String statusId, String priorityId, String resolutionId, String assigneeId, String reporterId,
    Instant created, Instant updated, Instant resolved, LocalDate due, List<String> labels,
    List<String> componentIds, List<String> fixVersionIds, List<Long> sprintIds, boolean flagged,
    String securityLevelId, String parentKey, List<Comment> comments, List<Worklog> worklogs,
    List<History> histories, String partnerOptionId, List<String> participantIds) {
  /** Copies the lists; a {@link DeferredList} (a generated site's details) is kept as it is. */
  public Issue {
    participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    labels = List.copyOf(labels);
    componentIds = List.copyOf(componentIds);
    fixVersionIds = List.copyOf(fixVersionIds);
    sprintIds = List.copyOf(sprintIds);
    comments = DeferredList.copyOf(comments);
    worklogs = DeferredList.copyOf(worklogs);
    histories = DeferredList.copyOf(histories);
  }

  /** An issue with no participants. */
  public Issue(String id, String key, String projectKey, String typeId, String summary, String description,
      String statusId, String priorityId, String resolutionId, String assigneeId, String reporterId,
      Instant created, Instant updated, Instant resolved, LocalDate due, List<String> labels,
      List<String> componentIds, List<String> fixVersionIds, List<Long> sprintIds, boolean flagged,
      String securityLevelId, String parentKey, List<Comment> comments, List<Worklog> worklogs,
      List<History> histories, String partnerOptionId) {
    this(id, key, projectKey, typeId, summary, description, statusId, priorityId, resolutionId, assigneeId,
        reporterId, created, updated, resolved, due, labels, componentIds, fixVersionIds, sprintIds, flagged,
        securityLevelId, parentKey, comments, worklogs, histories, partnerOptionId, List.of());
  }

  /** An issue with no Partner option chosen (every issue of the datasets) and no participants. */
  public Issue(String id, String key, String projectKey, String typeId, String summary, String description,
      String statusId, String priorityId, String resolutionId, String assigneeId, String reporterId,
      Instant created, Instant updated, Instant resolved, LocalDate due, List<String> labels,
      List<String> componentIds, List<String> fixVersionIds, List<Long> sprintIds, boolean flagged,
      String securityLevelId, String parentKey, List<Comment> comments, List<Worklog> worklogs,
      List<History> histories) {
    this(id, key, projectKey, typeId, summary, description, statusId, priorityId, resolutionId, assigneeId,
        reporterId, created, updated, resolved, due, labels, componentIds, fixVersionIds, sprintIds, flagged,
        securityLevelId, parentKey, comments, worklogs, histories, null);
  }

  /** @return the number part of the key, for ordering keys as Jira does */
  public long number() {
    return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
  }
}
