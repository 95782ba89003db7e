package org.mutuality.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.mutuality.config.PartnerMapper;
import org.mutuality.facts.ItemActivity;
import org.mutuality.facts.PartnershipActivity;
import org.mutuality.facts.PersonActivity;
import org.mutuality.io.InputException;
import org.mutuality.model.AuditClock;
import org.mutuality.model.Comment;
import org.mutuality.model.Dependency;
import org.mutuality.model.ItemFacts;
import org.mutuality.model.Member;
import org.mutuality.model.Snapshot;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;
import org.mutuality.model.Worklog;
import org.mutuality.report.IndexInput;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;

/**
 * A live audit: one Drools session that stays open and takes changed work items one at a time, as webhooks report
 * them. An update replaces what changed of the item — the work item, its comments, worklogs, changes and links, its
 * {@link ItemActivity}; facts that did not change keep their handles — and the activity of the people whose part in
 * it changed; the rules then fire on what changed, and findings whose cause went retract themselves (they are logical
 * facts). What changed is read from the session's own events, so an update tells which issues' findings changed
 * without reading every finding back.
 *
 * <p>Figures over the whole partnership (partner shares, milestones' open work, the DATA rules' counts) are
 * brought up to date by {@link #refresh()}, not by each update: they take a scan of every work item, which a
 * service does once a burst of changes is over rather than for each change.
 *
 * <p>The audit's instant stays the one the session was started with until {@link #advance(Instant)} moves it:
 * windows and ages are measured from it, and activity after it does not count yet.
 *
 * <p>Not thread-safe: one thread at a time.
 *
 * <pre>{@code
 * try (LiveAudit live = engine.live(snapshot, Instant.now())) {
 *   LiveAudit.Update update = live.update(itemFacts);
 *   List<ReportFinding> now = live.findings(update.issues());
 *   live.refresh(); // once a burst of changes is over: the partnership-wide figures
 * }
 * }</pre>
 */
public final class LiveAudit implements AutoCloseable, DerivedSource {
  private final MutualityEngine engine;
  private MutualityEngine.Prepared prepared;
  private FactHandle clock;
  private final KieSession session;
  private final Set<String> queries;
  private final Map<String, RuleInfo> rules = new HashMap<>();
  private final Set<String> gateRules = new HashSet<>();
  private final FindingIndex index;

  private final Map<String, ItemEntry> items = new LinkedHashMap<>();
  private final List<Object> orphans = new ArrayList<>();
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<Dependency, FactHandle> dependencies = new LinkedHashMap<>();
  private final Map<String, Set<Dependency>> dependenciesOf = new HashMap<>();
  private final Map<String, Set<String>> itemsOfPerson = new HashMap<>();
  private final Map<String, FactHandle> personActivities = new HashMap<>();
  private FactHandle partnershipActivity;
  private boolean aggregatesStale;
  private Set<String> gated = Set.of();
  private long nextSeq;
  private boolean closed;

  /** One work item's facts in the session. */
  private static final class ItemEntry {
    final long seq;
    ItemFacts facts;
    FactHandle item;
    /** Its comments, worklogs and changes (and a repeated copy of the item), each with its handle. */
    final Map<Object, FactHandle> parts = new LinkedHashMap<>();
    ItemActivity activityFact;
    FactHandle activity;

    ItemEntry(long seq) {
      this.seq = seq;
    }
  }

  LiveAudit(MutualityEngine engine, MutualityEngine.Prepared prepared) {
    this.engine = engine;
    this.prepared = prepared;
    this.queries = DerivedFacts.queries(engine.ruleBase().kieBase());
    engine.catalogue().all().forEach(r -> {
      rules.put(r.id(), r);
      r.gatedBy().forEach(g -> gateRules.add(RuleInfo.gateRule(g)));
    });
    this.index = new FindingIndex(gateRules);
    this.session = engine.ruleBase().kieBase().newKieSession();
    try {
      session.addEventListener(index);
      load(prepared.mapped());
      session.fireAllRules();
      index.changes();
      gated = gatedRules();
    } catch (RuntimeException e) {
      session.dispose();
      throw e;
    }
  }

