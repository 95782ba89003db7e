package org.mutuality.sandbox.write;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;

/** A changed copy of an {@link Issue}: the fields writes touch, everything else kept. */
public final class IssueCopy {
  private final Issue from;
  private String summary;
  private String description;
  private LocalDate due;
  private Instant updated;
  private List<String> labels;
  private String partnerOptionId;
  private final List<Comment> comments;
  private final List<History> histories;

  /** @param from the issue to copy */
  public IssueCopy(Issue from) {
    this.from = from;
    this.summary = from.summary();
    this.description = from.description();
    this.due = from.due();
    this.updated = from.updated();
    this.labels = from.labels();
    this.partnerOptionId = from.partnerOptionId();
    this.comments = new ArrayList<>(from.comments());
    this.histories = new ArrayList<>(from.histories());
  }

  /**
   * @param value the new summary
   * @return this
   */
  public IssueCopy summary(String value) {
    this.summary = value;
    return this;
  }

  /**
   * @param value the new description, or null
   * @return this
   */
  public IssueCopy description(String value) {
    this.description = value;
    return this;
  }

  /**
   * @param value the new due date, or null
   * @return this
   */
  public IssueCopy due(LocalDate value) {
    this.due = value;
    return this;
  }

  /**
   * @param value the new labels
   * @return this
   */
  public IssueCopy labels(List<String> value) {
    this.labels = List.copyOf(value);
    return this;
  }

  /**
   * @param value the option chosen in the Partner custom field, or null
   * @return this
   */
  public IssueCopy partnerOptionId(String value) {
    this.partnerOptionId = value;
    return this;
  }

  /**
   * @param value when it was updated
   * @return this
   */
  public IssueCopy updated(Instant value) {
    this.updated = value;
    return this;
  }

  /** @return the comments, to change in place */
  public List<Comment> comments() {
    return comments;
  }

  /** @param history a new changelog entry @return this */
  public IssueCopy history(History history) {
    histories.add(history);
    return this;
  }

  /** @return the changed issue */
  public Issue build() {
    return new Issue(from.id(), from.key(), from.projectKey(), from.typeId(), summary, description,
        from.statusId(), from.priorityId(), from.resolutionId(), from.assigneeId(), from.reporterId(),
        from.created(), updated, from.resolved(), due, labels, from.componentIds(), from.fixVersionIds(),
        from.sprintIds(), from.flagged(), from.securityLevelId(), from.parentKey(), comments, from.worklogs(),
        histories, partnerOptionId, from.participantIds());
  }
}
