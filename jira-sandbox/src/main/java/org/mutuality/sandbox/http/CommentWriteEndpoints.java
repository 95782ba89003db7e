package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.Visibility;
import org.mutuality.sandbox.webhook.WebhookEvents;
import org.mutuality.sandbox.write.IssueCopy;
import org.mutuality.sandbox.write.SiteStore;

/**
 * Comment writes ({@code jira-api/NOTES.md} §2.14): {@code POST /issue/{key}/comment} (201 and the comment),
 * {@code PUT /issue/{key}/comment/{id}} (200 and the comment), {@code DELETE /issue/{key}/comment/{id}} (204).
 * Each bumps the issue's {@code updated} and sends {@code comment_*} with its {@code jira:issue_updated} twin.
 * An update without {@code visibility} keeps the restriction; {@code "visibility": null} removes it.
 */
final class CommentWriteEndpoints {
  private static final Set<Flavor> BOTH = Set.of(Flavor.CLOUD, Flavor.DC);
  private static final String EMPTY = "Comment body can not be empty!";

  private final Writes writes;

  private CommentWriteEndpoints(Writes writes) {
    this.writes = writes;
  }

  static void register(Router router, Writes writes) {
    CommentWriteEndpoints endpoints = new CommentWriteEndpoints(writes);
    Router.Access auth = Router.Access.AUTHENTICATED;
    router.add("POST", "/rest/api/{v}/issue/{issueIdOrKey}/comment", BOTH, auth, Writes.guard(endpoints::add));
    router.add("PUT", "/rest/api/{v}/issue/{issueIdOrKey}/comment/{id}", BOTH, auth,
        Writes.guard(endpoints::update));
    router.add("DELETE", "/rest/api/{v}/issue/{issueIdOrKey}/comment/{id}", BOTH, auth,
        Writes.guard(endpoints::delete));
  }

  private static String body(Call call, JsonNode json) {
    String text = RichText.parse(call, json.get("body"), "comment");
    if (text == null || text.isBlank()) {
      throw new ApiError(400, List.of(), Map.of("comment", EMPTY));
    }
    return text;
  }

  private Reply add(Call call) {
    Issue issue = IssueEndpoints.visibleIssue(call, call.path("issueIdOrKey"));
    Project project = call.site().projectOf(issue);
    if (!Writes.member(call.site(), call.viewer(), project)) {
      throw ApiError.badRequest("You do not have the permission to comment on this issue.");
    }
    JsonNode json = call.json();
    return writes.store().write(tx -> {
      writes.checkLimit(tx, issue);
      String text = body(call, json);
      Visibility visibility = Writes.visibility(call, project, json.get("visibility"));
      Instant now = tx.now();
      String author = call.viewer().accountId();
      Comment comment = new Comment(tx.nextCommentId(), author, text, now, now, author, visibility);
      IssueCopy copy = new IssueCopy(tx.issue(issue.id())).updated(now);
      copy.comments().add(comment);
      tx.put(copy.build());
      tx.wrote(issue.id());
      return answer(tx, call, issue, project, comment, 201, author, now, WebhookEvents.COMMENT_CREATED);
    })[0];
  }

  /**
   * Once the write is committed: renders the comment as the committed site has it, and sends the event.
   *
   * @return the holder the reply is set in after the commit
   */
  private Reply[] answer(SiteStore.Tx tx, Call call, Issue issue, Project project, Comment comment, int status,
      String actor, Instant now, String event) {
    Reply[] reply = new Reply[1];
    tx.afterCommit(site -> {
      Call after = Writes.reread(call, site);
      Issue updated = site.issue(issue.id()).orElseThrow();
      reply[0] = new Reply(status, IssueJson.comment(after, updated, project, comment));
      writes.events().comment(call, site, issue.id(), comment, actor, now, event);
    });
    return reply;
  }

  /** @return the comment as the store has it now (a concurrent delete makes it a 404) */
  private static Comment latest(Issue issue, String id) {
    return issue.comments().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> ApiError.notFound("Can not find a comment for the id: " + id + "."));
  }

  private Reply update(Call call) {
    Issue issue = IssueEndpoints.visibleIssue(call, call.path("issueIdOrKey"));
    Project project = call.site().projectOf(issue);
    Comment old = IssueEndpoints.visibleComment(call, issue, project);
    if (!Writes.mayChangeComment(call.site(), call.viewer(), project, old.authorId())) {
      throw ApiError.badRequest("You do not have the permission to edit this comment.");
    }
    JsonNode json = call.json();
    return writes.store().write(tx -> {
      writes.checkLimit(tx, issue);
      Comment latest = latest(tx.issue(issue.id()), old.id());
      String text = json.has("body") ? body(call, json) : latest.body();
      Visibility visibility = json.has("visibility") ? Writes.visibility(call, project, json.get("visibility"))
          : latest.visibility();
      Instant now = tx.now();
      String editor = call.viewer().accountId();
      Comment comment = new Comment(old.id(), old.authorId(), text, old.created(), now, editor, visibility);
      IssueCopy copy = new IssueCopy(tx.issue(issue.id())).updated(now);
      copy.comments().replaceAll(c -> c.id().equals(old.id()) ? comment : c);
      tx.put(copy.build());
      tx.wrote(issue.id());
      return answer(tx, call, issue, project, comment, 200, editor, now, WebhookEvents.COMMENT_UPDATED);
    })[0];
  }

  private Reply delete(Call call) {
    Issue issue = IssueEndpoints.visibleIssue(call, call.path("issueIdOrKey"));
    Project project = call.site().projectOf(issue);
    Comment old = IssueEndpoints.visibleComment(call, issue, project);
    if (!Writes.mayChangeComment(call.site(), call.viewer(), project, old.authorId())) {
      throw ApiError.badRequest("You do not have permission to delete comment with id: " + old.id());
    }
    return writes.store().write(tx -> {
      writes.checkLimit(tx, issue);
      Issue current = tx.issue(issue.id());
      latest(current, old.id());
      Instant now = tx.now();
      IssueCopy copy = new IssueCopy(current).updated(now);
      copy.comments().removeIf(c -> c.id().equals(old.id()));
      tx.put(copy.build());
      tx.wrote(issue.id());
      String actor = call.viewer().accountId();
      tx.afterCommit(site -> writes.events().comment(call, site, issue.id(), old, actor, now,
          WebhookEvents.COMMENT_DELETED));
      return new Reply(204, null);
    });
  }
}
