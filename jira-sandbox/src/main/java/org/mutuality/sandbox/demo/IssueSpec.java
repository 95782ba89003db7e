package org.mutuality.sandbox.demo;

import java.util.ArrayList;
import java.util.List;
import org.mutuality.sandbox.site.Visibility;

/** A mutable description of one demo issue, turned into an {@code Issue} (with its changelog) by the builder. */
final class IssueSpec {
  /**
   * A comment to add: author login, days before now, text, restriction, and whether it was added to the demo after
   * its first release (such comments take ids from a range of their own, so earlier comments keep their ids).
   */
  record CommentSpec(String author, double daysAgo, String text, Visibility visibility, boolean added) {
    CommentSpec(String author, double daysAgo, String text, Visibility visibility) {
      this(author, daysAgo, text, visibility, false);
    }
  }

  /** A reassignment: who did it, when, from whom, to whom (logins). */
  record Reassign(String by, double daysAgo, String from, String to) {
  }

  /** Time logged by anyone: author login, days before now, hours, comment. */
  record WorklogSpec(String author, double daysAgo, double hours, String comment) {
  }

  /** A plain field change in the changelog (labels, priority): who, when, field, old and new text. */
  record Change(String by, double daysAgo, String field, String from, String to) {
  }

  final String project;
  final int number;
  final String type;
  final String summary;
  String description;
  String assignee;
  String reporter;
  double createdDaysAgo;
  String status = "To Do";
  double startedDaysAgo = -1;
  double resolvedDaysAgo = -1;
  String resolver;
  Integer dueInDays;
  String priority = "Medium";
  final List<String> labels = new ArrayList<>();
  final List<String> components = new ArrayList<>();
  final List<String> versions = new ArrayList<>();
  final List<Long> sprints = new ArrayList<>();
  boolean flagged;
  String securityLevel;
  String parent;
  final List<CommentSpec> comments = new ArrayList<>();
  final List<Reassign> reassignments = new ArrayList<>();
  String reopenedBy;
  double worklogHours;
  final List<WorklogSpec> worklogs = new ArrayList<>();
  final List<Change> changes = new ArrayList<>();
  final List<String> participants = new ArrayList<>();

  IssueSpec(String project, int number, String type, String summary) {
    this.project = project;
    this.number = number;
    this.type = type;
    this.summary = summary;
  }

  String key() {
    return project + "-" + number;
  }

  IssueSpec people(String assignee, String reporter) {
    this.assignee = assignee;
    this.reporter = reporter;
    return this;
  }

  IssueSpec created(double daysAgo) {
    this.createdDaysAgo = daysAgo;
    return this;
  }

  IssueSpec inProgress(double startedDaysAgo) {
    this.status = "In Progress";
    this.startedDaysAgo = startedDaysAgo;
    return this;
  }

  IssueSpec inReview(double startedDaysAgo) {
    this.status = "In Review";
    this.startedDaysAgo = startedDaysAgo;
    return this;
  }

  IssueSpec done(double startedDaysAgo, double resolvedDaysAgo) {
    this.status = "Done";
    this.startedDaysAgo = startedDaysAgo;
    this.resolvedDaysAgo = resolvedDaysAgo;
    return this;
  }

  IssueSpec due(int inDays) {
    this.dueInDays = inDays;
    return this;
  }

  IssueSpec priority(String priority) {
    this.priority = priority;
    return this;
  }

  IssueSpec labels(String... labels) {
    this.labels.addAll(List.of(labels));
    return this;
  }

  IssueSpec component(String name) {
    this.components.add(name);
    return this;
  }

  IssueSpec version(String name) {
    this.versions.add(name);
    return this;
  }

  IssueSpec sprints(long... ids) {
    for (long id : ids) {
      this.sprints.add(id);
    }
    return this;
  }

  IssueSpec flagged() {
    this.flagged = true;
    return this;
  }

  IssueSpec security(String levelId) {
    this.securityLevel = levelId;
    return this;
  }

  IssueSpec parent(String key) {
    this.parent = key;
    return this;
  }

  IssueSpec describe(String text) {
    this.description = text;
    return this;
  }

  IssueSpec comment(String author, double daysAgo, String text) {
    comments.add(new CommentSpec(author, daysAgo, text, null));
    return this;
  }

  /** A comment added after the demo's first release: its id comes after every earlier comment's. */
  IssueSpec addedComment(String author, double daysAgo, String text) {
    comments.add(new CommentSpec(author, daysAgo, text, null, true));
    return this;
  }

  /** The people (logins) in the Participants field, e.g. a meeting's attendees. */
  IssueSpec participants(String... logins) {
    participants.addAll(List.of(logins));
    return this;
  }

  IssueSpec restricted(String author, double daysAgo, String text, Visibility visibility) {
    comments.add(new CommentSpec(author, daysAgo, text, visibility));
    return this;
  }

  IssueSpec reassigned(String by, double daysAgo, String from, String to) {
    reassignments.add(new Reassign(by, daysAgo, from, to));
    return this;
  }

  IssueSpec reopenedBy(String login) {
    this.reopenedBy = login;
    return this;
  }

  IssueSpec logged(double hours) {
    this.worklogHours = hours;
    return this;
  }

  IssueSpec resolvedBy(String login) {
    this.resolver = login;
    return this;
  }

  IssueSpec worklog(String author, double daysAgo, double hours, String comment) {
    worklogs.add(new WorklogSpec(author, daysAgo, hours, comment));
    return this;
  }

  IssueSpec change(String by, double daysAgo, String field, String from, String to) {
    changes.add(new Change(by, daysAgo, field, from, to));
    return this;
  }
}
