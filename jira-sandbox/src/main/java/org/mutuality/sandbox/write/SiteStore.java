package org.mutuality.sandbox.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.mutuality.sandbox.site.Comment;
import org.mutuality.sandbox.site.History;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.site.IssueLink;
import org.mutuality.sandbox.site.Site;
import org.mutuality.sandbox.site.SiteIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's mutable state: the current {@link SiteIndex} (an immutable snapshot that reads use as is), issue
 * properties, id sequences, the per-issue write limiter and injected conflicts.
 *
 * <p>Writes run one at a time ({@link #write}); each one that changes issues or links publishes a new snapshot
 * (copy-on-write), so a read never sees half a write. Rebuilding the snapshot is linear in the site's size, which
 * is fine for the demo and for adapter tests; it is not meant for write benchmarks on 100,000-issue sites.
 *
 * <p>Write times come from the sandbox clock (by default one that starts at the dataset's "now" and ticks in real
 * time), truncated to milliseconds and strictly increasing, so every write has its own {@code updated}. The site's
 * own "now" ({@code serverTime}, relative JQL dates) advances to the latest write.
 */
public final class SiteStore {
  private static final Logger LOG = LoggerFactory.getLogger(SiteStore.class);
  private final Clock clock;
  private final PerIssueLimiter limiter;
  private final Object lock = new Object();
  private final Map<String, Map<String, JsonNode>> properties = new ConcurrentHashMap<>();
  private final Map<String, Integer> conflicts = new HashMap<>();
  private final Map<String, Long> nextNumber = new HashMap<>();
  private volatile SiteIndex current;
  private Instant last;
  private long nextIssueId;
  private long nextCommentId;
  private long nextHistoryId;
  private long nextLinkId;

  /**
   * @param site the initial data
   * @param clock the clock writes are stamped with (and the limiter reads)
   * @param limits the per-issue write limit ({@link WriteLimits#none()} for none)
   */
  public SiteStore(Site site, Clock clock, WriteLimits limits) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limiter = new PerIssueLimiter(Objects.requireNonNull(limits, "limits"));
    this.current = new SiteIndex(site);
    this.last = site.now();
    long issue = 10000;
    long link = 10000;
    for (Issue i : site.issues()) {
      issue = Math.max(issue, number(i.id()));
      nextNumber.merge(i.projectKey().toUpperCase(Locale.ROOT), i.number(), Math::max);
    }
    for (IssueLink l : site.links()) {
      link = Math.max(link, number(l.id()));
    }
    this.nextIssueId = issue + 1;
    this.nextLinkId = link + 1;
  }

  /**
   * Comment and changelog ids continue after the largest in the site. They are found on the first write that
   * needs one, because a generated site computes issue details only when they are read.
   */
  private void scanDetailIds() {
    if (nextCommentId > 0) {
      return;
    }
    long comment = 10000;
    long history = 10000;
    for (Issue i : current.site().issues()) {
      for (Comment c : i.comments()) {
        comment = Math.max(comment, number(c.id()));
      }
      for (History h : i.histories()) {
        history = Math.max(history, number(h.id()));
      }
    }
    nextCommentId = comment + 1;
    nextHistoryId = history + 1;
  }

  /**
   * @param site the initial data
   * @return a clock that starts at the site's "now" and ticks in real time
   */
  public static Clock clockFrom(Site site) {
    return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), site.now()));
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** @return the current snapshot */
  public SiteIndex current() {
    return current;
  }

  /**
   * @param issueId an issue id
   * @return the issue's properties, key to value, in the order they were first set
   */
  public Map<String, JsonNode> properties(String issueId) {
    return properties.getOrDefault(issueId, Map.of());
  }

  /**
   * Makes the next {@code count} edits of an issue ({@code PUT /issue/{key}}) answer 409, as Jira does when an edit
   * collides with a concurrent update. The sandbox applies writes one at a time, so it never collides by itself.
   *
   * @param issueKeyOrId the issue
   * @param count how many edits to refuse
   * @throws IllegalArgumentException if the issue does not exist
   */
  public void injectConflicts(String issueKeyOrId, int count) {
    Issue issue = current.issue(issueKeyOrId)
        .orElseThrow(() -> new IllegalArgumentException("no issue " + issueKeyOrId));
    synchronized (lock) {
      conflicts.merge(issue.id(), count, Integer::sum);
    }
  }

  /**
   * Runs a write alone, then publishes what it changed.
   *
   * @param body the write
   * @param <T> what it returns
   * @return what the write returned
   */
  public <T> T write(Function<Tx, T> body) {
    synchronized (lock) {
      Tx tx = new Tx();
      T result = body.apply(tx);
      tx.commit();
      return result;
    }
  }

  /** One write, run under the store's lock. */
  public final class Tx {
    private final SiteIndex base = current;
    private final Instant raw = clock.instant();
    private final Instant stamp;
    private final Map<String, Issue> changed = new LinkedHashMap<>();
    private final List<IssueLink> newLinks = new ArrayList<>();
    private final java.util.Set<String> deleted = new java.util.HashSet<>();
    private final java.util.Set<String> deletedKeys = new java.util.HashSet<>();
    private final List<String> written = new ArrayList<>();
    private final List<java.util.function.Consumer<SiteIndex>> after = new ArrayList<>();

    private Tx() {
      Instant now = raw.truncatedTo(ChronoUnit.MILLIS);
      stamp = now.isAfter(last) ? now : last.plusMillis(1);
    }

    /** @return the snapshot the write starts from */
    public SiteIndex site() {
      return base;
    }

    /** @return the write's time: milliseconds, later than every earlier write */
    public Instant now() {
      return stamp;
    }

    /**
     * @param issueId an issue
     * @return the refusal, if one more write on it exceeds the per-issue limit
     */
    public java.util.Optional<RateLimited> limited(String issueId) {
      return limiter.check(issueId, raw);
    }

    /**
     * @param issueId an issue
     * @return whether an injected conflict refuses this edit (and uses it up)
     */
    public boolean conflict(String issueId) {
      Integer left = conflicts.get(issueId);
      if (left == null || left <= 0) {
        return false;
      }
      if (left == 1) {
        conflicts.remove(issueId);
      } else {
        conflicts.put(issueId, left - 1);
      }
      return true;
    }

    /** @param issueId an issue this write changed, counted by the per-issue limit */
    public void wrote(String issueId) {
      written.add(issueId);
    }

    /** @param issue a new or changed issue */
    public void put(Issue issue) {
      changed.put(issue.id(), issue);
    }

    /**
     * @param id an issue id
     * @return the issue as this write left it so far
     */
    public Issue issue(String id) {
      Issue issue = changed.get(id);
      return issue != null ? issue : base.issue(id).orElseThrow();
    }

    /**
     * Deletes an issue with its links and properties.
     *
     * @param id the issue's id
     */
    public void delete(String id) {
      deletedKeys.add(issue(id).key());
      deleted.add(id);
      changed.remove(id);
      properties.remove(id);
    }

    /** @param link a new link */
    public void addLink(IssueLink link) {
      newLinks.add(link);
    }

    /**
     * @param issueId an issue
     * @param key a property key
     * @param value its value
     * @return whether the property is new
     */
    public boolean setProperty(String issueId, String key, JsonNode value) {
      Map<String, JsonNode> copy = new LinkedHashMap<>(properties(issueId));
      boolean created = copy.put(key, value) == null;
      properties.put(issueId, Collections.unmodifiableMap(copy));
      return created;
    }

    /**
     * @param issueId an issue
     * @param key a property key
     * @return whether it existed
     */
    public boolean deleteProperty(String issueId, String key) {
      Map<String, JsonNode> copy = new LinkedHashMap<>(properties(issueId));
      boolean existed = copy.remove(key) != null;
      properties.put(issueId, Collections.unmodifiableMap(copy));
      return existed;
    }

    /** @return a new issue id */
    public String nextIssueId() {
      return String.valueOf(nextIssueId++);
    }

    /**
     * @param projectKey a project
     * @return the next issue number in it
     */
    public long nextIssueNumber(String projectKey) {
      return nextNumber.merge(projectKey.toUpperCase(Locale.ROOT), 1L, Long::sum);
    }

    /** @return a new comment id */
    public String nextCommentId() {
      scanDetailIds();
      return String.valueOf(nextCommentId++);
    }

    /** @return a new changelog id */
    public String nextHistoryId() {
      scanDetailIds();
      return String.valueOf(nextHistoryId++);
    }

    /** @return a new issue link id */
    public String nextLinkId() {
      return String.valueOf(nextLinkId++);
    }

    /** @param action runs after the write is published, with the new snapshot, still alone */
    public void afterCommit(java.util.function.Consumer<SiteIndex> action) {
      after.add(action);
    }

    private void commit() {
      written.forEach(id -> limiter.record(id, raw));
      SiteIndex next = base;
      if (!changed.isEmpty() || !newLinks.isEmpty() || !deleted.isEmpty()) {
        Site site = base.site();
        Map<String, Issue> issues = new LinkedHashMap<>();
        site.issues().forEach(i -> issues.put(i.id(), i));
        issues.putAll(changed);
        deleted.forEach(issues::remove);
        List<IssueLink> links = new ArrayList<>(site.links());
        links.addAll(newLinks);
        links.removeIf(l -> deletedKeys.contains(l.sourceKey()) || deletedKeys.contains(l.destinationKey()));
        Instant now = stamp.isAfter(site.now()) ? stamp : site.now();
        next = new SiteIndex(new Site(now, site.title(), site.integrationUserId(), site.users(), site.groups(),
            site.issueTypes(), site.statuses(), site.priorities(), site.resolutions(), site.linkTypes(),
            site.projects(), site.boards(), site.sprints(), new ArrayList<>(issues.values()), links));
        current = next;
      }
      last = stamp;
      for (var action : after) {
        try {
          action.accept(next);
        } catch (RuntimeException e) {
          LOG.error("a follow-up of a sandbox write failed", e);
        }
      }
    }
  }
}
