package org.mutuality.jira.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mutuality.jira.api.IssueJson;
import org.mutuality.jira.api.ProjectJson;
import org.mutuality.jira.api.UserJson;
import org.mutuality.model.AccessKind;
import org.mutuality.model.Comment;
import org.mutuality.model.Dependency;
import org.mutuality.model.DependencyType;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;
import org.mutuality.model.Visibility;
import org.mutuality.model.WorkItem;
import org.mutuality.model.Worklog;

/**
 * One issue, with its complete comments, worklogs and histories, to the model: a work item (its description as plain
 * text, whether it is flagged now), its comments and worklogs (visibility kept), its changelog as transitions
 * (status, assignee, Sprint, Fix Version and Flagged under the model's neutral names), its Blocks and Relates links.
 * The only place that knows custom field ids.
 */
public final class IssueMapper {
  /**
   * The site's custom fields the adapter reads.
   *
   * @param sprint the Sprint field id, or {@code null}
   * @param flagged the Flagged field id, or {@code null}
   * @param partner the field that names an issue's owning partner (configured), or {@code null}
   * @param participants a user-picker field naming the people who took part (configured, e.g. a meeting's
   *     attendees), or {@code null}
   */
  public record CustomFields(String sprint, String flagged, String partner, String participants) {
    /** Without a participants field. */
    public CustomFields(String sprint, String flagged, String partner) {
      this(sprint, flagged, partner, null);
    }
  }

  /**
   * An issue mapped.
   *
   * @param item the work item
   * @param comments its comments
   * @param worklogs its worklogs
   * @param transitions its changelog, oldest first
   * @param links its links (each link appears on both of its issues)
   * @param sprints the sprints its Sprint field shows
   */
  public record Mapped(WorkItem item, List<Comment> comments, List<Worklog> worklogs, List<Transition> transitions,
      List<Dependency> links, List<ProjectJson.Sprint> sprints) {
  }

  private final ObjectMapper mapper;
  private final CustomFields custom;
  private final StatusCategories statuses;
  private final People people;
  private final Map<String, String> partnerByValue;
  private final Map<String, Integer> unmatchedPartners = new TreeMap<>();

  /**
   * @param partnerByValue partner ids by the (lower-case) value of the partner field that names them
   */
  public IssueMapper(ObjectMapper mapper, CustomFields custom, StatusCategories statuses, People people,
      Map<String, String> partnerByValue) {
    this.mapper = mapper;
    this.custom = custom;
    this.statuses = statuses;
    this.people = people;
    this.partnerByValue = partnerByValue;
  }

  /** The standard fields of an issue bean. */
  public IssueJson.Fields fields(IssueJson.Issue issue) {
    JsonNode fields = issue.fields();
    if (fields == null || fields.isNull()) {
      return IssueJson.Fields.NONE;
    }
    return mapper.convertValue(fields, IssueJson.Fields.class);
  }

  /** Maps an issue given its complete lists. */
  public Mapped map(IssueJson.Issue issue, IssueJson.Fields f, List<IssueJson.Comment> comments,
      List<IssueJson.Worklog> worklogs, List<IssueJson.History> histories) {
    return map(issue.key(), issue.fields(), f, comments, worklogs, histories);
  }

  /**
   * Maps an issue given its complete lists.
   *
   * @param key the issue's key
   * @param other its fields as a tree holding at least the custom fields (the Sprint and partner fields are read
   *     from it), or {@code null}
   * @param f its standard fields
   */
  public Mapped map(String key, JsonNode other, IssueJson.Fields f, List<IssueJson.Comment> comments,
      List<IssueJson.Worklog> worklogs, List<IssueJson.History> histories) {
    statuses.learn(f.status());
    List<ProjectJson.Sprint> sprints = custom.sprint() == null ? List.of()
        : SprintField.parse(other == null ? null : other.get(custom.sprint()));
    String statusName = f.status() == null ? null : f.status().name();
    StatusCategory category = f.status() == null ? null : statuses.of(f.status().id(), statusName);
    if (category == null) {
      category = f.resolutiondate() != null ? StatusCategory.DONE : StatusCategory.TO_DO;
    }
    WorkItem item = new WorkItem(key, f.issuetype() == null ? null : f.issuetype().name(), f.summary(), statusName,
        category, people.see(f.assignee()), people.see(f.reporter()), partnerOf(other),
        JiraTimes.instant(f.created()), JiraTimes.instant(f.updated()), JiraTimes.instant(f.resolutiondate()), JiraTimes.date(f.duedate()),
        f.labels(), names(f.components()), f.parent() == null ? null : f.parent().key(), ids(f.fixVersions()),
        sprints.stream().map(s -> String.valueOf(s.id())).distinct().toList(), f.security() == null ? null : f.security().name(),
        RichText.toPlain(f.description()), flagged(other), participants(other));
    return new Mapped(item, comments(key, comments), worklogs(key, worklogs), transitions(key, histories),
        links(key, f.issuelinks()), sprints);
  }

