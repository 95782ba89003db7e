package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.site.ChangeItem;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.IssueLink;
import org.mutuality.sandbox.site.IssueType;
import org.mutuality.sandbox.site.LinkType;
import org.mutuality.sandbox.site.Priority;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.SiteIndex;
import org.mutuality.sandbox.site.Status;
import org.mutuality.sandbox.site.StatusCategory;
import org.mutuality.sandbox.site.User;
import org.mutuality.sandbox.site.Visibility;
import org.mutuality.sandbox.webhook.WebhookEvents;
import org.mutuality.sandbox.write.IssueCopy;

/**
 * {@code POST /issue} (201 {@code {id,key,self}}; the first to-do status; reporter the caller unless given) and
 * {@code POST /issueLink} (201, empty body; {@code inwardIssue} is the link's source: "inwardIssue
 * [outward description] outwardIssue", e.g. {@code HSP-1 duplicates MKY-1}; the optional comment goes on the
 * source; a duplicate link is not added again but still answers 201). A link adds a {@code Link} history to both
 * issues, bumps their {@code updated} and sends {@code issuelink_created} and {@code jira:issue_updated}
 * ({@code issue_generic}) for each.
 */
final class IssueCreateEndpoints {
  private static final Set<Flavor> BOTH = Set.of(Flavor.CLOUD, Flavor.DC);
  private static final Set<String> CREATABLE = Set.of("project", "issuetype", "summary", "description", "labels",
      "duedate", "priority", "assignee", "reporter", "components", "fixVersions", "parent");

  private final Writes writes;

  private IssueCreateEndpoints(Writes writes) {
    this.writes = writes;
  }

  static void register(Router router, Writes writes) {
    IssueCreateEndpoints endpoints = new IssueCreateEndpoints(writes);
    Router.Access auth = Router.Access.AUTHENTICATED;
    router.add("POST", "/rest/api/{v}/issue", BOTH, auth, Writes.guard(endpoints::create));
    router.add("POST", "/rest/api/{v}/issueLink", BOTH, auth, Writes.guard(endpoints::link));
  }

