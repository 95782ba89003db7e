package org.mutuality.jira.writeback;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mutuality.config.WriteBackSettings;
import org.mutuality.engine.Key;
import org.mutuality.model.Comment;
import org.mutuality.model.ItemFacts;
import org.mutuality.model.Snapshot;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;

/**
 * How Mutuality marks what it writes, so that it finds its own writes again and never anything a person wrote:
 * labels with the configured prefix ({@code mutuality-accountability}, and {@code mutuality-summary} on the summary
 * issue), comments whose text carries {@link #COMMENT_MARKER} and that the integration account wrote, and the issue
 * properties {@link #FINDINGS_PROPERTY} and {@link #SUMMARY_PROPERTY}.
 */
public final class Marks {
  /** The issue property holding an issue's findings as JSON and the id of its managed comment. */
  public static final String FINDINGS_PROPERTY = "mutuality.findings";
  /** The issue property of a summary issue: what its description was written from. */
  public static final String SUMMARY_PROPERTY = "mutuality.summary";
  /** A word in the first line of every comment Mutuality writes (with the author, how it knows its own). */
  public static final String COMMENT_MARKER = "mutuality-managed-comment";
  /** The prefix of the issue properties Mutuality writes. */
  public static final String PROPERTY_PREFIX = "mutuality.";

  private final String prefix;

  /** @param settings the {@code writeBack:} section */
  public Marks(WriteBackSettings settings) {
    this.prefix = Objects.requireNonNull(settings, "settings").labelPrefix();
  }

  /** The label prefix, e.g. {@code mutuality}. */
  public String prefix() {
    return prefix;
  }

  /** The label of the findings of a key, e.g. {@code mutuality-accountability}. */
  public String label(Key key) {
    return prefix + "-" + key.label().toLowerCase(Locale.ROOT);
  }

  /** The label of a summary issue, e.g. {@code mutuality-summary}. */
  public String summaryLabel() {
    return prefix + "-summary";
  }

  /** Whether a label is Mutuality's: it starts with the prefix and a hyphen. */
  public boolean isOwnLabel(String label) {
    return label != null && label.startsWith(prefix + "-");
  }

  /** Whether a comment's text carries the marker (its author is checked apart). */
  public static boolean isMarked(String text) {
    return text != null && text.contains(COMMENT_MARKER);
  }

  /**
   * The snapshot as the rules must see it: without what Mutuality wrote, so that its own writes never change its
   * findings (a managed comment is not activity, a label of ours is not a partner's vocabulary). Leaves out the
   * labels with the prefix, the marked comments of the reading account (of any author when the reader is unknown),
   * and the summary issues with all that hangs on them.
   */
  public Snapshot strip(Snapshot raw) {
    return strip(raw, Map.of());
  }

  /**
   * As {@link #strip(Snapshot)}, and with each issue's {@code updated} as people left it (see
   * {@link IssueState#personUpdated()}), from the findings properties read (by issue key): Mutuality's own writes
   * must not make an issue look recently worked on.
   */
  public Snapshot strip(Snapshot raw, Map<String, JsonNode> findingsProperties) {
    Set<String> summaries = new HashSet<>();
    raw.workItems().stream().filter(this::isSummary).forEach(i -> summaries.add(i.key()));
    List<WorkItem> items = raw.workItems().stream().filter(i -> !summaries.contains(i.key()))
        .map(i -> asPeopleLeft(i, findingsProperties.get(i.key()))).toList();
    String reader = raw.readerId();
    List<Comment> comments = raw.comments().stream()
        .filter(c -> !summaries.contains(c.itemKey()) && !isOwnComment(c, reader)).toList();
    return new Snapshot(raw.capturedAt(), raw.source(), raw.readerId(), raw.partnership(), raw.partners(),
        raw.members(), items, comments,
        raw.worklogs().stream().filter(w -> !summaries.contains(w.itemKey())).toList(),
        raw.transitions().stream().filter(t -> !summaries.contains(t.itemKey()) && !isOwnLabelChange(t, reader))
            .toList(),
        raw.dependencies().stream()
            .filter(d -> !summaries.contains(d.fromKey()) && !summaries.contains(d.toKey())).toList(),
        raw.milestones(), raw.iterations(), raw.workPackages(), raw.accessGrants(), raw.gaps());
  }

