package org.mutuality.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutuality.config.Configuration;
import org.mutuality.config.PartnerMapper;
import org.mutuality.config.Waiver;
import org.mutuality.io.InputException;
import org.mutuality.model.AuditClock;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.mutuality.model.Snapshot;
import org.mutuality.facts.ActiveMember;
import org.mutuality.facts.FirstResponse;
import org.mutuality.facts.PartnerExcluded;
import org.mutuality.facts.PartnerShare;
import org.mutuality.report.AppliedWaiver;
import org.mutuality.report.IndexData;
import org.mutuality.report.Indices;
import org.mutuality.report.NotEvaluableEntry;
import org.mutuality.report.Outcome;
import org.mutuality.report.Report;
import org.mutuality.report.ReportFinding;
import org.mutuality.report.RuleResult;
import org.mutuality.report.Scores;
import org.mutuality.report.Transparency;
import org.mutuality.report.WaiverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mutuality's engine: audits a {@link Snapshot} of a partnership with the rule base and a configuration, and
 * returns a {@link Report}. Thread-safe; build it once and audit many snapshots.
 *
 * <pre>{@code
 * MutualityEngine engine = MutualityEngine.create(Configuration.load(Path.of("mutuality.yml")));
 * Report report = engine.audit(SnapshotReader.read(Path.of("snapshot.yml")), Instant.now());
 * }</pre>
 */
public final class MutualityEngine {
  private static final Logger LOG = LoggerFactory.getLogger(MutualityEngine.class);

  private final RuleBase ruleBase;
  private final Configuration config;

  private MutualityEngine(RuleBase ruleBase, Configuration config) {
    this.ruleBase = ruleBase;
    this.config = config;
  }

  /**
   * An engine on the built-in rule base.
   *
   * @throws InputException when the configuration names unknown rules, tiers or parameters
   */
  public static MutualityEngine create(Configuration config) throws InputException {
    return create(RuleBase.builtIn(), config);
  }

  /**
   * An engine on a given rule base (e.g. with an organisation's rules, see {@link RuleBase#load}).
   *
   * @throws InputException when the configuration names unknown rules, tiers or parameters
   */
  public static MutualityEngine create(RuleBase ruleBase, Configuration config) throws InputException {
    config.validate(ruleBase.catalogue());
    return new MutualityEngine(ruleBase, config);
  }

  public RuleBase ruleBase() {
    return ruleBase;
  }

  public RuleCatalogue catalogue() {
    return ruleBase.catalogue();
  }

  public Configuration configuration() {
    return config;
  }

  /**
   * Audits a snapshot at an instant: every window and age is measured from {@code asOf}.
   *
   * @throws InputException when the snapshot's people name partners the configuration does not list
   */
  public Report audit(Snapshot snapshot, Instant asOf) throws InputException {
    return audit(snapshot, asOf, AuditObserver.NONE);
  }

  /**
   * Audits a snapshot at an instant with an observer watching the session, for measurements; the report is
   * the same as {@link #audit(Snapshot, Instant)}'s.
   *
   * @throws InputException when the snapshot's people name partners the configuration does not list
   */
  public Report audit(Snapshot snapshot, Instant asOf, AuditObserver observer) throws InputException {
    Objects.requireNonNull(observer, "observer");
    Prepared prepared = prepare(snapshot, asOf);
    long start = System.nanoTime();
    List<Finding> findings;
    List<NotEvaluable> statedNotEvaluable;
    IndexData indexData;
    try (AuditSession session = new AuditSession(ruleBase, config, prepared.mapped(), prepared.clock(),
        prepared.runnable(), observer)) {
      int fired = session.evaluate();
      findings = session.findings();
      statedNotEvaluable = session.notEvaluable();
      long evaluated = System.nanoTime();
      indexData = indexData(prepared, session);
      LOG.debug("evaluated {} facts, {} firings, {} findings in {} ms; read the indices' facts in {} ms",
          session.factCount(), fired, findings.size(), (evaluated - start) / 1_000_000,
          (System.nanoTime() - evaluated) / 1_000_000);
    }
    return report(prepared, findings, statedNotEvaluable, indexData);
  }