  /** Inserts a snapshot's facts in the order a batch audit does, keeping a handle on each. */
  private void load(Snapshot snapshot) {
    clock = AuditSession.insertSettings(session, engine.configuration(), snapshot, prepared.clock(),
        prepared.runnable());
    for (Member member : snapshot.members()) {
      if (!members.containsKey(member.id())) {
        members.put(member.id(), member);
        session.insert(member);
      }
    }
    Map<String, List<Comment>> comments = new HashMap<>();
    Map<String, List<Worklog>> worklogs = new HashMap<>();
    Map<String, List<Transition>> transitions = new HashMap<>();
    for (WorkItem item : snapshot.workItems()) {
      ItemEntry entry = items.computeIfAbsent(item.key(), k -> new ItemEntry(nextSeq++));
      if (entry.facts != null) {
        orphans.add(item); // a snapshot that repeats a key: the later copy stays as it is
        entry.parts.put(item, session.insert(item));
      } else {
        entry.facts = new ItemFacts(item, List.of(), List.of(), List.of(), List.of(), List.of());
        entry.item = session.insert(item);
      }
    }
    for (Comment c : snapshot.comments()) {
      insertOf(c.itemKey(), c, comments);
    }
    for (Worklog w : snapshot.worklogs()) {
      insertOf(w.itemKey(), w, worklogs);
    }
    for (Transition t : snapshot.transitions()) {
      insertOf(t.itemKey(), t, transitions);
    }
    for (ItemEntry entry : items.values()) {
      String key = entry.facts.key();
      entry.facts = new ItemFacts(entry.facts.item(), comments.getOrDefault(key, List.of()),
          worklogs.getOrDefault(key, List.of()), transitions.getOrDefault(key, List.of()), List.of(), List.of());
      people(entry.facts).forEach(p -> itemsOfPerson.computeIfAbsent(p, k -> new HashSet<>()).add(key));
    }
    for (Dependency d : snapshot.dependencies()) {
      if (!dependencies.containsKey(d)) {
        link(d);
      }
    }
    AuditSession.insertPlans(session, snapshot);
    Set<ItemActivity> seen = new HashSet<>();
    for (ItemEntry entry : items.values()) {
      ItemActivity activity = activity(entry.facts);
      if (seen.add(activity)) {
        entry.activityFact = activity;
        entry.activity = session.insert(activity);
      }
    }
    for (PersonActivity activity : PersonActivity.allOf(snapshot.members(), snapshot.workItems(),
        snapshot.transitions(), snapshot.comments(), snapshot.worklogs())) {
      personActivities.put(activity.memberId(), session.insert(activity));
    }
    partnershipActivity = session.insert(PartnershipActivity.of(snapshot.workItems(), snapshot.comments(),
        snapshot.transitions()));
  }

  private <T> void insertOf(String key, T fact, Map<String, List<T>> byItem) {
    ItemEntry entry = items.get(key);
    FactHandle handle = session.insert(fact);
    if (entry == null) {
      orphans.add(fact); // about no work item of the snapshot: inserted as a batch audit does, never replaced
      return;
    }
    entry.parts.put(fact, handle);
    byItem.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
  }

  /**
   * What an update changed.
   *
   * @param key the work item updated or removed; {@code null} for a {@link #refresh()}
   * @param issues the issues whose findings changed (appeared, went, or changed message, tier or evidence), in key
   *     order; each one's findings are now {@link #findings(Collection)}
   * @param othersChanged whether findings about subjects other than issues changed (the project, partners, people,
   *     versions, sprints): they show in {@link #report()} and a summary, not on an issue
   * @param gatesChanged whether a rule that gates others (a DATA rule) changed its findings or its "not evaluable"
   *     entries; when that holds back a rule or lets it through, every issue with findings of that rule is among
   *     {@code issues}
   * @param fired the rule firings the update took
   */
  public record Update(String key, Set<String> issues, boolean othersChanged, boolean gatesChanged, int fired) {
    public Update {
      issues = java.util.Collections.unmodifiableSet(new TreeSet<>(issues));
    }
  }

