package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.site.ChangeItem;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.write.IssueCopy;

/**
 * {@code PUT /issue/{key}} ({@code editIssue}, {@code jira-api/NOTES.md} §2.14): {@code summary},
 * {@code description}, {@code labels}, {@code duedate} and the Partner select list ({@code customfield_10050},
 * {@code {"value": …}} or {@code {"id": …}}, null clears it) through {@code fields} (set) or {@code update}
 * ({@code set}; {@code add}/{@code remove} for labels), and {@code properties}. 204, or 200 and the issue with
 * {@code returnIssue=true}; 400 for unknown fields, a field in both parts, bad values; 409 when a conflict was
 * injected ({@link org.mutuality.sandbox.write.SiteStore#injectConflicts}). A change adds one changelog history
 * (labels: {@code from}/{@code to} null, {@code fromString}/{@code toString} the space-separated labels, as
 * Jira records them), bumps {@code updated} and sends {@code jira:issue_updated} ({@code issue_updated}); an edit
 * that changes nothing does neither. Labels are kept sorted, as Jira lists them.
 */
final class IssueWriteEndpoints {
  private static final Set<Flavor> BOTH = Set.of(Flavor.CLOUD, Flavor.DC);
  static final Set<String> EDITABLE = Set.of("summary", "description", "labels", "duedate",
      FieldCatalog.PARTNER);

  private final Writes writes;

  private IssueWriteEndpoints(Writes writes) {
    this.writes = writes;
  }

  static void register(Router router, Writes writes) {
    IssueWriteEndpoints endpoints = new IssueWriteEndpoints(writes);
    Router.Access auth = Router.Access.AUTHENTICATED;
    router.add("PUT", "/rest/api/{v}/issue/{issueIdOrKey}", BOTH, auth, Writes.guard(endpoints::edit));
    router.add("DELETE", "/rest/api/{v}/issue/{issueIdOrKey}", BOTH, auth, Writes.guard(endpoints::delete));
    IssueCreateEndpoints.register(router, writes);
  }

  static ApiError fieldErrors(Map<String, String> errors) {
    return new ApiError(400, List.of(), errors);
  }

  static String cannotSet(String field) {
    return "Field '" + field + "' cannot be set. It is not on the appropriate screen, or unknown.";
  }