  /**
   * One issue's facts as the rules must see them, as {@link #strip(Snapshot, Map)} leaves each issue of a snapshot:
   * without the labels with the prefix, the marked comments of the reading account (of any author when it is not
   * known) and its history entries that only change labels of ours, and with the {@code updated} people left. Its
   * members stay as read (the integration account, named by our comment alone, is a member of any snapshot too). A
   * summary issue ({@link #isSummary}) is not for the rules at all: the caller leaves it out.
   *
   * @param raw the issue as read
   * @param findingsProperty its findings property, or {@code null} when it has none (or it was not read)
   * @param readerId the reading account's person id, or {@code null} when not known
   */
  public ItemFacts strip(ItemFacts raw, JsonNode findingsProperty, String readerId) {
    return new ItemFacts(asPeopleLeft(raw.item(), findingsProperty),
        raw.comments().stream().filter(c -> !isOwnComment(c, readerId)).toList(), raw.worklogs(),
        raw.transitions().stream().filter(t -> !isOwnLabelChange(t, readerId)).toList(), raw.dependencies(),
        raw.members());
  }

  /** Whether an issue is a summary issue of Mutuality's: it carries {@link #summaryLabel()}. */
  public boolean isSummary(WorkItem item) {
    return item.labels().contains(summaryLabel());
  }

  /** An issue without our labels and with the {@code updated} people left, by its findings property. */
  private WorkItem asPeopleLeft(WorkItem item, JsonNode findingsProperty) {
    return withoutOwnLabels(item, personUpdated(findingsProperty, item.updated()));
  }

  /** Whether a comment of the snapshot is one Mutuality wrote: marked, and by the reading account when known. */
  public static boolean isOwnComment(Comment comment, String readerId) {
    return isMarked(comment.body()) && (readerId == null || readerId.equals(comment.authorId()));
  }

  /**
   * Whether a history entry only adds or removes labels of ours, made by the reading account: Mutuality's own
   * edit, not activity on the issue.
   */
  boolean isOwnLabelChange(Transition t, String readerId) {
    if (!"labels".equalsIgnoreCase(t.field()) || readerId != null && !readerId.equals(t.authorId())) {
      return false;
    }
    Set<String> before = words(t.oldValue());
    Set<String> after = words(t.newValue());
    Set<String> changed = new HashSet<>(before);
    changed.addAll(after);
    Set<String> kept = new HashSet<>(before);
    kept.retainAll(after);
    changed.removeAll(kept);
    return !changed.isEmpty() && changed.stream().allMatch(this::isOwnLabel);
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    if (text != null) {
      for (String word : text.trim().split("\\s+")) {
        if (!word.isEmpty()) {
          out.add(word);
        }
      }
    }
    return out;
  }

  /**
   * The {@code updated} people left: {@code updatedBefore} of the property while the issue's {@code updated} is
   * still the {@code issueUpdated} Mutuality's last write left (or while that write is unfinished), else
   * {@code updated}.
   */
  static Instant personUpdated(JsonNode property, Instant updated) {
    if (property == null || updated == null || !property.hasNonNull("updatedBefore")) {
      return updated;
    }
    try {
      // issueUpdated null: a write was in progress when a run stopped; Mutuality's writes since are its own.
      if (property.hasNonNull("issueUpdated")
          && !Instant.parse(property.get("issueUpdated").asText()).equals(updated)) {
        return updated;
      }
      JsonNode before = property.get("updatedBefore");
      return before == null || before.isNull() ? updated : Instant.parse(before.asText());
    } catch (DateTimeParseException e) {
      return updated;
    }
  }

  private WorkItem withoutOwnLabels(WorkItem i, Instant updated) {
    if (i.labels().stream().noneMatch(this::isOwnLabel) && Objects.equals(updated, i.updated())) {
      return i;
    }
    List<String> labels = i.labels().stream().filter(l -> !isOwnLabel(l)).toList();
    return new WorkItem(i.key(), i.type(), i.summary(), i.status(), i.statusCategory(), i.assigneeId(),
        i.reporterId(), i.partnerId(), i.created(), updated, i.resolved(), i.due(), labels, i.components(),
        i.parentKey(), i.fixVersions(), i.sprints(), i.securityLevel(), i.description(), i.flagged(),
        i.participants());
  }
}