  /**
   * Replaces a work item's facts with a fresh read of it (adds it when the session does not hold it), then fires the
   * rules.
   *
   * @param raw the item as read, its people not yet mapped to partners
   * @throws InputException when its people name partners the configuration does not list
   */
  public Update update(ItemFacts raw) throws InputException {
    requireOpen();
    ItemFacts facts = map(raw);
    String key = facts.key();
    ItemEntry entry = items.get(key);
    if (entry == null) {
      entry = new ItemEntry(nextSeq++);
      items.put(key, entry);
    }
    ItemFacts before = entry.facts;
    // Facts that did not change keep their handles: retracting and inserting them again would make every rule that
    // joins them (a restricted comment, a status change) match again for nothing.
    Map<Object, FactHandle> old = new HashMap<>(entry.parts);
    entry.parts.clear();
    for (List<?> part : List.of(facts.comments(), facts.worklogs(), facts.transitions())) {
      for (Object fact : part) {
        FactHandle handle = old.remove(fact);
        entry.parts.put(fact, handle != null ? handle : session.insert(fact));
      }
    }
    old.values().forEach(session::delete);
    if (entry.item == null) {
      entry.item = session.insert(facts.item());
    } else if (!before.item().equals(facts.item())) {
      session.update(entry.item, facts.item());
    }
    ItemActivity activity = activity(facts);
    if (entry.activity == null) {
      entry.activity = session.insert(activity);
    } else if (!activity.equals(entry.activityFact)) {
      session.update(entry.activity, activity);
    }
    entry.activityFact = activity;
    entry.facts = facts;
    Set<Dependency> links = new LinkedHashSet<>();
    for (Dependency d : facts.dependencies()) {
      if (items.containsKey(d.fromKey()) && items.containsKey(d.toKey())) {
        links.add(d);
      }
    }
    for (Dependency d : new ArrayList<>(dependenciesOf.getOrDefault(key, Set.of()))) {
      if (!links.contains(d)) {
        unlink(d);
      }
    }
    links.stream().filter(d -> !dependencies.containsKey(d)).forEach(this::link);

    Set<String> touched = new HashSet<>(people(facts));
    touched.forEach(p -> itemsOfPerson.computeIfAbsent(p, k -> new HashSet<>()).add(key));
    if (before != null) {
      Set<String> gone = people(before);
      gone.removeAll(touched);
      gone.forEach(p -> {
        Set<String> theirs = itemsOfPerson.get(p);
        if (theirs != null) {
          theirs.remove(key);
        }
      });
      touched.addAll(gone);
      // Only the people whose part in the item changed have a new activity: a comment changes its author's.
      touched.removeIf(p -> share(before, p).equals(share(facts, p)));
    }
    return settle(key, touched);
  }

  /** Removes a work item that was deleted or left the partnership's scope; nothing happens when it is unknown. */
  public Update remove(String key) {
    requireOpen();
    ItemEntry entry = items.remove(key);
    if (entry == null) {
      return new Update(key, Set.of(), false, false, 0);
    }
    Set<String> touched = retract(entry);
    return settle(key, touched);
  }

  /** Retracts an item's facts, its activity and its links; returns the people its facts named. */
  private Set<String> retract(ItemEntry entry) {
    String key = entry.facts.key();
    if (entry.item != null) {
      session.delete(entry.item);
      entry.item = null;
    }
    entry.parts.values().forEach(session::delete);
    entry.parts.clear();
    if (entry.activity != null) {
      session.delete(entry.activity);
      entry.activity = null;
    }
    for (Dependency d : new ArrayList<>(dependenciesOf.getOrDefault(key, Set.of()))) {
      unlink(d);
    }
    Set<String> people = people(entry.facts);
    people.forEach(p -> {
      Set<String> theirs = itemsOfPerson.get(p);
      if (theirs != null) {
        theirs.remove(key);
      }
    });
    return people;
  }

  private Update settle(String key, Set<String> people) {
    for (String person : people) {
      refreshPerson(person);
    }
    aggregatesStale = true;
    return fire(key);
  }

  private Update fire(String key) {
    int fired = session.fireAllRules();
    FindingIndex.Changes changes = index.changes();
    Set<String> issues = new HashSet<>(changes.issues());
    boolean gates = !changes.rules().isEmpty();
    if (gates) {
      // A gate that opened or closed shows or hides every issue finding of the rules behind it.
      Set<String> gated = gatedRules();
      for (String rule : rules.keySet()) {
        if (gated.contains(rule) != this.gated.contains(rule)) {
          index.byRule().getOrDefault(rule, Set.of()).stream()
              .filter(f -> f.subject().type() == SubjectType.ISSUE).forEach(f -> issues.add(f.subject().id()));
        }
      }
      this.gated = gated;
    }
    return new Update(key, issues, changes.others(), gates, fired);
  }

