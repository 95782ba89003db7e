package org.mutuality.jira.writeback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mutuality.engine.SubjectType;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;

/**
 * The write-back plan, computed without any HTTP: what each issue should hold (from the report) against what it
 * holds (read from Jira) gives the list of changes, each with its issue, action and reason. Pure and deterministic:
 * the same report and state give the same plan, and a state that already matches gives none.
 *
 * <p>Per issue, in this order (so a run cut short at any point leaves a label or a managed comment behind, which
 * the next run finds and finishes): when nothing should remain, the property goes first; then the managed comment
 * is created, updated or deleted, and duplicates of it deleted; then labels are added or removed; then the property
 * is written, last, with the issue's {@code updated} the writes left. Only labels with the prefix, comments the integration account wrote with the marker, and
 * Mutuality's properties are ever touched.
 */
public final class Planner {
  private final Marks marks;

  /** @param marks how Mutuality's writes are marked */
  public Planner(Marks marks) {
    this.marks = Objects.requireNonNull(marks, "marks");
  }

  /** The findings that are written: counted ones (neither waived nor in shadow) about an issue. */
  public static final Predicate<ReportFinding> WRITTEN = f -> f.isCounted() && f.subject().type() == SubjectType.ISSUE;

  /** The findings a shadow plan adds: of rules in shadow, unwaived, about an issue. */
  public static final Predicate<ReportFinding> SHADOW =
      f -> f.shadow() && !f.isWaived() && f.subject().type() == SubjectType.ISSUE;

  /** What each issue with findings should hold, by issue key, for the findings {@code include} keeps. */
  public static Map<String, IssueTarget> targets(List<ReportFinding> findings, Predicate<ReportFinding> include) {
    Map<String, List<ReportFinding>> byIssue = new TreeMap<>();
    findings.stream().filter(include)
        .forEach(f -> byIssue.computeIfAbsent(f.subject().id(), k -> new ArrayList<>()).add(f));
    Map<String, IssueTarget> targets = new LinkedHashMap<>();
    byIssue.forEach((key, ofIssue) -> targets.put(key, new IssueTarget(key, ofIssue)));
    return targets;
  }

  /**
   * The plan of every issue that has findings or holds something of ours: the changes to make, then the changes
   * only rules in shadow call for (marked, never made).
   *
   * @param findings the audit's findings ({@link Report#findings()})
   * @param states what the issues hold now, by key; an issue missing here holds nothing of ours
   * @return the changes, issue by issue in key order
   */
  public List<Change> plan(List<ReportFinding> findings, Map<String, IssueState> states) {
    Map<String, IssueTarget> written = targets(findings, WRITTEN);
    Map<String, IssueTarget> withShadow = targets(findings, WRITTEN.or(SHADOW));
    Set<String> issues = new TreeSet<>(IssueKeys.ORDER);
    issues.addAll(withShadow.keySet());
    issues.addAll(states.keySet());
    List<Change> plan = new ArrayList<>();
    for (String key : issues) {
      IssueState state = states.getOrDefault(key, IssueState.clean(key));
      List<Change> real = planIssue(written.getOrDefault(key, new IssueTarget(key, List.of())), state);
      plan.addAll(real);
      IssueTarget shadowTarget = withShadow.get(key);
      if (shadowTarget != null && !shadowTarget.equals(written.get(key))) {
        String rules = shadowTarget.findings().stream().filter(ReportFinding::shadow).map(ReportFinding::ruleId)
            .distinct().collect(Collectors.joining(", "));
        planIssue(shadowTarget, state).stream().filter(c -> real.stream().noneMatch(c::sameEffect))
            .map(c -> c.asShadow("in shadow: " + rules)).forEach(plan::add);
      }
    }
    return plan;
  }

  /**
   * The changes that bring one issue from {@code state} to {@code target}.
   *
   * @param target what it should hold (no findings: nothing of ours)
   * @param state what it holds
   * @return the changes, in the order they must be made
   */
  public List<Change> planIssue(IssueTarget target, IssueState state) {
    String key = state.key();
    List<Change> changes = new ArrayList<>();
    SortedSet<String> want = target.labels(marks);
    SortedSet<String> have = new TreeSet<>();
    state.labels().stream().filter(marks::isOwnLabel).forEach(have::add);
    String kept = keptComment(state);
    ObjectNode value = null;
    if (target.isEmpty()) {
      if (state.property() != null) {
        changes.add(change(key, Change.Action.DELETE_PROPERTY, Marks.FINDINGS_PROPERTY, "no findings left"));
      }
      state.ownComments().forEach(id -> changes.add(change(key, Change.Action.DELETE_COMMENT, id,
          "no findings left")));
    } else {
      String text = Texts.comment(target);
      value = Texts.property(target, text);
      String why = reasons(target);
      if (kept == null) {
        changes.add(new Change(key, Change.Action.CREATE_COMMENT, "", why, false, null, text, null));
      } else if (!value.path("commentHash").equals(state.property() == null ? null
          : state.property().path("commentHash"))) {
        changes.add(new Change(key, Change.Action.UPDATE_COMMENT, kept, "findings now: " + why, false, null, text,
            null));
      }
      state.ownComments().stream().filter(id -> !id.equals(kept)).forEach(id -> changes.add(change(key,
          Change.Action.DELETE_COMMENT, id, "a second managed comment (duplicate of " + kept + ")")));
    }
    Set<String> add = new LinkedHashSet<>(want);
    add.removeAll(have);
    Set<String> remove = new LinkedHashSet<>(have);
    remove.removeAll(want);
    if (!add.isEmpty()) {
      changes.add(new Change(key, Change.Action.ADD_LABELS, String.join(", ", add), labelReasons(target, add),
          false, List.copyOf(add), null, null));
    }
    if (!remove.isEmpty()) {
      changes.add(new Change(key, Change.Action.REMOVE_LABELS, String.join(", ", remove),
          "no counted finding under " + String.join(", ", remove.stream().map(l -> l.substring(
              marks.prefix().length() + 1)).toList()) + " any more", false, List.copyOf(remove), null, null));
    }
    if (value != null) {
      // Last: it records the issue's updated after the writes above (the applier adds it, and the comment's id
      // when the comment is created now), so it is rewritten whenever anything else was.
      java.time.Instant before = state.personUpdated();
      value.put("updatedBefore", before == null ? null : before.toString());
      ObjectNode desired = kept == null ? value : Texts.withComment(value, kept);
      if (!changes.isEmpty()) {
        ObjectNode begin = desired.deepCopy();
        begin.putNull("issueUpdated");
        changes.add(0, new Change(key, Change.Action.BEGIN_PROPERTY, Marks.FINDINGS_PROPERTY,
            "the issue's updated as people left it, before Mutuality's writes", false, null, null, begin));
      }
      if (!changes.isEmpty() || !sameContent(desired, state.property())) {
        changes.add(new Change(key, Change.Action.SET_PROPERTY, Marks.FINDINGS_PROPERTY,
            "the findings as JSON, the managed comment's id", false, null, null, desired));
      }
    }
    return changes;
  }

