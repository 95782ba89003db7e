package org.mutuality.jira.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Issues and what they embed or page: comments, worklogs, changelog histories, links. */
public final class IssueJson {
  private IssueJson() {}

  /**
   * An issue bean. {@code fields} stays a tree: which fields it holds depends on the request, and custom field
   * ids depend on the site; {@link #standard} reads the standard ones.
   *
   * @param id the numeric id
   * @param key the key
   * @param fields the requested fields
   * @param changelog the embedded changelog ({@code expand=changelog}), a preview
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Issue(String id, String key, JsonNode fields, ChangelogPage changelog) {
  }

  /**
   * An issue of a search page, read in one pass: its standard fields straight into {@link Fields}, the others (the
   * site's custom fields) as trees. A search page is the bulk of a read, so its issues are never read to a tree
   * first and converted after.
   *
   * @param id the numeric id
   * @param key the key
   * @param fields the requested fields, or {@code null} when the issue has none
   * @param changelog the embedded changelog ({@code expand=changelog}), a preview
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SearchIssue(String id, String key, SplitFields fields, ChangelogPage changelog) {
    /** The standard fields; all {@code null} when the issue has none. */
    public Fields standard() {
      return fields == null ? Fields.NONE : fields.standard();
    }

    /** The fields that are not standard (custom fields by id); empty when the issue has none. */
    public JsonNode custom() {
      return fields == null ? JsonNodeFactory.instance.objectNode() : fields.custom();
    }
  }

  /**
   * An issue's {@code fields} read once: the standard ones typed, the rest kept as trees by name.
   *
   * @param standard the standard fields
   * @param custom every other field (custom fields by id), as Jira sent it
   */
  @JsonDeserialize(using = SplitFieldsDeserializer.class)
  public record SplitFields(Fields standard, ObjectNode custom) {
  }

  /**
   * The standard fields the adapter requests.
   *
   * @param summary one line
   * @param description the description: ADF (v3) or a wiki string (v2), or null
   * @param issuetype the type
   * @param project the project
   * @param status the status with its category
   * @param assignee the assignee, or null
   * @param reporter the reporter
   * @param created creation time
   * @param updated last update
   * @param resolutiondate resolution time, or null
   * @param duedate the due date {@code yyyy-MM-dd}, or null
   * @param labels labels
   * @param components components
   * @param fixVersions fix versions
   * @param parent the parent issue
   * @param security the security level, or null
   * @param issuelinks links to other issues
   * @param comment the embedded comments, a preview
   * @param worklog the embedded worklogs, a preview
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Fields(String summary, JsonNode description, Named issuetype, Named project,
      ServerJson.Status status, UserJson assignee, UserJson reporter, String created, String updated,
      String resolutiondate, String duedate, List<String> labels, List<Named> components, List<Named> fixVersions,
      IssueRef parent, Named security, List<Link> issuelinks, CommentPage comment, WorklogPage worklog) {
    /** No fields at all. */
    public static final Fields NONE = new Fields(null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
  }

  /**
   * Anything with an id, a key or a name (issue type, project, component, version, security level).
   *
   * @param id its id
   * @param key its key (projects)
   * @param name its name
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Named(String id, String key, String name) {
  }

  /**
   * Another issue, as links and parents refer to it.
   *
   * @param id its id
   * @param key its key
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record IssueRef(String id, String key) {
  }

  /**
   * An issue link: exactly one of the two issues is present, the other end is this issue.
   *
   * @param id the link id
   * @param type the link type
   * @param inwardIssue the issue on the inward side (it "blocks" this one, for Blocks)
   * @param outwardIssue the issue on the outward side (this one "blocks" it, for Blocks)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Link(String id, LinkType type, IssueRef inwardIssue, IssueRef outwardIssue) {
  }

  /**
   * A link type.
   *
   * @param name e.g. {@code Blocks}
   * @param inward e.g. {@code is blocked by}
   * @param outward e.g. {@code blocks}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LinkType(String name, String inward, String outward) {
  }

  /**
   * A comment or worklog restriction; no visibility key at all means unrestricted.
   *
   * @param type {@code role} or {@code group}
   * @param value the role or group name
   * @param identifier Cloud: the group id, or the role name
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Visibility(String type, String value, String identifier) {
  }

  /**
   * A comment; {@code body} is ADF (v3) or a wiki string (v2).
   *
   * @param id its id
   * @param author its author
   * @param body the text
   * @param created when it was written
   * @param visibility its restriction, or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Comment(String id, UserJson author, JsonNode body, String created, Visibility visibility) {
  }

  /**
   * A worklog.
   *
   * @param id its id
   * @param author who logged it
   * @param started when the work started
   * @param timeSpentSeconds how long
   * @param visibility its restriction, or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Worklog(String id, UserJson author, String started, Long timeSpentSeconds, Visibility visibility) {
  }

  /**
   * {@code fields.comment} and {@code GET /issue/{key}/comment}.
   *
   * @param startAt the offset
   * @param maxResults the page size
   * @param total how many the viewer may see
   * @param comments this page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CommentPage(Integer startAt, Integer maxResults, Integer total, List<Comment> comments) {
  }

  /**
   * {@code fields.worklog} and {@code GET /issue/{key}/worklog}.
   *
   * @param startAt the offset
   * @param maxResults the page size
   * @param total how many the viewer may see
   * @param worklogs this page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record WorklogPage(Integer startAt, Integer maxResults, Integer total, List<Worklog> worklogs) {
  }

  /**
   * The embedded changelog ({@code PageOfChangelogs}): Cloud most recent first and capped; Data Center all.
   *
   * @param startAt the offset
   * @param maxResults the page size
   * @param total how many histories the issue has
   * @param histories this page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ChangelogPage(Integer startAt, Integer maxResults, Integer total, List<History> histories) {
  }

  /**
   * One changelog entry.
   *
   * @param id its id
   * @param author who made it; absent for some automatic changes
   * @param created when; an ISO-like string, or epoch seconds in the bulk endpoint's example
   * @param items the field changes
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record History(String id, UserJson author, JsonNode created, List<ChangeItem> items) {
  }

  /**
   * One field change; Data Center sends no {@code fieldId}.
   *
   * @param field the field name, e.g. {@code status}, {@code Sprint}
   * @param fieldtype {@code jira} or {@code custom}
   * @param fieldId the field id (Cloud)
   * @param from the old raw value (ids; account ids or user keys for user fields)
   * @param fromText the old display value ({@code fromString})
   * @param to the new raw value
   * @param toText the new display value ({@code toString})
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ChangeItem(String field, String fieldtype, String fieldId, String from,
      @JsonProperty("fromString") String fromText, String to, @JsonProperty("toString") String toText) {
  }

  /**
   * Cloud {@code /search/jql}: token paging, no total.
   *
   * @param issues this page
   * @param nextPageToken absent on the last page
   * @param isLast whether this is the last page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TokenSearchPage(List<SearchIssue> issues, String nextPageToken, Boolean isLast) {
  }

  /**
   * Cloud {@code POST /search/approximate-count}.
   *
   * @param count how many issues the JQL matches, approximately
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Count(Integer count) {
  }

  /**
   * Data Center {@code /search}: offset paging.
   *
   * @param startAt the offset
   * @param maxResults the page size Jira applied
   * @param total how many issues match
   * @param issues this page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OffsetSearchPage(Integer startAt, Integer maxResults, Integer total, List<SearchIssue> issues) {
  }

  /**
   * Cloud {@code GET /issue/{key}/changelog} ({@code PageBeanChangelog}), oldest first.
   *
   * @param startAt the offset
   * @param maxResults the page size
   * @param total how many histories
   * @param isLast whether this is the last page
   * @param values this page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ChangelogBean(Integer startAt, Integer maxResults, Integer total, Boolean isLast,
      List<History> values) {
  }

  /**
   * Cloud {@code POST /changelog/bulkfetch}.
   *
   * @param issueChangeLogs this page's histories, grouped per issue
   * @param nextPageToken absent or null on the last page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BulkChangelogPage(List<IssueChangelogs> issueChangeLogs, String nextPageToken) {
  }

  /**
   * Histories of one issue in a bulk page.
   *
   * @param issueId the issue id
   * @param changeHistories its histories on this page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record IssueChangelogs(String issueId, List<History> changeHistories) {
  }
}
