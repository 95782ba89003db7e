package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.site.Group;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.ProjectRole;
import org.mutuality.sandbox.site.SiteIndex;
import org.mutuality.sandbox.site.User;
import org.mutuality.sandbox.site.Visibility;
import org.mutuality.sandbox.webhook.Webhooks;
import org.mutuality.sandbox.write.RateLimited;
import org.mutuality.sandbox.write.SiteStore;

/**
 * What the write endpoints share: the store, the webhooks, and the sandbox's permission rules.
 *
 * <p>Permissions (a simple scheme, the same for every project): a user who may see an issue and is an actor of
 * at least one role of its project (directly or through a group) may edit it, comment on it, set its properties
 * and link it; only such users may create issues in the project. A comment may be edited or deleted by its author
 * or by an actor of the project's {@code Administrators} role ("Edit/Delete all comments"); everyone else gets
 * Jira's 400. A restricted comment may only be set by a member of the role or group it names.
 */
final class Writes {
  static final String ADMINISTRATORS = "Administrators";
  private static final DateTimeFormatter RESET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  private final SiteStore store;
  private final Webhooks webhooks;
  private final boolean perIssueLimit;
  private final WebhookPayloads payloads;

  /**
   * @param store the mutable site
   * @param webhooks where change events go
   * @param flavor the flavour; the per-issue write limit is Cloud's
   */
  Writes(SiteStore store, Webhooks webhooks, Flavor flavor) {
    this.store = store;
    this.webhooks = webhooks;
    this.perIssueLimit = flavor == Flavor.CLOUD;
    this.payloads = new WebhookPayloads(webhooks);
  }

  SiteStore store() {
    return store;
  }

  WebhookPayloads events() {
    return payloads;
  }

  Webhooks webhooks() {
    return webhooks;
  }

  /** @return the endpoint, answering {@link WriteRejected}'s ready reply */
  static Endpoint guard(Endpoint endpoint) {
    return call -> {
      try {
        return endpoint.handle(call);
      } catch (WriteRejected e) {
        return e.reply();
      }
    };
  }

  /** @return a call like the request but reading the given snapshot (to render what a write produced) */
  static Call reread(Call call, SiteIndex site) {
    return new Call(call.flavor(), call.version(), Map.of(), Map.of(), null, call.viewer(), site, call.base(),
        call.limits());
  }

  /** @throws WriteRejected 429 when one more write on the issue exceeds the per-issue limit (Cloud) */
  void checkLimit(SiteStore.Tx tx, Issue issue) {
    if (!perIssueLimit) {
      return;
    }
    tx.limited(issue.id()).ifPresent(limited -> {
      throw new WriteRejected(tooManyWrites(limited));
    });
  }

  /** Cloud's 429 for {@code jira-per-issue-on-write} ({@code jira-api/NOTES.md} §3.1). */
  static Reply tooManyWrites(RateLimited limited) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Retry-After", String.valueOf(limited.retryAfterSeconds()));
    headers.put("X-RateLimit-Limit", String.valueOf(limited.limit()));
    headers.put("X-RateLimit-Remaining", "0");
    headers.put("X-RateLimit-Reset", RESET.format(limited.reset()));
    headers.put("RateLimit-Reason", "jira-per-issue-on-write");
    ObjectNode body = Json.object();
    body.putArray("errorMessages").add("Rate limit exceeded");
    body.putObject("errors");
    return new Reply(429, body, headers);
  }

  /** @return whether the user is an actor of some role of the project */
  static boolean member(SiteIndex site, User user, Project project) {
    return project.roles().stream().anyMatch(r -> site.inRole(user, project, r.name()));
  }

  /** @return the issue, if the viewer may see it and write to it; else 404, or 403 when they only see it */
  static Issue writableIssue(Call call, String keyOrId) {
    Issue issue = IssueEndpoints.visibleIssue(call, keyOrId);
    if (!member(call.site(), call.viewer(), call.site().projectOf(issue))) {
      throw ApiError.of(403, "You do not have permission to edit issues in this project.");
    }
    return issue;
  }

  /** @return whether the user may edit or delete a comment by the author */
  static boolean mayChangeComment(SiteIndex site, User user, Project project, String authorId) {
    return user.accountId().equals(authorId) || site.inRole(user, project, ADMINISTRATORS);
  }

  /**
   * Reads a {@code visibility} object; the viewer must belong to the role or group.
   *
   * @return the restriction, or {@code null} for JSON null
   * @throws ApiError 400 as Jira answers (errors under {@code commentLevel})
   */
  static Visibility visibility(Call call, Project project, JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    String type = node.path("type").asText("");
    String value = node.hasNonNull("value") ? node.get("value").asText() : null;
    String identifier = node.hasNonNull("identifier") ? node.get("identifier").asText() : null;
    SiteIndex site = call.site();
    if (type.equals("role")) {
      String name = value != null ? value : identifier;
      ProjectRole role = name == null ? null : project.roles().stream()
          .filter(r -> r.name().equalsIgnoreCase(name)).findFirst().orElse(null);
      if (role == null || !site.inRole(call.viewer(), project, role.name())) {
        throw level("You are currently not a member of the project role: " + name + ".");
      }
      return Visibility.role(role.name());
    }
    if (type.equals("group")) {
      Group group = null;
      if (identifier != null && call.cloud()) {
        group = site.groupById(identifier).orElse(null);
      }
      if (group == null && value != null) {
        group = site.groupByName(value).orElse(null);
      }
      String shown = value != null ? value : identifier;
      if (group == null) {
        throw level("Group: " + shown + " does not exist.");
      }
      if (!site.inGroup(call.viewer(), group.name())) {
        throw level("You are currently not a member of the group: " + group.name() + ".");
      }
      return Visibility.group(group.name());
    }
    throw level("Invalid visibility type '" + type + "': it must be 'role' or 'group'.");
  }

  private static ApiError level(String message) {
    return new ApiError(400, List.of(), Map.of("commentLevel", message));
  }
}