  private Reply create(Call call) {
    JsonNode body = call.json();
    JsonNode fields = body.path("fields");
    if (!fields.isObject()) {
      throw ApiError.badRequest("Can not create an issue without 'fields'.");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    fields.fieldNames().forEachRemaining(name -> {
      if (!CREATABLE.contains(name)) {
        errors.put(name, IssueWriteEndpoints.cannotSet(name));
      }
    });
    SiteIndex site = call.site();
    Project project = IssueWriteEndpoints.creatableProject(call, fields.path("project"));
    if (project == null) {
      errors.put("project", "Specify a valid project ID or key");
    }
    IssueType type = null;
    JsonNode typeRef = fields.path("issuetype");
    if (!typeRef.isObject()) {
      errors.put("issuetype", "Specify an issue type");
    } else if (project != null) {
      type = site.site().issueTypes().stream().filter(t -> project.issueTypeIds().contains(t.id()))
          .filter(t -> t.id().equals(typeRef.path("id").asText()) || t.name().equalsIgnoreCase(typeRef.path("name")
              .asText())).findFirst().orElse(null);
      if (type == null) {
        errors.put("issuetype", "Specify a valid issue type");
      }
    }
    String summary = fields.path("summary").asText("");
    if (summary.isBlank()) {
      errors.put("summary", "You must specify a summary of the issue.");
    }
    String description = null;
    try {
      description = RichText.parse(call, fields.get("description"), "description");
    } catch (ApiError e) {
      errors.putAll(e.errors());
    }
    List<String> labels = new ArrayList<>(new TreeSet<>(IssueWriteEndpoints.labels(fields.get("labels"), errors)));
    LocalDate due = IssueWriteEndpoints.date(fields.get("duedate"), errors);
    Priority priority = priority(site, fields.get("priority"), errors);
    String assignee = user(call, fields.get("assignee"), "assignee", null, errors);
    String reporter = user(call, fields.get("reporter"), "reporter", call.viewer().accountId(), errors);
    List<String> components = project == null ? List.of()
        : refs(fields.get("components"), project.components().stream().map(c -> new String[] {c.id(), c.name()})
            .toList(), "components", "Component", errors);
    List<String> versions = project == null ? List.of()
        : refs(fields.get("fixVersions"), project.versions().stream().map(v -> new String[] {v.id(), v.name()})
            .toList(), "fixVersions", "Version", errors);
    String parent = parent(call, project, fields.get("parent"), errors);
    if (type != null && type.subtask() && parent == null && !errors.containsKey("parent")) {
      errors.put("parent", "A sub-task needs a parent issue.");
    }
    if (!errors.isEmpty()) {
      throw IssueWriteEndpoints.fieldErrors(errors);
    }
    Map<String, JsonNode> properties = PropertyEndpoints.fromBody(body.get("properties"));
    Status status = site.site().statuses().stream().filter(s -> s.category() == StatusCategory.NEW).findFirst()
        .orElse(site.site().statuses().get(0));
    IssueType issueType = type;
    String text = description;
    return writes.store().write(tx -> {
      Instant now = tx.now();
      String id = tx.nextIssueId();
      String key = project.key() + "-" + tx.nextIssueNumber(project.key());
      Issue issue = new Issue(id, key, project.key(), issueType.id(), summary, text, status.id(), priority.id(),
          null, assignee, reporter, now, now, null, due, labels, components, versions, List.of(), false, null,
          parent, List.of(), List.of(), List.of());
      tx.put(issue);
      properties.forEach((k, v) -> tx.setProperty(id, k, v));
      tx.wrote(id);
      String actor = call.viewer().accountId();
      tx.afterCommit(after -> writes.events().issueCreated(call, after, id, actor, now));
      return new Reply(201, IssueWriteEndpoints.created(call, issue));
    });
  }

  private static Priority priority(SiteIndex site, JsonNode ref, Map<String, String> errors) {
    List<Priority> all = site.site().priorities();
    if (ref == null || ref.isNull()) {
      return all.stream().filter(p -> p.name().equals("Medium")).findFirst().orElse(all.get(0));
    }
    return all.stream().filter(p -> p.id().equals(ref.path("id").asText())
        || p.name().equalsIgnoreCase(ref.path("name").asText())).findFirst().orElseGet(() -> {
          errors.put("priority", "Specify a valid priority");
          return all.get(0);
        });
  }

  /** Cloud names users by {@code id} or {@code accountId}; Data Center by {@code name} or {@code key}. */
  private static String user(Call call, JsonNode ref, String field, String fallback, Map<String, String> errors) {
    if (ref == null || ref.isMissingNode()) {
      return fallback;
    }
    if (ref.isNull()) {
      return null;
    }
    SiteIndex site = call.site();
    Optional<User> user;
    String shown;
    if (call.cloud()) {
      shown = ref.hasNonNull("accountId") ? ref.get("accountId").asText() : ref.path("id").asText();
      user = site.user(shown);
    } else {
      shown = ref.hasNonNull("name") ? ref.get("name").asText() : ref.path("key").asText();
      user = site.site().users().stream().filter(u -> shown.equals(u.name()) || shown.equals(u.key())).findFirst();
    }
    if (user.isEmpty()) {
      errors.put(field, "User '" + shown + "' does not exist.");
      return null;
    }
    return user.get().accountId();
  }

  private static List<String> refs(JsonNode list, List<String[]> known, String field, String what,
      Map<String, String> errors) {
    List<String> out = new ArrayList<>();
    if (list == null || list.isNull()) {
      return out;
    }
    for (JsonNode ref : list) {
      String id = ref.path("id").asText();
      String name = ref.path("name").asText();
      Optional<String[]> match = known.stream().filter(k -> k[0].equals(id) || k[1].equalsIgnoreCase(name))
          .findFirst();
      if (match.isPresent()) {
        out.add(match.get()[0]);
      } else {
        errors.put(field, what + " with id '" + (id.isEmpty() ? name : id) + "' does not exist.");
      }
    }
    return out;
  }

  private static String parent(Call call, Project project, JsonNode ref, Map<String, String> errors) {
    if (ref == null || ref.isNull()) {
      return null;
    }
    String keyOrId = ref.hasNonNull("key") ? ref.get("key").asText() : ref.path("id").asText("");
    Optional<Issue> parent = keyOrId.isEmpty() ? Optional.empty() : call.site().issue(keyOrId)
        .filter(i -> call.site().canSee(call.viewer(), i));
    if (parent.isEmpty() || project != null && !parent.get().projectKey().equals(project.key())) {
      errors.put("parent", "Could not find issue by id or key.");
      return null;
    }
    return parent.get().key();
  }

  // ---------------------------------------------------------------- links

  private static Issue linkable(Call call, JsonNode ref) {
    String keyOrId = ref.hasNonNull("key") ? ref.get("key").asText() : ref.path("id").asText("");
    Issue issue = keyOrId.isEmpty() ? null : call.site().issue(keyOrId)
        .filter(i -> call.site().canSee(call.viewer(), i)).orElse(null);
    if (issue == null) {
      throw ApiError.notFound("Issue Does Not Exist");
    }
    return issue;
  }

  private Reply link(Call call) {
    JsonNode body = call.json();
    JsonNode typeRef = body.path("type");
    String typeName = typeRef.path("name").asText("");
    String typeId = typeRef.path("id").asText("");
    LinkType type = call.site().site().linkTypes().stream()
        .filter(t -> t.id().equals(typeId) || t.name().equalsIgnoreCase(typeName)).findFirst()
        .orElseThrow(() -> ApiError.notFound(typeName.isEmpty()
            ? "No issue link type with id '" + typeId + "' found."
            : "No issue link type with name '" + typeName + "' found."));
    Issue source = linkable(call, body.path("inwardIssue"));
    Issue destination = linkable(call, body.path("outwardIssue"));
    Project sourceProject = call.site().projectOf(source);
    if (!Writes.member(call.site(), call.viewer(), sourceProject)) {
      throw ApiError.notFound("You do not have the permission to link issues in project " + sourceProject.key()
          + ".");
    }
    JsonNode commentJson = body.get("comment");
    String commentText = null;
    Visibility visibility = null;
    if (commentJson != null && !commentJson.isNull()) {
      commentText = RichText.parse(call, commentJson.get("body"), "comment");
      visibility = Writes.visibility(call, sourceProject, commentJson.get("visibility"));
    }
    String text = commentText;
    Visibility restriction = visibility;
    return writes.store().write(tx -> {
      writes.checkLimit(tx, source);
      writes.checkLimit(tx, destination);
      Instant now = tx.now();
      String actor = call.viewer().accountId();
      boolean duplicate = tx.site().linksOf(source).stream().anyMatch(l -> l.typeId().equals(type.id())
          && l.sourceKey().equals(source.key()) && l.destinationKey().equals(destination.key()));
      IssueLink link = null;
      History sourceHistory = null;
      History destinationHistory = null;
      if (!duplicate) {
        link = new IssueLink(tx.nextLinkId(), type.id(), source.key(), destination.key());
        tx.addLink(link);
        sourceHistory = new History(tx.nextHistoryId(), actor, now, List.of(new ChangeItem("Link", "jira", null,
            null, null, destination.key(), "This issue " + type.outward() + " " + destination.key())));
        destinationHistory = new History(tx.nextHistoryId(), actor, now, List.of(new ChangeItem("Link", "jira",
            null, null, null, source.key(), "This issue " + type.inward() + " " + source.key())));
        tx.put(new IssueCopy(tx.issue(destination.id())).updated(now).history(destinationHistory).build());
      }
      Comment comment = null;
      if (text != null) {
        comment = new Comment(tx.nextCommentId(), actor, text, now, now, actor, restriction);
      }
      if (sourceHistory != null || comment != null) {
        IssueCopy copy = new IssueCopy(tx.issue(source.id())).updated(now);
        if (sourceHistory != null) {
          copy.history(sourceHistory);
        }
        if (comment != null) {
          copy.comments().add(comment);
        }
        tx.put(copy.build());
      }
      tx.wrote(source.id());
      tx.wrote(destination.id());
      IssueLink added = link;
      History toSource = sourceHistory;
      History toDestination = destinationHistory;
      Comment addedComment = comment;
      tx.afterCommit(site -> {
        if (added != null) {
          writes.events().linkCreated(call, site, added, now);
          writes.events().issueUpdated(call, site, source.id(), actor, now, "issue_generic", toSource);
          writes.events().issueUpdated(call, site, destination.id(), actor, now, "issue_generic", toDestination);
        }
        if (addedComment != null) {
          writes.events().comment(call, site, source.id(), addedComment, actor, now, WebhookEvents.COMMENT_CREATED);
        }
      });
      return new Reply(201, null);
    });
  }
}