  /**
   * Moves the audit's instant forward and fires the rules: every window and age is measured from the new instant,
   * so activity since the old one counts (a stalled item that got a comment is no longer stalled). It takes a pass
   * over every rule that reads the clock, so a service does it once a burst of changes is over, with
   * {@link #refresh()}, which it includes. An instant not after the current one only refreshes.
   */
  public Update advance(Instant asOf) {
    requireOpen();
    Objects.requireNonNull(asOf, "asOf");
    if (!asOf.isAfter(prepared.asOf())) {
      return refresh();
    }
    AuditClock next = new AuditClock(asOf, prepared.clock().windowDays(), prepared.clock().zone());
    prepared = new MutualityEngine.Prepared(prepared.mapped(), asOf, next, prepared.blocked(), prepared.runnable());
    session.update(clock, next);
    if (aggregatesStale) {
      session.update(partnershipActivity, partnershipActivity());
      aggregatesStale = false;
    }
    return fire(null);
  }

  /** The rules a DATA rule holds back now: their findings are not reported. */
  private Set<String> gatedRules() {
    Map<String, NotEvaluable> cannotJudge = cannotJudge();
    Set<String> held = new HashSet<>();
    for (RuleInfo rule : rules.values()) {
      if (engine.gate(rule, index.byRule(), cannotJudge) != null) {
        held.add(rule.id());
      }
    }
    return held;
  }

  /**
   * Whether the partnership-wide figures lag behind the updates: {@link #update} and {@link #remove} change the
   * facts of one item and of the people it names, and leave the figures over the whole partnership
   * ({@link PartnershipActivity}: partner shares of open and overdue work, milestones' open work, labels, the
   * components where partners meet, the DATA rules' sufficiency counts) to {@link #refresh()}, which recomputes
   * them over every work item.
   */
  public boolean aggregatesStale() {
    return aggregatesStale;
  }

  /**
   * Brings the partnership-wide figures up to date with the updates so far and fires the rules: the findings
   * about the project, partners, milestones and work packages that rest on them change now, and so do the DATA
   * rules that gate others ({@link Update#gatesChanged()}). Findings about single issues do not rest on these
   * figures, except through such a gate. Nothing happens when they are already up to date.
   */
  public Update refresh() {
    requireOpen();
    if (!aggregatesStale) {
      return new Update(null, Set.of(), false, false, 0);
    }
    session.update(partnershipActivity, partnershipActivity());
    aggregatesStale = false;
    return fire(null);
  }

  /**
   * Computes a person's activity again from the items their facts name, in the snapshot's order: what
   * {@link PersonActivity#allOf} gives for them, without gathering everyone else's facts of those items.
   */
  private void refreshPerson(String person) {
    Member member = members.get(person);
    FactHandle handle = personActivities.get(person);
    if (member == null || handle == null) {
      return;
    }
    List<ItemEntry> theirs = new ArrayList<>();
    for (String key : itemsOfPerson.getOrDefault(person, Set.of())) {
      ItemEntry entry = items.get(key);
      if (entry != null) {
        theirs.add(entry);
      }
    }
    theirs.sort(Comparator.comparingLong(e -> e.seq));
    List<java.time.Instant> statusChanges = new ArrayList<>();
    List<java.time.Instant> changes = new ArrayList<>();
    List<Comment> written = new ArrayList<>();
    List<java.time.Instant> commented = new ArrayList<>();
    List<Worklog> logged = new ArrayList<>();
    List<WorkItem> reported = new ArrayList<>();
    List<WorkItem> assigned = new ArrayList<>();
    for (ItemEntry entry : theirs) {
      ItemFacts facts = entry.facts;
      for (Transition t : facts.transitions()) {
        if (person.equals(t.authorId())) {
          changes.add(t.at());
          if (Transition.STATUS.equals(t.field())) {
            statusChanges.add(t.at());
          }
        }
      }
      for (Comment c : facts.comments()) {
        if (person.equals(c.authorId())) {
          written.add(c);
          commented.add(c.created());
        }
      }
      for (Worklog w : facts.worklogs()) {
        if (person.equals(w.authorId())) {
          logged.add(w);
        }
      }
      if (person.equals(facts.item().reporterId())) {
        reported.add(facts.item());
      }
      if (person.equals(facts.item().assigneeId())) {
        assigned.add(facts.item());
      }
    }
    session.update(handle, new PersonActivity(person, statusChanges, commented, logged, changes, written, reported,
        assigned));
  }