  /** @return the labels, checked: no spaces, at most 255 characters */
  static List<String> labels(JsonNode node, Map<String, String> errors) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      errors.put("labels", "The labels must be a list of strings.");
      return out;
    }
    node.forEach(n -> out.add(n.asText()));
    out.forEach(label -> checkLabel(label, errors));
    return out;
  }

  static void checkLabel(String label, Map<String, String> errors) {
    if (label.isEmpty() || label.chars().anyMatch(Character::isWhitespace)) {
      errors.put("labels", "The label '" + label + "' contains spaces which is invalid.");
    } else if (label.length() > 255) {
      errors.put("labels", "The label '" + label + "' exceeds the maximum length of 255 characters.");
    }
  }

  static LocalDate date(JsonNode node, Map<String, String> errors) {
    if (node == null || node.isNull() || node.asText().isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      errors.put("duedate", "Error parsing date string: " + node.asText());
      return null;
    }
  }

  /** The edit's effect on the editable fields. */
  private static final class Edit {
    String summary;
    String description;
    boolean descriptionSet;
    LocalDate due;
    boolean dueSet;
    Set<String> labels;
    String partnerOptionId;
    boolean partnerSet;
  }

  /**
   * {@code DELETE /issue/{key}} ({@code deleteIssue}): 204; 400 when it has sub-tasks and {@code deleteSubtasks} is
   * not true; 403 unless the viewer is in the project's Administrators role or reported the issue (the sandbox's
   * reading of the "Delete issues" permission). Its links and properties go with it.
   */
  private Reply delete(Call call) {
    Issue issue = Writes.writableIssue(call, call.path("issueIdOrKey"));
    Project project = call.site().projectOf(issue);
    if (!Writes.mayChangeComment(call.site(), call.viewer(), project, issue.reporterId())) {
      throw ApiError.of(403, "You do not have permission to delete issues in this project.");
    }
    boolean subtasks = call.site().site().issues().stream().anyMatch(i -> issue.key().equals(i.parentKey()));
    if (subtasks && !call.boolParam("deleteSubtasks", false)) {
      throw ApiError.badRequest("The issue has subtasks; set deleteSubtasks=true to delete them too.");
    }
    return writes.store().write(tx -> {
      writes.checkLimit(tx, issue);
      tx.delete(issue.id());
      return new Reply(204, null);
    });
  }

  private Reply edit(Call call) {
    Issue issue = Writes.writableIssue(call, call.path("issueIdOrKey"));
    JsonNode body = call.json();
    boolean returnIssue = call.boolParam("returnIssue", false);
    return writes.store().write(tx -> {
      writes.checkLimit(tx, issue);
      if (tx.conflict(issue.id())) {
        throw ApiError.of(409, "Issue could not be updated due to a conflicting update.");
      }
      Issue current = tx.issue(issue.id());
      Edit edit = parseEdit(call, body, current);
      Map<String, JsonNode> properties = PropertyEndpoints.fromBody(body.get("properties"));
      List<ChangeItem> items = changes(current, edit);
      Instant now = tx.now();
      String actor = call.viewer().accountId();
      History history = null;
      if (!items.isEmpty()) {
        history = new History(tx.nextHistoryId(), actor, now, items);
        IssueCopy copy = new IssueCopy(current).updated(now).history(history);
        if (edit.summary != null) {
          copy.summary(edit.summary);
        }
        if (edit.descriptionSet) {
          copy.description(edit.description);
        }
        if (edit.dueSet) {
          copy.due(edit.due);
        }
        if (edit.labels != null) {
          copy.labels(new ArrayList<>(edit.labels));
        }
        if (edit.partnerSet) {
          copy.partnerOptionId(edit.partnerOptionId);
        }
        tx.put(copy.build());
      }
      properties.forEach((key, value) -> tx.setProperty(issue.id(), key, value));
      if (!items.isEmpty() || !properties.isEmpty()) {
        tx.wrote(issue.id());
      }
      History logged = history;
      Reply[] reply = {new Reply(204, null)};
      tx.afterCommit(site -> {
        if (logged != null) {
          writes.events().issueUpdated(call, site, issue.id(), actor, now, "issue_updated", logged);
        }
        if (returnIssue) {
          Call after = Writes.reread(call, site);
          Set<String> expand = new LinkedHashSet<>(call.listParam("expand"));
          reply[0] = Reply.ok(IssueJson.issue(after, site.issue(issue.id()).orElseThrow(),
              FieldSelection.parse(call.flavor(), List.of(), "*all"), expand, IssueJson.Context.ISSUE));
        }
      });
      return reply;
    })[0];
  }

  private static Edit parseEdit(Call call, JsonNode body, Issue current) {
    JsonNode fields = body.path("fields");
    JsonNode update = body.path("update");
    Map<String, String> errors = new LinkedHashMap<>();
    Set<String> named = new LinkedHashSet<>();
    fields.fieldNames().forEachRemaining(named::add);
    update.fieldNames().forEachRemaining(named::add);
    for (String name : named) {
      if (!EDITABLE.contains(name)) {
        errors.put(name, cannotSet(name));
      } else if (fields.has(name) && update.has(name)) {
        errors.put(name, "Field '" + name + "' cannot be set in both 'fields' and 'update'.");
      }
    }
    if (!errors.isEmpty()) {
      throw fieldErrors(errors);
    }
    Edit edit = new Edit();
    JsonNode summary = fields.has("summary") ? fields.get("summary") : lastSet(update.get("summary"), errors,
        "summary");
    if (summary != null) {
      if (!summary.isTextual() || summary.asText().isBlank()) {
        errors.put("summary", "You must specify a summary of the issue.");
      } else {
        edit.summary = summary.asText();
      }
    }
    JsonNode description = fields.has("description") ? fields.get("description")
        : lastSet(update.get("description"), errors, "description");
    if (description != null) {
      edit.descriptionSet = true;
      try {
        edit.description = RichText.parse(call, description, "description");
      } catch (ApiError e) {
        errors.putAll(e.errors());
      }
    }
    JsonNode due = fields.has("duedate") ? fields.get("duedate") : lastSet(update.get("duedate"), errors, "duedate");
    if (due != null) {
      edit.dueSet = true;
      edit.due = date(due, errors);
    }
    JsonNode partner = fields.has(FieldCatalog.PARTNER) ? fields.get(FieldCatalog.PARTNER)
        : lastSet(update.get(FieldCatalog.PARTNER), errors, FieldCatalog.PARTNER);
    if (partner != null) {
      edit.partnerSet = true;
      edit.partnerOptionId = FieldCatalog.partnerOptionId(partner, errors);
    }
    if (fields.has("labels")) {
      edit.labels = new TreeSet<>(labels(fields.get("labels"), errors));
    } else if (update.has("labels")) {
      edit.labels = labelOperations(update.get("labels"), current.labels(), errors);
    }
    if (!errors.isEmpty()) {
      throw fieldErrors(errors);
    }
    return edit;
  }

  /** @return the value of the last {@code set} operation, or null when the field is not updated */
  private static JsonNode lastSet(JsonNode operations, Map<String, String> errors, String field) {
    if (operations == null) {
      return null;
    }
    JsonNode value = null;
    for (JsonNode op : operations) {
      Iterator<String> verbs = op.fieldNames();
      while (verbs.hasNext()) {
        String verb = verbs.next();
        if (!verb.equals("set")) {
          errors.put(field, "Field '" + field + "' does not support operation '" + verb + "'.");
          return null;
        }
        value = op.get("set");
      }
    }
    return value;
  }

  private static Set<String> labelOperations(JsonNode operations, List<String> old, Map<String, String> errors) {
    Set<String> labels = new TreeSet<>(old);
    if (!operations.isArray()) {
      errors.put("labels", "The 'update' of labels must be a list of operations.");
      return labels;
    }
    for (JsonNode op : operations) {
      op.fieldNames().forEachRemaining(verb -> {
        JsonNode arg = op.get(verb);
        switch (verb) {
          case "add":
            checkLabel(arg.asText(), errors);
            labels.add(arg.asText());
            break;
          case "remove":
            labels.remove(arg.asText());
            break;
          case "set":
            labels.clear();
            labels.addAll(labels(arg, errors));
            break;
          default:
            errors.put("labels", "Field 'labels' does not support operation '" + verb + "'.");
        }
      });
    }
    return labels;
  }

  private static String joined(List<String> labels) {
    return labels.isEmpty() ? null : String.join(" ", labels);
  }

  private static List<ChangeItem> changes(Issue issue, Edit edit) {
    List<ChangeItem> items = new ArrayList<>();
    if (edit.summary != null && !edit.summary.equals(issue.summary())) {
      items.add(new ChangeItem("summary", "jira", "summary", null, issue.summary(), null, edit.summary));
    }
    if (edit.descriptionSet && !Objects.equals(edit.description, issue.description())) {
      items.add(new ChangeItem("description", "jira", "description", null, issue.description(), null,
          edit.description));
    }
    if (edit.dueSet && !Objects.equals(edit.due, issue.due())) {
      String from = Formats.date(issue.due());
      String to = Formats.date(edit.due);
      items.add(new ChangeItem("duedate", "jira", "duedate", from, from == null ? null : from + " 00:00:00.0", to,
          to == null ? null : to + " 00:00:00.0"));
    }
    if (edit.partnerSet && !Objects.equals(edit.partnerOptionId, issue.partnerOptionId())) {
      String from = issue.partnerOptionId();
      String to = edit.partnerOptionId;
      items.add(new ChangeItem(FieldCatalog.PARTNER_NAME, "custom", FieldCatalog.PARTNER, from,
          from == null ? null : FieldCatalog.partnerOption(from).orElseThrow().value(), to,
          to == null ? null : FieldCatalog.partnerOption(to).orElseThrow().value()));
    }
    if (edit.labels != null && !new TreeSet<>(issue.labels()).equals(edit.labels)) {
      List<String> before = new ArrayList<>(new TreeSet<>(issue.labels()));
      items.add(new ChangeItem("labels", "jira", "labels", null, joined(before), null,
          joined(new ArrayList<>(edit.labels))));
    }
    return items;
  }

  /** @return a {@code {"id","key","self"}} reference, as create answers */
  static ObjectNode created(Call call, Issue issue) {
    ObjectNode node = Json.object();
    node.put("id", issue.id());
    node.put("key", issue.key());
    node.put("self", call.api("/issue/" + issue.id()));
    return node;
  }

  /** @return the project, if the viewer may create issues in it */
  static Project creatableProject(Call call, JsonNode ref) {
    String keyOrId = ref.hasNonNull("key") ? ref.get("key").asText() : ref.path("id").asText("");
    return keyOrId.isEmpty() ? null : call.site().project(keyOrId)
        .filter(p -> Writes.member(call.site(), call.viewer(), p)).orElse(null);
  }
}
