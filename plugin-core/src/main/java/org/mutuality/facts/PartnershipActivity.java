package org.mutuality.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutuality.model.Comment;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;

/**
 * What happened in the whole partnership: every work item, comment and status change, once, for the rules that
 * count them across all work items (CONF-001's share of restricted comments, DATA-003's updated work, DATA-004's
 * work items that changed status, DATA-005's dated open work, ACCT-007's decisions, IDEN-006's partners with
 * current work, each partner's open and overdue work and labels, each milestone's open work, the work packages in
 * use, the components and epics where partners' current work meets). One fact, computed with the snapshot ({@link Activities}); a pattern over
 * {@code WorkItem}, {@code Comment} or {@code Transition} in such a rule held a right tuple for every work item,
 * comment or change of the partnership.
 *
 * <p>Rules about the partnership, a partner or a person may also take single work items or comments {@code from}
 * it (CONF-005's and CONF-006's meeting records, {@link #commentsOn} for IDEN-008 and CONF-006): a {@code from}
 * keeps a tuple only for what matches, where a {@code WorkItem} or {@code Comment} pattern kept one for every work
 * item or comment. Rules about single issues must not: a live session replaces this fact only when it refreshes,
 * after a burst of changes, not on each change. A plain class rather than a record, compared by identity.
 */
public final class PartnershipActivity {
  /** How many answers {@link #answer} keeps before it forgets them all. */
  private static final int MAX_ANSWERS = 256;

  private final List<WorkItem> items;
  private final List<Comment> comments;
  private final List<Transition> statusChanges;
  /** The earliest creation instant of a work item, or null when none has one. */
  private final Instant firstCreated;
  /**
   * The answers given so far, by question (method and arguments). The facts are immutable, so an answer stays right,
   * and rules ask the same questions again whenever something upstream of them changes: in a live session DATA-004's
   * scan of every status change ran again on every status move, and CONF-001's scan of every comment on every
   * restricted comment. Read by the thread that fires the session's rules, like the index below. At most
   * {@link #MAX_ANSWERS} are kept: a live session moves its instant on every few minutes without replacing this
   * fact, and each new instant asks new questions (one instant asks a few dozen).
   */
  private final Map<List<Object>, Object> answers = new HashMap<>();
  /** The comments by work item, built on the first question: few rules ask, and seldom (see {@link #commentsOn}). */
  private Map<String, List<Comment>> commentsByItem;

  /**
   * The partnership's activity.
   *
   * @param items every work item, in the snapshot's order
   * @param comments every comment, in the snapshot's order
   * @param statusChanges every status change, in the snapshot's order
   */
  public PartnershipActivity(List<WorkItem> items, List<Comment> comments, List<Transition> statusChanges) {
    this.items = List.copyOf(items);
    // Not sorted: every question scans them whole, and sorting 600,000 comments cost more than a second of CPU.
    this.comments = List.copyOf(comments);
    this.statusChanges = List.copyOf(statusChanges);
    Instant first = null;
    for (WorkItem item : this.items) {
      if (item.created() != null && (first == null || item.created().isBefore(first))) {
        first = item.created();
      }
    }
    this.firstCreated = first;
  }

  /**
   * The comments on a work item, in the snapshot's order. The index is built when first asked (a session's
   * facts are read by the thread that fires its rules): IDEN-008 and CONF-006 ask it only for newcomers' items
   * and meeting records, which a partnership may not have, where a Comment or ItemActivity pattern held a right
   * tuple for every comment or work item of the partnership.
   */
  public List<Comment> commentsOn(String itemKey) {
    if (commentsByItem == null) {
      Map<String, List<Comment>> byItem = new HashMap<>();
      for (Comment c : comments) {
        byItem.computeIfAbsent(c.itemKey(), k -> new ArrayList<>()).add(c);
      }
      byItem.replaceAll((key, list) -> Collections.unmodifiableList(list));
      commentsByItem = byItem;
    }
    return commentsByItem.getOrDefault(itemKey, List.of());
  }

  /** Whether a work item was created strictly before an instant. */
  public boolean createdBefore(Instant at) {
    return firstCreated != null && firstCreated.isBefore(at);
  }

  /** From the snapshot's work items, comments and changes (status changes are kept, other fields left out). */
  public static PartnershipActivity of(List<WorkItem> items, List<Comment> comments, List<Transition> transitions) {
    List<Transition> status = new ArrayList<>();
    for (Transition t : transitions) {
      if (Transition.STATUS.equals(t.field())) {
        status.add(t);
      }
    }
    return new PartnershipActivity(items, comments, status);
  }

  /** Every work item, in the snapshot's order. */
  public List<WorkItem> items() {
    return items;
  }

  /** Every comment, in the snapshot's order. */
  public List<Comment> comments() {
    return comments;
  }