  private PartnershipActivity partnershipActivity() {
    List<WorkItem> all = new ArrayList<>(items.size());
    List<Comment> comments = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (ItemEntry entry : items.values()) {
      all.add(entry.facts.item());
      comments.addAll(entry.facts.comments());
      transitions.addAll(entry.facts.transitions());
    }
    return PartnershipActivity.of(all, comments, transitions);
  }

  private void link(Dependency d) {
    dependencies.put(d, session.insert(d));
    dependenciesOf.computeIfAbsent(d.fromKey(), k -> new LinkedHashSet<>()).add(d);
    dependenciesOf.computeIfAbsent(d.toKey(), k -> new LinkedHashSet<>()).add(d);
  }

  private void unlink(Dependency d) {
    FactHandle handle = dependencies.remove(d);
    if (handle != null) {
      session.delete(handle);
    }
    dependenciesOf.getOrDefault(d.fromKey(), new HashSet<>()).remove(d);
    dependenciesOf.getOrDefault(d.toKey(), new HashSet<>()).remove(d);
  }

  /**
   * The item's facts with the partner mapping applied, as a batch audit applies it; people the session has not met
   * are added (their {@code Member} and activity inserted).
   */
  private ItemFacts map(ItemFacts raw) throws InputException {
    Snapshot base = prepared.mapped();
    List<Member> known = new ArrayList<>(members.values());
    List<Member> met = raw.members().stream().filter(m -> !members.containsKey(m.id())).distinct().toList();
    known.addAll(met);
    Snapshot one = new Snapshot(base.capturedAt(), base.source(), base.readerId(), base.partnership(),
        base.partners(), known, List.of(raw.item()), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
    Snapshot mapped = PartnerMapper.apply(one, engine.configuration());
    List<Member> mappedMembers = mapped.members();
    for (int i = known.size() - met.size(); i < mappedMembers.size(); i++) {
      Member member = mappedMembers.get(i);
      if (members.putIfAbsent(member.id(), member) == null) {
        session.insert(member);
        personActivities.put(member.id(), session.insert(PersonActivity.allOf(List.of(member), List.of(),
            List.of(), List.of(), List.of()).get(0)));
      }
    }
    return new ItemFacts(mapped.workItems().get(0), raw.comments(), raw.worklogs(), raw.transitions(),
        raw.dependencies(), List.of());
  }

  private static ItemActivity activity(ItemFacts facts) {
    return ItemActivity.allOf(List.of(facts.item()), facts.transitions(), facts.comments(), facts.worklogs())
        .get(0);
  }

  /** A person's part in an item: what of it {@link #refreshPerson} counts for them. */
  private static List<Object> share(ItemFacts facts, String person) {
    List<Object> share = new ArrayList<>();
    for (Transition t : facts.transitions()) {
      if (person.equals(t.authorId())) {
        share.add(t);
      }
    }
    for (Comment c : facts.comments()) {
      if (person.equals(c.authorId())) {
        share.add(c);
      }
    }
    for (Worklog w : facts.worklogs()) {
      if (person.equals(w.authorId())) {
        share.add(w);
      }
    }
    if (person.equals(facts.item().reporterId()) || person.equals(facts.item().assigneeId())) {
      share.add(facts.item());
      share.add(person.equals(facts.item().reporterId()));
      share.add(person.equals(facts.item().assigneeId()));
    }
    return share;
  }

  /** The people an item's facts name: assignee, reporter, and the authors of its comments, worklogs and changes. */
  private static Set<String> people(ItemFacts facts) {
    Set<String> people = new HashSet<>();
    addIfPresent(people, facts.item().assigneeId());
    addIfPresent(people, facts.item().reporterId());
    facts.comments().forEach(c -> addIfPresent(people, c.authorId()));
    facts.worklogs().forEach(w -> addIfPresent(people, w.authorId()));
    facts.transitions().forEach(t -> addIfPresent(people, t.authorId()));
    return people;
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }

  /**
   * The findings about these issues now, as a report states them (severity, waiver, shadow; a finding of a rule a
   * DATA rule gates is left out while that rule holds), in key order, then the report's order within an issue.
   */
  public List<ReportFinding> findings(Collection<String> issues) {
    requireOpen();
    List<ReportFinding> out = new ArrayList<>();
    for (String issue : new TreeSet<>(issues)) {
      for (Finding finding : index.ofIssue(issue)) {
        RuleInfo rule = rules.get(finding.ruleId());
        if (rule == null || !engine.configuration().isEnabled(rule.id()) || gated.contains(rule.id())) {
          continue;
        }
        out.add(engine.toReport(rule, finding, prepared.asOf()));
      }
    }
    Map<String, Integer> order = new HashMap<>();
    engine.catalogue().all().forEach(r -> order.put(r.id(), order.size()));
    out.sort(Comparator.comparing((ReportFinding f) -> f.subject().id())
        .thenComparing(Comparator.comparing(ReportFinding::severity).reversed())
        .thenComparing(f -> order.get(f.ruleId())));
    return out;
  }

  /** For each gate rule that could not judge: the first reason, as the report gives it. */
  private Map<String, NotEvaluable> cannotJudge() {
    Map<String, NotEvaluable> cannot = new HashMap<>();
    for (String rule : gateRules) {
      Set<NotEvaluable> stated = index.notEvaluable(rule);
      if (!stated.isEmpty()) {
        cannot.put(rule, stated.stream().min(Comparator.comparing(NotEvaluable::subject)).orElseThrow());
      } else if (prepared.blocked().containsKey(rule)) {
        cannot.put(rule, prepared.blocked().get(rule));
      }
    }
    return cannot;
  }

  /**
   * The whole report of the session's current state, as a batch audit of {@link #snapshot()} gives it; refreshes
   * the partnership-wide figures first ({@link #refresh()}).
   */
  public Report report() {
    refresh();
    List<Finding> findings = AuditSession.findings(session);
    List<NotEvaluable> notEvaluable = AuditSession.notEvaluable(session);
    MutualityEngine.Prepared now = new MutualityEngine.Prepared(snapshot(), prepared.asOf(), prepared.clock(),
        prepared.blocked(), prepared.runnable());
    return engine.report(now, findings, notEvaluable, engine.indexData(now, this));
  }

  /** The partnership as the session holds it now, its people mapped to partners. */
  public Snapshot snapshot() {
    requireOpen();
    Snapshot base = prepared.mapped();
    List<WorkItem> all = new ArrayList<>(items.size());
    List<Comment> comments = new ArrayList<>();
    List<Worklog> worklogs = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (ItemEntry entry : items.values()) {
      all.add(entry.facts.item());
      comments.addAll(entry.facts.comments());
      worklogs.addAll(entry.facts.worklogs());
      transitions.addAll(entry.facts.transitions());
    }
    for (Object orphan : orphans) {
      if (orphan instanceof WorkItem i) {
        all.add(i);
      } else if (orphan instanceof Comment c) {
        comments.add(c);
      } else if (orphan instanceof Worklog w) {
        worklogs.add(w);
      } else if (orphan instanceof Transition t) {
        transitions.add(t);
      }
    }
    return new Snapshot(base.capturedAt(), base.source(), base.readerId(), base.partnership(), base.partners(),
        List.copyOf(members.values()), all, comments, worklogs, transitions, List.copyOf(dependencies.keySet()),
        base.milestones(), base.iterations(), base.workPackages(), base.accessGrants(), base.gaps());
  }

  /** The instant windows and ages are measured from. */
  public Instant asOf() {
    return prepared.asOf();
  }

  /** The work items the session holds. */
  public int size() {
    return items.size();
  }

  /** Whether the session holds a work item. */
  public boolean holds(String key) {
    return items.containsKey(key);
  }

  /** The engine the session runs on: its configuration and rule base. */
  public MutualityEngine engine() {
    return engine;
  }

  @Override
  public <T> IndexInput<T> derived(String query, String variable, Class<T> type) {
    return DerivedFacts.read(session, queries, query, variable, type);
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the live audit is closed");
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      session.dispose();
    }
  }

