package org.mutuality.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.IssueLink;
import org.mutuality.sandbox.site.LinkType;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.SiteIndex;
import org.mutuality.sandbox.site.User;
import org.mutuality.sandbox.webhook.WebhookEvents;
import org.mutuality.sandbox.webhook.Webhooks;

/**
 * The event payloads of {@code jira-api/NOTES.md} §4.2, in the v2 representation real Cloud webhooks use (string
 * bodies, {@code /rest/api/2/} links), rendered as the site's integration user: events about an issue or comment
 * it may not see are not sent.
 */
final class WebhookPayloads {
  private static final List<String> SLIM_FIELDS =
      List.of("summary", "issuetype", "project", "assignee", "priority", "status");

  private final Webhooks webhooks;

  WebhookPayloads(Webhooks webhooks) {
    this.webhooks = webhooks;
  }

  /** @return a v2 call reading the snapshot as the integration user, if it can see the issue */
  private static Optional<Call> as(Call request, SiteIndex site, Issue issue) {
    Optional<User> hookUser = site.user(site.site().integrationUserId());
    if (hookUser.isEmpty() || !site.canSee(hookUser.get(), issue)) {
      return Optional.empty();
    }
    return Optional.of(new Call(request.flavor(), "2", Map.of(), Map.of(), null, hookUser.get(), site,
        request.base(), request.limits()));
  }

  private static ObjectNode envelope(String event, Instant at) {
    ObjectNode node = Json.object();
    node.put("timestamp", at.toEpochMilli());
    node.put("webhookEvent", event);
    return node;
  }

  private static ObjectNode fullIssue(Call call, Issue issue) {
    ObjectNode node = IssueJson.issue(call, issue, FieldSelection.parse(call.flavor(), List.of(), "*all"),
        Set.of(), IssueJson.Context.ISSUE);
    node.remove("expand");
    return node;
  }

  private static ObjectNode slimIssue(Call call, Issue issue) {
    ObjectNode node = Json.object();
    node.put("id", issue.id());
    node.put("self", call.api("/issue/" + issue.id()));
    node.put("key", issue.key());
    node.set("fields", IssueJson.fields(call, issue, FieldSelection.parse(call.flavor(), SLIM_FIELDS, "id")));
    return node;
  }

  private void send(String event, JsonNode payload) {
    try {
      webhooks.publish(event, Json.MAPPER.writeValueAsBytes(payload));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a webhook payload", e);
    }
  }

  /** @return a {@code jira:issue_*} payload: the envelope, {@code issue_event_type_name}, the user, the full issue */
  private static ObjectNode issueEvent(Call call, String event, Instant at, String typeName, String userId,
      Issue issue) {
    ObjectNode node = envelope(event, at);
    node.put("issue_event_type_name", typeName);
    node.set("user", UserJson.ref(call, userId));
    node.set("issue", fullIssue(call, issue));
    return node;
  }

  /** {@code jira:issue_created}. */
  void issueCreated(Call request, SiteIndex site, String issueId, String userId, Instant at) {
    Issue issue = site.issue(issueId).orElseThrow();
    as(request, site, issue).ifPresent(call -> {
      send(WebhookEvents.ISSUE_CREATED, issueEvent(call, WebhookEvents.ISSUE_CREATED, at, "issue_created", userId,
          issue));
    });
  }

  /** {@code jira:issue_updated} with a {@code changelog} ({@code issue_updated} or {@code issue_generic}). */
  void issueUpdated(Call request, SiteIndex site, String issueId, String userId, Instant at, String typeName,
      History history) {
    Issue issue = site.issue(issueId).orElseThrow();
    as(request, site, issue).ifPresent(call -> {
      ObjectNode node = issueEvent(call, WebhookEvents.ISSUE_UPDATED, at, typeName, userId, issue);
      ObjectNode changelog = IssueJson.history(call, history);
      changelog.remove("author");
      changelog.remove("created");
      node.set("changelog", changelog);
      send(WebhookEvents.ISSUE_UPDATED, node);
    });
  }

  /**
   * A comment change: {@code comment_created|updated|deleted} and its {@code jira:issue_updated} twin
   * ({@code issue_commented}, {@code issue_comment_edited}, {@code issue_comment_deleted}) carrying the comment.
   */
  void comment(Call request, SiteIndex site, String issueId, Comment comment, String userId, Instant at,
      String event) {
    Issue issue = site.issue(issueId).orElseThrow();
    as(request, site, issue).ifPresent(call -> {
      Project project = site.projectOf(issue);
      if (!site.canSee(call.viewer(), project, comment.visibility())) {
        return;
      }
      ObjectNode commentJson = IssueJson.comment(call, issue, project, comment);
      ObjectNode own = envelope(event, at);
      own.set("comment", commentJson);
      own.set("issue", slimIssue(call, issue));
      send(event, own);
      String typeName = event.equals(WebhookEvents.COMMENT_CREATED) ? "issue_commented"
          : event.equals(WebhookEvents.COMMENT_UPDATED) ? "issue_comment_edited" : "issue_comment_deleted";
      ObjectNode twin = issueEvent(call, WebhookEvents.ISSUE_UPDATED, at, typeName, userId, issue);
      twin.set("comment", commentJson.deepCopy());
      send(WebhookEvents.ISSUE_UPDATED, twin);
    });
  }

  /** {@code issuelink_created}: the link with numeric ids, as Jira sends it. */
  void linkCreated(Call request, SiteIndex site, IssueLink link, Instant at) {
    Issue source = site.issue(link.sourceKey()).orElseThrow();
    Issue destination = site.issue(link.destinationKey()).orElseThrow();
    if (as(request, site, source).isEmpty() || as(request, site, destination).isEmpty()) {
      return;
    }
    LinkType type = site.linkType(link.typeId());
    ObjectNode node = envelope(WebhookEvents.ISSUELINK_CREATED, at);
    ObjectNode json = node.putObject("issueLink");
    json.put("id", Long.parseLong(link.id()));
    json.put("sourceIssueId", Long.parseLong(source.id()));
    json.put("destinationIssueId", Long.parseLong(destination.id()));
    ObjectNode linkType = json.putObject("issueLinkType");
    linkType.put("id", Long.parseLong(type.id()));
    linkType.put("name", type.name());
    linkType.put("outwardName", type.outward());
    linkType.put("inwardName", type.inward());
    linkType.put("isSubTaskLinkType", false);
    linkType.put("isSystemLinkType", false);
    json.put("systemLink", false);
    send(WebhookEvents.ISSUELINK_CREATED, node);
  }

  /** {@code issue_property_set} / {@code issue_property_deleted}: the property and the slim issue. */
  void property(Call request, SiteIndex site, String issueId, String key, JsonNode value, Instant at,
      String event) {
    Issue issue = site.issue(issueId).orElseThrow();
    as(request, site, issue).ifPresent(call -> {
      ObjectNode node = envelope(event, at);
      ObjectNode property = node.putObject("property");
      property.put("key", key);
      if (value != null) {
        property.set("value", value.deepCopy());
      }
      node.set("issue", slimIssue(call, issue));
      send(event, node);
    });
  }
}