  /**
   * A live audit of a snapshot: a session that stays open and takes changed work items one at a time
   * ({@link LiveAudit#update}), for a service that follows the tracker's webhooks. Every window and age is measured
   * from {@code asOf} for as long as the session lives; close it when done.
   *
   * @throws InputException when the snapshot's people name partners the configuration does not list
   */
  public LiveAudit live(Snapshot snapshot, Instant asOf) throws InputException {
    return new LiveAudit(this, prepare(snapshot, asOf));
  }

  /**
   * What an audit settles before the rules run: the snapshot with its partner mapping, the clock, the rules that
   * run and the rules that cannot.
   */
  record Prepared(Snapshot mapped, Instant asOf, AuditClock clock, Map<String, NotEvaluable> blocked,
      List<RuleInfo> runnable) {
  }

  private Prepared prepare(Snapshot snapshot, Instant asOf) throws InputException {
    Objects.requireNonNull(asOf, "asOf");
    Snapshot mapped = PartnerMapper.apply(snapshot, config);
    AuditClock clock = new AuditClock(asOf, config.windowDays(), config.calendar().zone());
    Map<String, NotEvaluable> blocked = new LinkedHashMap<>();
    List<RuleInfo> runnable = new ArrayList<>();
    for (RuleInfo rule : catalogue().all()) {
      if (!config.isEnabled(rule.id())) {
        continue;
      }
      NotEvaluable reason = unrunnable(rule, mapped);
      if (reason != null) {
        blocked.put(rule.id(), reason);
      } else {
        runnable.add(rule);
      }
    }
    return new Prepared(mapped, asOf, clock, blocked, runnable);
  }

  /** The derived facts the indices are computed from, read from an evaluated session. */
  IndexData indexData(Prepared prepared, DerivedSource session) {
    return new IndexData(prepared.mapped(), prepared.clock(),
        session.derived(IndexData.ACTIVE_MEMBERS_QUERY, "$member", ActiveMember.class),
        session.derived(IndexData.PARTNER_SHARES_QUERY, "$share", PartnerShare.class),
        session.derived(IndexData.FIRST_RESPONSES_QUERY, "$response", FirstResponse.class),
        session.derived(IndexData.EXCLUSIONS_QUERY, "$excluded", PartnerExcluded.class),
        Transparency.documentRoles(catalogue(), config));
  }

  /** Why a rule cannot run at all: a missing setting or data the source could not read. */
  private NotEvaluable unrunnable(RuleInfo rule, Snapshot snapshot) {
    Subject project = Subject.project(snapshot.partnership());
    Map<String, String> params = config.params(rule);
    for (ParamInfo param : rule.params()) {
      if (param.isRequiredSetting() && params.get(param.name()).isEmpty()) {
        return new NotEvaluable(rule.id(), project, "set rules." + rule.id() + ".params." + param.name()
            + " in mutuality.yml (" + param.description() + ")");
      }
    }
    for (DataGap gap : snapshot.gaps()) {
      if (rule.requires().contains(gap.area())) {
        return new NotEvaluable(rule.id(), project, "could not read " + label(gap.area()) + ": " + gap.reason());
      }
    }
    return null;
  }