  /** Whether the Flagged field holds a value (Jira's one option, {@code Impediment}); no field, no flag. */
  private boolean flagged(JsonNode other) {
    if (custom.flagged() == null || other == null) {
      return false;
    }
    JsonNode value = other.get(custom.flagged());
    if (value == null || value.isNull() || value.isMissingNode()) {
      return false;
    }
    return value.isArray() || value.isObject() ? !value.isEmpty() : !value.asText().isBlank();
  }

  /**
   * The people a user-picker field names (a multi-user picker's array, or a single user), each recorded among the
   * people; none without the field.
   */
  private List<String> participants(JsonNode other) {
    if (custom.participants() == null || other == null) {
      return List.of();
    }
    JsonNode value = other.get(custom.participants());
    if (value == null || value.isNull() || value.isMissingNode()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode user : value.isArray() ? value : List.of(value)) {
      if (user.isObject()) {
        String id = people.see(mapper.convertValue(user, UserJson.class));
        if (id != null && !ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  private String partnerOf(JsonNode other) {
    if (custom.partner() == null || other == null) {
      return null;
    }
    JsonNode value = other.get(custom.partner());
    if (value != null && value.isArray()) {
      value = value.isEmpty() ? null : value.get(0);
    }
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isObject() ? value.path("value").asText(value.path("name").asText("")) : value.asText();
    String partner = partnerByValue.get(text.trim().toLowerCase(Locale.ROOT));
    if (partner == null && !text.isBlank()) {
      synchronized (unmatchedPartners) {
        unmatchedPartners.merge(text.trim(), 1, Integer::sum);
      }
    }
    return partner;
  }

  /**
   * @return the values of the partner field that named no partner, each with how many issues had it, by value
   */
  public Map<String, Integer> unmatchedPartnerValues() {
    synchronized (unmatchedPartners) {
      return Collections.unmodifiableMap(new TreeMap<>(unmatchedPartners));
    }
  }

  private static List<String> names(List<IssueJson.Named> named) {
    return named == null ? List.of() : named.stream().map(IssueJson.Named::name).toList();
  }

  private static List<String> ids(List<IssueJson.Named> named) {
    return named == null ? List.of() : named.stream().map(IssueJson.Named::id).toList();
  }

  private List<Comment> comments(String key, List<IssueJson.Comment> comments) {
    List<Comment> out = new ArrayList<>(comments.size());
    for (IssueJson.Comment c : comments) {
      Instant created = JiraTimes.instant(c.created());
      if (c.id() == null || created == null) {
        continue;
      }
      out.add(new Comment(c.id(), key, people.see(c.author()), created, visibility(c.visibility()),
          RichText.toPlain(c.body())));
    }
    return out;
  }

  private List<Worklog> worklogs(String key, List<IssueJson.Worklog> worklogs) {
    List<Worklog> out = new ArrayList<>(worklogs.size());
    for (IssueJson.Worklog w : worklogs) {
      Instant started = JiraTimes.instant(w.started());
      if (w.id() == null || started == null) {
        continue;
      }
      out.add(new Worklog(w.id(), key, people.see(w.author()), started,
          w.timeSpentSeconds() == null ? 0 : w.timeSpentSeconds(), visibility(w.visibility())));
    }
    return out;
  }

  /**
   * A restriction, kept by the name Jira shows ({@code value}: role names, group names), else by its
   * {@code identifier} (a Cloud group known only by id). A restriction that cannot be read is still a
   * restriction: never mapped to open.
   */
  public static Visibility visibility(IssueJson.Visibility v) {
    if (v == null) {
      return null;
    }
    AccessKind kind = "group".equalsIgnoreCase(v.type()) ? AccessKind.GROUP : AccessKind.ROLE;
    String name = v.value() != null ? v.value() : v.identifier() != null ? v.identifier() : UNKNOWN_RESTRICTION;
    return new Visibility(kind, name);
  }

  /** The name given to a restriction whose role or group Jira did not say. */
  public static final String UNKNOWN_RESTRICTION = "(unknown restriction)";

  /** A history with its instant and numeric id, each read once for sorting. */
  private record Dated(IssueJson.History history, Instant at, long id) {
    static final Comparator<Dated> ORDER = Comparator.comparing((Dated d) -> d.at == null ? Instant.MIN : d.at)
        .thenComparingLong(Dated::id);
  }

  private List<Transition> transitions(String key, List<IssueJson.History> histories) {
    List<Dated> ordered = new ArrayList<>(histories.size());
    for (IssueJson.History h : histories) {
      ordered.add(new Dated(h, JiraTimes.instant(h.created()), numeric(h.id())));
    }
    ordered.sort(Dated.ORDER);
    List<Transition> out = new ArrayList<>();
    long sequence = 0;
    for (Dated dated : ordered) {
      IssueJson.History history = dated.history();
      Instant at = dated.at();
      if (at == null || history.items() == null) {
        continue;
      }
      String author = people.see(history.author());
      for (int i = 0; i < history.items().size(); i++) {
        out.add(transition(key, history.id() + ":" + i, sequence++, history.items().get(i), author, at));
      }
    }
    return out;
  }

  private static long numeric(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException | NullPointerException e) {
      return Long.MAX_VALUE;
    }
  }

  private Transition transition(String key, String id, long sequence, IssueJson.ChangeItem item, String author,
      Instant at) {
    String field = neutralField(item);
    String from = item.fromText();
    String to = item.toText();
    StatusCategory fromCategory = null;
    StatusCategory toCategory = null;
    switch (field) {
      case Transition.STATUS -> {
        fromCategory = item.from() == null && from == null ? null : statuses.of(item.from(), from);
        toCategory = item.to() == null && to == null ? null : statuses.of(item.to(), to);
      }
      case Transition.ASSIGNEE -> {
        from = people.seeId(item.from(), item.fromText());
        to = people.seeId(item.to(), item.toText());
      }
      case Transition.SPRINT, Transition.FIX_VERSION -> {
        from = blankToNull(item.from()) != null ? item.from().trim() : from;
        to = blankToNull(item.to()) != null ? item.to().trim() : to;
      }
      default -> { }
    }
    return new Transition(id, sequence, key, field, blankToNull(from), blankToNull(to), fromCategory, toCategory,
        author, at);
  }

  private String neutralField(IssueJson.ChangeItem item) {
    String fieldId = item.fieldId();
    String name = item.field() == null ? "" : item.field();
    if ("status".equals(fieldId) || name.equalsIgnoreCase("status")) {
      return Transition.STATUS;
    }
    if ("assignee".equals(fieldId) || name.equalsIgnoreCase("assignee")) {
      return Transition.ASSIGNEE;
    }
    if ("fixVersions".equals(fieldId) || name.equalsIgnoreCase("Fix Version")) {
      return Transition.FIX_VERSION;
    }
    if (fieldId != null && fieldId.equals(custom.sprint()) || fieldId == null && name.equalsIgnoreCase("Sprint")) {
      return Transition.SPRINT;
    }
    if (fieldId != null && fieldId.equals(custom.flagged()) || fieldId == null && name.equalsIgnoreCase("Flagged")) {
      return Transition.FLAGGED;
    }
    return name;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static List<Dependency> links(String key, List<IssueJson.Link> links) {
    List<Dependency> out = new ArrayList<>();
    if (links == null) {
      return out;
    }
    for (IssueJson.Link link : links) {
      String type = link.type() == null || link.type().name() == null ? "" : link.type().name();
      boolean blocks = type.equalsIgnoreCase("Blocks");
      if (!blocks && !type.equalsIgnoreCase("Relates")) {
        continue;
      }
      DependencyType kind = blocks ? DependencyType.BLOCKS : DependencyType.RELATES;
      if (link.outwardIssue() != null && link.outwardIssue().key() != null) {
        out.add(new Dependency(key, link.outwardIssue().key(), kind));
      } else if (link.inwardIssue() != null && link.inwardIssue().key() != null) {
        out.add(new Dependency(link.inwardIssue().key(), key, kind));
      }
    }
    return out;
  }
}
