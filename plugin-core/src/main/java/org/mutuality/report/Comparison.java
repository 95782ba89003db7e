package org.mutuality.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutuality.engine.Key;

/**
 * An audit against the one before it: each current finding NEW, PERSISTING, WAIVED or EXPIRED_WAIVER, the
 * earlier findings that are gone (FIXED), and the key scores of every audit kept, oldest first.
 *
 * @param previousAsOf the instant of the audit compared with, {@code null} when there was none (every finding is
 *     then new)
 * @param changes the change of each current finding, by fingerprint
 * @param fixed the previous audit's findings that are gone
 * @param trend the key scores of the past audits and of this one, oldest first
 */
public record Comparison(Instant previousAsOf, Map<String, Change> changes, List<PastAudit.PastFinding> fixed,
    List<TrendPoint> trend) {

  public Comparison {
    changes = Map.copyOf(changes);
    fixed = List.copyOf(fixed);
    trend = List.copyOf(trend);
  }

  /**
   * The key scores of one audit.
   *
   * @param asOf when
   * @param scores each scored key's score, {@code null} where nothing could be judged
   */
  public record TrendPoint(Instant asOf, Map<Key, Integer> scores) {
    public TrendPoint {
      scores = java.util.Collections.unmodifiableMap(new EnumMap<>(scores.isEmpty() ? new EnumMap<>(Key.class)
          : scores));
    }
  }

  /**
   * Compares a report with the audits before it.
   *
   * @param current this audit
   * @param history earlier audits of the same partnership, any order; the latest one before {@code current}
   *     is the one compared with, and all of them (those before {@code current}) make the trend
   */
  public static Comparison of(Report current, List<PastAudit> history) {
    PastAudit now = PastAudit.of(current);
    List<PastAudit> before = history.stream()
        .filter(past -> past.asOf().isBefore(now.asOf()))
        .sorted(java.util.Comparator.comparing(PastAudit::asOf))
        .toList();
    return between(before.isEmpty() ? null : before.get(before.size() - 1), now, before);
  }

  /** Compares two audits, as {@code mutuality diff} does; the trend holds the two. */
  public static Comparison between(PastAudit previous, PastAudit current) {
    return between(previous, current, previous == null ? List.of() : List.of(previous));
  }

  private static Comparison between(PastAudit previous, PastAudit current, List<PastAudit> before) {
    Set<String> earlier = previous == null ? Set.of()
        : previous.findings().stream().map(PastAudit.PastFinding::fingerprint).collect(Collectors.toSet());
    Map<String, Change> changes = new java.util.LinkedHashMap<>();
    for (PastAudit.PastFinding finding : current.findings()) {
      changes.put(finding.fingerprint(), change(finding, earlier.contains(finding.fingerprint())));
    }
    List<PastAudit.PastFinding> fixed = previous == null ? List.of() : previous.findings().stream()
        .filter(f -> !changes.containsKey(f.fingerprint())).toList();
    List<TrendPoint> trend = new ArrayList<>();
    before.forEach(past -> trend.add(new TrendPoint(past.asOf(), past.scores())));
    trend.add(new TrendPoint(current.asOf(), current.scores()));
    return new Comparison(previous == null ? null : previous.asOf(), changes, fixed, trend);
  }

  private static Change change(PastAudit.PastFinding finding, boolean before) {
    if (finding.waiver() == WaiverStatus.ACTIVE) {
      return Change.WAIVED;
    }
    if (finding.waiver() == WaiverStatus.EXPIRED) {
      return Change.EXPIRED_WAIVER;
    }
    return before ? Change.PERSISTING : Change.NEW;
  }

  /** A current finding's change; {@link Change#NEW} for a finding this comparison did not see. */
  public Change change(ReportFinding finding) {
    return change(Objects.requireNonNull(finding, "finding").fingerprint());
  }

  /** The change of the current finding with this fingerprint; {@link Change#NEW} when this comparison did not see it. */
  public Change change(String fingerprint) {
    return changes.getOrDefault(fingerprint, Change.NEW);
  }

  /** How many current findings have this change ({@link Change#FIXED}: how many earlier findings are gone). */
  public long count(Change change) {
    return change == Change.FIXED ? fixed.size() : changes.values().stream().filter(c -> c == change).count();
  }
}