  /** Every status change, in the snapshot's order. */
  public List<Transition> statusChanges() {
    return statusChanges;
  }


  /**
   * The partners owning a work item updated in the period (both ends included; one without an {@code updated}
   * instant was last changed when created).
   */
  public Set<String> currentPartners(Instant from, Instant to) {
    return answer(() -> currentPartnersScan(from, to), "currentPartners", from, to);
  }

  private Set<String> currentPartnersScan(Instant from, Instant to) {
    Set<String> partners = new HashSet<>();
    for (WorkItem item : items) {
      if (item.partnerId() != null && current(item, from, to)) {
        partners.add(item.partnerId());
      }
    }
    return Collections.unmodifiableSet(partners);
  }

  /**
   * How many comments were written in the period (both ends included) by someone not in {@code except}; comments
   * of an unknown ({@code null}) author count.
   */
  public long commentsBetween(Instant from, Instant to, Set<String> except) {
    return answer(() -> commentsBetweenScan(from, to, except), "commentsBetween", from, to, except);
  }

  private long commentsBetweenScan(Instant from, Instant to, Set<String> except) {
    long n = 0;
    for (Comment c : comments) {
      if (!c.created().isBefore(from) && !c.created().isAfter(to)
          && (c.authorId() == null || !except.contains(c.authorId()))) {
        n++;
      }
    }
    return n;
  }

  /** The keys of the work items whose status changed in the period, both ends included. */
  public Set<String> itemsWithStatusChangeBetween(Instant from, Instant to) {
    return answer(() -> itemsWithStatusChangeBetweenScan(from, to), "itemsWithStatusChangeBetween", from, to);
  }

  private Set<String> itemsWithStatusChangeBetweenScan(Instant from, Instant to) {
    Set<String> keys = new HashSet<>();
    for (Transition t : statusChanges) {
      if (!t.at().isBefore(from) && !t.at().isAfter(to)) {
        keys.add(t.itemKey());
      }
    }
    return Collections.unmodifiableSet(keys);
  }

  /** How many work items are open at an instant. */
  public long openAt(Instant asOf) {
    return answer(() -> openAtScan(asOf), "openAt/1", asOf);
  }

  private long openAtScan(Instant asOf) {
    long n = 0;
    for (WorkItem item : items) {
      n += item.openAt(asOf) ? 1 : 0;
    }
    return n;
  }

  /** How many work items open at an instant have a due date or a fix version. */
  public long datedOpenAt(Instant asOf) {
    return answer(() -> datedOpenAtScan(asOf), "datedOpenAt", asOf);
  }

  private long datedOpenAtScan(Instant asOf) {
    long n = 0;
    for (WorkItem item : items) {
      n += item.openAt(asOf) && (item.due() != null || !item.fixVersions().isEmpty()) ? 1 : 0;
    }
    return n;
  }

  /** How many of a partner's work items are open at an instant. */
  public long openAt(String partnerId, Instant asOf) {
    return answer(() -> openAtScan(partnerId, asOf), "openAt/2", partnerId, asOf);
  }

  private long openAtScan(String partnerId, Instant asOf) {
    long n = 0;
    for (WorkItem item : items) {
      n += partnerId.equals(item.partnerId()) && item.openAt(asOf) ? 1 : 0;
    }
    return n;
  }

  /**
   * The keys of a partner's work items open at {@code asOf} and due before {@code today}, in the snapshot's
   * order.
   */
  public List<String> overdueKeys(String partnerId, Instant asOf, LocalDate today) {
    return answer(() -> overdueKeysScan(partnerId, asOf, today), "overdueKeys", partnerId, asOf, today);
  }

  private List<String> overdueKeysScan(String partnerId, Instant asOf, LocalDate today) {
    List<String> keys = new ArrayList<>();
    for (WorkItem item : items) {
      if (partnerId.equals(item.partnerId()) && item.openAt(asOf) && item.due() != null
          && item.due().isBefore(today)) {
        keys.add(item.key());
      }
    }
    return Collections.unmodifiableList(keys);
  }

  /**
   * The label lists of a partner's current work items, in the snapshot's order: those updated in the period (both
   * ends included), or, never updated, created in it.
   */
  public List<List<String>> currentLabels(String partnerId, Instant from, Instant to) {
    return answer(() -> currentLabelsScan(partnerId, from, to), "currentLabels", partnerId, from, to);
  }

  private List<List<String>> currentLabelsScan(String partnerId, Instant from, Instant to) {
    List<List<String>> lists = new ArrayList<>();
    for (WorkItem item : items) {
      if (partnerId.equals(item.partnerId()) && current(item, from, to)) {
        lists.add(item.labels());
      }
    }
    return Collections.unmodifiableList(lists);
  }

  /**
   * How many work items were updated in the period (both ends included); one without an {@code updated} instant
   * was last changed when created.
   */
  public long updatedBetween(Instant from, Instant to) {
    return answer(() -> updatedBetweenScan(from, to), "updatedBetween", from, to);
  }

