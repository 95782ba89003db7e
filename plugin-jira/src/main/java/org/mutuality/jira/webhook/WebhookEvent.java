package org.mutuality.jira.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutuality.jira.api.IssueJson;
import org.mutuality.jira.api.UserJson;
import org.mutuality.jira.decode.DecodeException;
import org.mutuality.jira.mapping.IssueMapper;
import org.mutuality.jira.mapping.People;
import org.mutuality.jira.mapping.StatusCategories;
import org.mutuality.model.Comment;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;

/**
 * A Jira webhook payload (NOTES.md §4.2) read into what the adapter needs: the event, the issue (mapped to a work
 * item when its fields came along), the comment (with its visibility) and the changelog's items as transitions.
 * Independent of any HTTP server: the caller checks the signature on the raw body and hands the JSON here.
 *
 * @param event {@code webhookEvent}, e.g. {@code comment_created}; {@code null} for a bare issue payload
 * @param timestamp {@code timestamp}, or {@code null}
 * @param issueId the issue's id, or {@code null} (old Data Center comment events carry no issue)
 * @param issueKey the issue's key, or {@code null}
 * @param issueEventType {@code issue_event_type_name} ({@code issue_commented}, …), or {@code null}
 * @param userId who made the change ({@code user}), or {@code null}
 * @param item the issue as a work item, when the payload carries its status; else {@code null}
 * @param comment the comment of a comment event (or of {@code issue_commented}), or {@code null}
 * @param transitions the changelog's items, oldest first
 * @param handled whether Mutuality acts on this event ({@link #HANDLED}, or a bare issue payload)
 */
public record WebhookEvent(String event, Instant timestamp, String issueId, String issueKey, String issueEventType,
    String userId, WorkItem item, Comment comment, List<Transition> transitions, boolean handled) {

  /** The events Mutuality acts on: issue and comment changes. */
  public static final Set<String> HANDLED = Set.of("jira:issue_created", "jira:issue_updated",
      "jira:issue_deleted", "comment_created", "comment_updated", "comment_deleted");

  /**
   * Reads a payload.
   *
   * @param payload the JSON body
   * @param mapper the adapter's tolerant mapper
   * @param people where the users met are recorded
   * @throws DecodeException naming the JSON path when it is not a webhook payload: neither {@code webhookEvent}
   *     nor {@code issue}, an issue without {@code key}, a comment without {@code id}
   */
  public static WebhookEvent parse(JsonNode payload, ObjectMapper mapper, People people) throws DecodeException {
    if (payload == null || !payload.isObject()) {
      throw new DecodeException("$", "a webhook payload is a JSON object");
    }
    JsonNode eventNode = payload.get("webhookEvent");
    JsonNode issueNode = payload.get("issue");
    boolean hasEvent = eventNode != null && eventNode.isTextual() && !eventNode.asText().isBlank();
    boolean hasIssue = issueNode != null && issueNode.isObject();
    if (!hasEvent && !hasIssue) {
      throw new DecodeException("$.webhookEvent", "a webhook payload needs webhookEvent or issue");
    }
    String event = hasEvent ? eventNode.asText() : null;
    Instant timestamp = payload.path("timestamp").canConvertToLong()
        ? Instant.ofEpochMilli(payload.path("timestamp").asLong()) : null;
    String userId = people.see(user(mapper, payload.get("user")));

    IssueJson.Issue issue = null;
    if (hasIssue) {
      issue = mapper.convertValue(issueNode, IssueJson.Issue.class);
      if (issue.key() == null || issue.key().isBlank()) {
        throw new DecodeException("$.issue.key", "the webhook's issue has no key");
      }
    }
    IssueJson.Comment comment = null;
    JsonNode commentNode = payload.get("comment");
    if (commentNode != null && commentNode.isObject()) {
      comment = mapper.convertValue(commentNode, IssueJson.Comment.class);
      if (comment.id() == null || comment.id().isBlank()) {
        throw new DecodeException("$.comment.id", "the webhook's comment has no id");
      }
    }
    List<IssueJson.History> histories = List.of();
    JsonNode changelog = payload.get("changelog");
    if (changelog != null && changelog.isObject()) {
      IssueJson.History history = mapper.convertValue(changelog, IssueJson.History.class);
      histories = List.of(new IssueJson.History(history.id(), user(mapper, payload.get("user")),
          timestamp == null ? null : LongNode.valueOf(timestamp.toEpochMilli()), history.items()));
    }

    WorkItem item = null;
    Comment mappedComment = null;
    List<Transition> transitions = List.of();
    if (issue != null) {
      IssueMapper issueMapper = new IssueMapper(mapper, new IssueMapper.CustomFields(null, null, null),
          new StatusCategories(), people, Map.of());
      IssueJson.Issue withFields = issue.fields() == null || issue.fields().isNull()
          ? new IssueJson.Issue(issue.id(), issue.key(), mapper.createObjectNode(), null) : issue;
      IssueJson.Fields fields = issueMapper.fields(withFields);
      IssueMapper.Mapped mapped = issueMapper.map(withFields, fields, comment == null ? List.of() : List.of(comment),
          List.of(), histories);
      item = fields.status() == null ? null : mapped.item();
      mappedComment = mapped.comments().isEmpty() ? null : mapped.comments().get(0);
      transitions = mapped.transitions();
    }
    if (mappedComment == null && comment != null) {
      mappedComment = new Comment(comment.id(), issue == null ? "" : issue.key(), people.see(comment.author()),
          timestamp == null ? Instant.EPOCH : timestamp, IssueMapper.visibility(comment.visibility()),
          org.mutuality.jira.mapping.RichText.toPlain(comment.body()));
    }
    return new WebhookEvent(event, timestamp, issue == null ? null : issue.id(), issue == null ? null : issue.key(),
        payload.path("issue_event_type_name").isTextual() ? payload.get("issue_event_type_name").asText() : null,
        userId, item, mappedComment, transitions, event == null || HANDLED.contains(event));
  }

  private static UserJson user(ObjectMapper mapper, JsonNode node) {
    return node == null || !node.isObject() ? null : mapper.convertValue(node, UserJson.class);
  }
}