  /**
   * The session's findings and "not evaluable" entries, kept from its insert, update and delete events, and what
   * changed since last asked.
   */
  private static final class FindingIndex implements RuleRuntimeEventListener {
    private final Map<String, Set<Finding>> byRule = new HashMap<>();
    private final Map<String, Set<Finding>> byIssue = new HashMap<>();
    private final Map<String, Set<NotEvaluable>> notEvaluable = new HashMap<>();
    private final Set<String> watchedRules;
    private final Map<String, Set<Finding>> issuesBefore = new HashMap<>();
    private final Map<String, Set<Object>> rulesBefore = new HashMap<>();
    private boolean othersChanged;

    /** @param watchedRules the rules whose changes are told ({@link Changes#rules()}): the gate rules */
    FindingIndex(Set<String> watchedRules) {
      this.watchedRules = watchedRules;
    }

    record Changes(Set<String> issues, Set<String> rules, boolean others) {
    }

    /**
     * The issues and rules whose findings (and "not evaluable" entries) differ from when last asked: a finding
     * retracted and concluded again unchanged while the rules fired is no change.
     */
    Changes changes() {
      Set<String> issues = new HashSet<>();
      issuesBefore.forEach((issue, before) -> {
        if (!before.equals(byIssue.getOrDefault(issue, Set.of()))) {
          issues.add(issue);
        }
      });
      Set<String> rules = new HashSet<>();
      rulesBefore.forEach((rule, before) -> {
        if (!before.equals(ofRule(rule))) {
          rules.add(rule);
        }
      });
      Changes changes = new Changes(issues, rules, othersChanged);
      issuesBefore.clear();
      rulesBefore.clear();
      othersChanged = false;
      return changes;
    }