  private static String label(DataArea area) {
    return area.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** The report of an evaluated session's findings and "not evaluable" entries. */
  Report report(Prepared prepared, List<Finding> findings, List<NotEvaluable> stated, IndexData indexData) {
    Snapshot snapshot = prepared.mapped();
    Instant asOf = prepared.asOf();
    Map<String, NotEvaluable> blocked = prepared.blocked();
    Map<String, List<Finding>> byRule = new HashMap<>();
    findings.forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
    Map<String, List<NotEvaluable>> notEvaluableByRule = new HashMap<>();
    stated.forEach(n -> notEvaluableByRule.computeIfAbsent(n.ruleId(), k -> new ArrayList<>()).add(n));
    blocked.forEach((id, n) -> notEvaluableByRule.computeIfAbsent(id, k -> new ArrayList<>()).add(n));

    Subject project = Subject.project(snapshot.partnership());
    Map<String, NotEvaluable> cannotJudge = new HashMap<>();
    notEvaluableByRule.forEach((id, entries) -> cannotJudge.put(id, entries.get(0)));
    List<ReportFinding> reported = new ArrayList<>();
    List<NotEvaluableEntry> notEvaluable = new ArrayList<>();
    List<RuleResult> results = new ArrayList<>();
    for (RuleInfo rule : catalogue().all()) {
      if (!config.isEnabled(rule.id())) {
        results.add(new RuleResult(rule.id(), rule.key(), rule.name(), Outcome.DISABLED, 0));
        continue;
      }
      List<Finding> own = byRule.getOrDefault(rule.id(), List.of());
      List<NotEvaluable> cannot = new ArrayList<>(notEvaluableByRule.getOrDefault(rule.id(), List.of()));
      String gate = gate(rule, byRule, cannotJudge);
      if (gate != null) {
        own = List.of();
        cannot = List.of(new NotEvaluable(rule.id(), project, gate));
      }
      for (Finding finding : own) {
        reported.add(toReport(rule, finding, asOf));
      }
      cannot.stream().sorted(Comparator.comparing(NotEvaluable::subject))
          .forEach(n -> notEvaluable.add(new NotEvaluableEntry(rule.id(), rule.key(), n.subject(), n.reason())));
      Outcome outcome = !own.isEmpty() ? Outcome.FAIL : !cannot.isEmpty() ? Outcome.NOT_EVALUABLE : Outcome.PASS;
      results.add(new RuleResult(rule.id(), rule.key(), rule.name(), outcome, own.size()));
    }
    Map<String, Integer> order = new HashMap<>();
    catalogue().all().forEach(r -> order.put(r.id(), order.size()));
    reported.sort(Comparator.comparing(ReportFinding::severity).reversed()
        .thenComparing(f -> order.get(f.ruleId()))
        .thenComparing(ReportFinding::subject));
    Map<Key, org.mutuality.report.KeyScore> scores = new EnumMap<>(Key.class);
    scores.putAll(Scores.compute(reported, results));
    long start = System.nanoTime();
    Indices indices = Indices.compute(indexData, scores, reported, results);
    LOG.debug("computed the indices in {} ms", (System.nanoTime() - start) / 1_000_000);
    return new Report(Report.SCHEMA_VERSION, asOf, ruleBase.version(), snapshot.partnership().id(),
        snapshot.partnership().name(), snapshot.source(), reported, notEvaluable, scores, results, indices);
  }

  /**
   * Why a DATA rule makes a rule not evaluable, or {@code null}: the DATA rule fired (in the named tier, when
   * the gate names one: {@code DATA-005:base}), or it could not judge either (then neither can the rules that
   * rest on it, whatever the tier).
   */
  String gate(RuleInfo rule, Map<String, ? extends java.util.Collection<Finding>> byRule,
      Map<String, NotEvaluable> cannotJudge) {
    for (String gate : rule.gatedBy()) {
      String dataRule = RuleInfo.gateRule(gate);
      String tier = RuleInfo.gateTier(gate);
      if (!config.isEnabled(dataRule)) {
        continue;
      }
      java.util.Collection<Finding> ofRule = byRule.get(dataRule);
      List<Finding> fired = (ofRule == null ? List.<Finding>of() : ofRule).stream()
          .sorted(Comparator.comparing(Finding::subject))
          .filter(f -> tier == null || tier.equals(f.tier()))
          .toList();
      if (!fired.isEmpty()) {
        return dataRule + " fired: " + fired.get(0).message();
      }
      NotEvaluable unknown = cannotJudge.get(dataRule);
      if (unknown != null) {
        return dataRule + " could not judge the data: " + unknown.reason();
      }
    }
    return null;
  }

  ReportFinding toReport(RuleInfo rule, Finding finding, Instant asOf) {
    // Of the waivers that cover the finding, an active one wins over an expired one, then the latest expiry.
    AppliedWaiver waiver = config.waivers().stream()
        .filter(w -> w.covers(rule.id(), finding.subject()))
        .max(Comparator.comparing((Waiver w) -> !w.isExpiredAt(asOf)).thenComparing(Waiver::expires))
        .map(w -> new AppliedWaiver(w.reason(), w.approver(), w.expires(),
            w.isExpiredAt(asOf) ? WaiverStatus.EXPIRED : WaiverStatus.ACTIVE))
        .orElse(null);
    return new ReportFinding(rule.id(), rule.key(), config.severity(rule, finding.tier()), finding.subject(),
        finding.message(), finding.evidence(), fingerprint(rule.id(), finding.subject()), rule.remediation(), waiver,
        config.isShadow(rule.id()));
  }

  /** A stable identity for a finding across audits: the rule and the subject, never the message or figures. */
  public static String fingerprint(String ruleId, Subject subject) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((ruleId + "\n" + subject.type().label() + "\n" + subject.id())
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