  private long updatedBetweenScan(Instant from, Instant to) {
    long n = 0;
    for (WorkItem item : items) {
      n += current(item, from, to) ? 1 : 0;
    }
    return n;
  }

  /**
   * Where partners' current work meets: each distinct pair of a container of the kind ({@link ContainerPartner}:
   * a component, or an epic or parent item) and a partner owning a work item filed under it that was updated in the
   * period (both ends included; one without an {@code updated} instant was last changed when created), in the
   * order first met. Items owned by no partner are left out.
   */
  public List<ContainerPartner> currentContainers(String kind, Instant from, Instant to) {
    return answer(() -> currentContainersScan(kind, from, to), "currentContainers", kind, from, to);
  }

  private List<ContainerPartner> currentContainersScan(String kind, Instant from, Instant to) {
    Set<ContainerPartner> pairs = new java.util.LinkedHashSet<>();
    for (WorkItem item : items) {
      if (item.partnerId() == null || !current(item, from, to)) {
        continue;
      }
      if (ContainerPartner.COMPONENT.equals(kind)) {
        for (String component : item.components()) {
          pairs.add(new ContainerPartner(kind, component, item.partnerId()));
        }
      } else if (ContainerPartner.PARENT.equals(kind) && item.parentKey() != null) {
        pairs.add(new ContainerPartner(kind, item.parentKey(), item.partnerId()));
      }
    }
    return List.copyOf(pairs);
  }

  /** Whether a work item names the component. */
  public boolean usesComponent(String component) {
    return answer(() -> usesComponentScan(component), "usesComponent", component);
  }

  private boolean usesComponentScan(String component) {
    for (WorkItem item : items) {
      if (item.components().contains(component)) {
        return true;
      }
    }
    return false;
  }

  /** The keys of the work items open at an instant that name a fix version, in the snapshot's order. */
  public List<String> openKeysFixedIn(String versionId, Instant asOf) {
    return answer(() -> openKeysFixedInScan(versionId, asOf), "openKeysFixedIn", versionId, asOf);
  }

  private List<String> openKeysFixedInScan(String versionId, Instant asOf) {
    List<String> keys = new ArrayList<>();
    for (WorkItem item : items) {
      if (item.fixVersions().contains(versionId) && item.openAt(asOf)) {
        keys.add(item.key());
      }
    }
    return Collections.unmodifiableList(keys);
  }

  /** How many work items were resolved in the period, both ends included. */
  public long resolvedBetween(Instant from, Instant to) {
    return answer(() -> resolvedBetweenScan(from, to), "resolvedBetween", from, to);
  }

  private long resolvedBetweenScan(Instant from, Instant to) {
    long n = 0;
    for (WorkItem item : items) {
      n += item.resolved() != null && in(item.resolved(), from, to) ? 1 : 0;
    }
    return n;
  }

  /** Whether a work item carrying the marker (type or label, {@link Markers}) was created in the period. */
  public boolean markedCreatedBetween(String marker, Instant from, Instant to) {
    return answer(() -> markedCreatedBetweenScan(marker, from, to), "markedCreatedBetween", marker, from, to);
  }

  private boolean markedCreatedBetweenScan(String marker, Instant from, Instant to) {
    for (WorkItem item : items) {
      if (item.created() != null && in(item.created(), from, to) && Markers.marked(item, marker)) {
        return true;
      }
    }
    return false;
  }

  /** The work items carrying the marker created at or before an instant, in the snapshot's order. */
  public List<WorkItem> markedUpTo(String marker, Instant asOf) {
    return answer(() -> markedUpToScan(marker, asOf), "markedUpTo", marker, asOf);
  }

  private List<WorkItem> markedUpToScan(String marker, Instant asOf) {
    List<WorkItem> marked = new ArrayList<>();
    for (WorkItem item : items) {
      if (item.created() != null && !item.created().isAfter(asOf) && Markers.marked(item, marker)) {
        marked.add(item);
      }
    }
    return Collections.unmodifiableList(marked);
  }

  /** The answer to a question asked before, else the scan's, kept for the next time. */
  @SuppressWarnings("unchecked")
  private <T> T answer(java.util.function.Supplier<T> scan, Object... question) {
    List<Object> key = java.util.Arrays.asList(question);
    Object known = answers.get(key);
    if (known == null) {
      known = scan.get();
      if (answers.size() >= MAX_ANSWERS) {
        answers.clear();
      }
      answers.put(key, known);
    }
    return (T) known;
  }

  private static boolean current(WorkItem item, Instant from, Instant to) {
    return item.updated() != null ? in(item.updated(), from, to)
        : item.created() != null && in(item.created(), from, to);
  }

  private static boolean in(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && !at.isAfter(to);
  }
}