    private Set<Object> ofRule(String rule) {
      Set<Object> all = new HashSet<>(byRule.getOrDefault(rule, Set.of()));
      all.addAll(notEvaluable.getOrDefault(rule, Set.of()));
      return all;
    }

    Map<String, Set<Finding>> byRule() {
      return byRule;
    }

    Set<Finding> ofIssue(String issue) {
      return byIssue.getOrDefault(issue, Set.of());
    }

    Set<NotEvaluable> notEvaluable(String rule) {
      return notEvaluable.getOrDefault(rule, Set.of());
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      add(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
      remove(event.getOldObject());
      add(event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
      remove(event.getOldObject());
    }

    private void add(Object fact) {
      if (fact instanceof Finding f) {
        changing(f.ruleId(), f.subject());
        byRule.computeIfAbsent(f.ruleId(), k -> new LinkedHashSet<>()).add(f);
        if (f.subject().type() == SubjectType.ISSUE) {
          byIssue.computeIfAbsent(f.subject().id(), k -> new LinkedHashSet<>()).add(f);
        }
      } else if (fact instanceof NotEvaluable n) {
        changing(n.ruleId(), n.subject());
        notEvaluable.computeIfAbsent(n.ruleId(), k -> new LinkedHashSet<>()).add(n);
      }
    }

    private void remove(Object fact) {
      if (fact instanceof Finding f) {
        changing(f.ruleId(), f.subject());
        drop(byRule, f.ruleId(), f);
        if (f.subject().type() == SubjectType.ISSUE) {
          drop(byIssue, f.subject().id(), f);
        }
      } else if (fact instanceof NotEvaluable n) {
        changing(n.ruleId(), n.subject());
        drop(notEvaluable, n.ruleId(), n);
      }
    }

    private static <T> void drop(Map<String, Set<T>> map, String key, T value) {
      Set<T> set = map.get(key);
      if (set != null) {
        set.remove(value);
        if (set.isEmpty()) {
          map.remove(key);
        }
      }
    }

    /** Before a finding or entry of this rule and subject changes: remembers what they were. */
    private void changing(String rule, Subject subject) {
      if (watchedRules.contains(rule) && !rulesBefore.containsKey(rule)) {
        rulesBefore.put(rule, ofRule(rule));
      }
      if (subject.type() == SubjectType.ISSUE) {
        if (!issuesBefore.containsKey(subject.id())) {
          issuesBefore.put(subject.id(), new HashSet<>(byIssue.getOrDefault(subject.id(), Set.of())));
        }
      } else {
        othersChanged = true;
      }
    }
  }
}