  /**
   * The plan of a project's summary issue.
   *
   * @param projectKey the project
   * @param text what its description should say, or {@code null} when no summary issue is kept
   * @param summaries the project's summary issues now (by key, oldest first) with their summary property values
   *     ({@code null} when absent)
   * @return the changes
   */
  public List<Change> planSummary(String projectKey, String text, Map<String, JsonNode> summaries) {
    List<Change> changes = new ArrayList<>();
    if (text == null) {
      return changes;
    }
    ObjectNode value = Texts.summaryProperty(text);
    List<String> keys = new ArrayList<>(summaries.keySet());
    keys.sort(IssueKeys.ORDER);
    if (keys.isEmpty()) {
      changes.add(new Change(projectKey, Change.Action.CREATE_SUMMARY, Texts.SUMMARY_TITLE,
          "scores per key, partner and project findings", false, List.of(marks.summaryLabel()), text, value));
      return changes;
    }
    String kept = keys.get(0);
    if (!value.equals(summaries.get(kept))) {
      changes.add(new Change(kept, Change.Action.UPDATE_SUMMARY, Texts.SUMMARY_TITLE, "the scores or findings changed",
          false, null, text, value));
    }
    keys.stream().skip(1).forEach(k -> changes.add(change(k, Change.Action.DELETE_SUMMARY, Texts.SUMMARY_TITLE,
        "a second summary issue (duplicate of " + kept + ")")));
    return changes;
  }

  /**
   * Everything of Mutuality's on one issue, to be removed (the purge).
   *
   * @param state what the issue holds
   * @param otherProperties Mutuality's other properties on it (e.g. the summary's)
   * @param summary whether it is a summary issue (then it is deleted whole)
   */
  public List<Change> planPurge(IssueState state, List<String> otherProperties, boolean summary) {
    if (summary) {
      return List.of(change(state.key(), Change.Action.DELETE_SUMMARY, Texts.SUMMARY_TITLE, "purge"));
    }
    List<Change> changes = new ArrayList<>();
    otherProperties.forEach(p -> changes.add(change(state.key(), Change.Action.DELETE_PROPERTY, p, "purge")));
    planIssue(new IssueTarget(state.key(), List.of()), state).stream()
        .map(c -> new Change(c.issue(), c.action(), c.target(), "purge", false, c.labels(), c.text(), c.value()))
        .forEach(changes::add);
    return changes;
  }

  /** Whether two findings properties say the same, {@code issueUpdated} (set when written) aside. */
  private static boolean sameContent(ObjectNode desired, JsonNode current) {
    if (current == null || !current.isObject()) {
      return false;
    }
    ObjectNode a = desired.deepCopy();
    ObjectNode b = ((ObjectNode) current).deepCopy();
    a.remove("issueUpdated");
    b.remove("issueUpdated");
    return a.equals(b);
  }

  /** The comment of ours that is kept: the one the property names, else the oldest. */
  private static String keptComment(IssueState state) {
    if (state.ownComments().isEmpty()) {
      return null;
    }
    String named = state.property() == null ? null : state.property().path("commentId").asText(null);
    return named != null && state.ownComments().contains(named) ? named : state.ownComments().get(0);
  }

  private static Change change(String issue, Change.Action action, String target, String why) {
    return new Change(issue, action, target, why, false, null, null, null);
  }

  private static String reasons(IssueTarget target) {
    return target.findings().stream().map(f -> f.ruleId() + " " + f.severity().label())
        .collect(Collectors.joining(", "));
  }

  private String labelReasons(IssueTarget target, Set<String> labels) {
    return target.findings().stream().filter(f -> labels.contains(marks.label(f.key())))
        .map(f -> f.ruleId() + " " + f.severity().label()).collect(Collectors.joining(", "));
  }
}
