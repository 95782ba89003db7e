package org.mutuality.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mutuality.engine.Key;
import org.mutuality.facts.ActiveMember;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.mutuality.model.Partner;
import org.mutuality.model.Snapshot;

/**
 * The indices of RULES.md beside the key scores (which are index 1): the mutuality index, partner balance,
 * transparency and the reciprocity matrix. Each is computed in Java from the audit's data, derived facts and
 * key scores, shows the figures it was computed from and the findings of the rules that look at the same
 * thing, and says why when it cannot be computed (an index that cannot be computed is {@code null}, never a
 * good value).
 *
 * <p>Where the indices speak of partners, they mean the partners with an active member in the window (a
 * mapped person, not a bot, with a status change, comment or worklog: RULES.md's "active member", the count
 * DATA-001 judges), joined by any partner that has a share of the measured activity without an active
 * member (a partner whose only part is an item resolved by its assignee, say), so that shares always add up.
 *
 * @param mutuality the geometric mean of the four key scores
 * @param partnerBalance the normalised Herfindahl index of partner shares, per dimension
 * @param transparency visible comments and worklogs times partners with document access
 * @param reciprocity partner × partner median first-response hours
 */
public record Indices(
    MutualityIndex mutuality, PartnerBalance partnerBalance, Transparency transparency,
    ReciprocityMatrix reciprocity) {

  public Indices {
    Objects.requireNonNull(mutuality, "mutuality");
    Objects.requireNonNull(partnerBalance, "partnerBalance");
    Objects.requireNonNull(transparency, "transparency");
    Objects.requireNonNull(reciprocity, "reciprocity");
  }

  /**
   * Computes every index of an audit.
   *
   * @param data the snapshot, clock, derived facts and settings the indices read
   * @param scores the key scores
   * @param findings the audit's findings, in report order
   * @param rules every rule's outcome: which related rules the rule base has
   */
  public static Indices compute(
      IndexData data, Map<Key, KeyScore> scores, List<ReportFinding> findings, List<RuleResult> rules) {
    return new Indices(
        MutualityIndex.compute(scores),
        PartnerBalance.compute(data, findings, rules),
        Transparency.compute(data, findings, rules),
        ReciprocityMatrix.compute(data, findings, rules));
  }

  /** A partner as the indices name it: its id from {@code mutuality.yml} and its name. */
  public record PartnerRef(String id, String name) {
    public PartnerRef {
      Objects.requireNonNull(id, "id");
      name = name == null ? id : name;
    }
  }

  // Helpers shared by the indices.

  /** The partners by id, in the order of the configuration, to name them and to order them. */
  static Map<String, PartnerRef> partners(Snapshot snapshot) {
    Map<String, PartnerRef> partners = new LinkedHashMap<>();
    for (Partner partner : snapshot.partners()) {
      partners.put(partner.id(), new PartnerRef(partner.id(), partner.name()));
    }
    return partners;
  }

  /** A partner by id; one the snapshot does not list is named by its id. */
  static PartnerRef partner(Map<String, PartnerRef> partners, String id) {
    PartnerRef known = partners.get(id);
    return known != null ? known : new PartnerRef(id, id);
  }

  /** The partners with an active member in the window. */
  static Set<String> activePartners(Collection<ActiveMember> active) {
    Set<String> partners = new LinkedHashSet<>();
    for (ActiveMember member : active) {
      if (member.partnerId() != null) {
        partners.add(member.partnerId());
      }
    }
    return partners;
  }

  /** Ids in the configuration's partner order, unknown ones last in id order. */
  static List<String> inPartnerOrder(Collection<String> ids, Map<String, PartnerRef> partners) {
    List<String> ordered = new ArrayList<>();
    for (String id : partners.keySet()) {
      if (ids.contains(id)) {
        ordered.add(id);
      }
    }
    ids.stream().filter(id -> !partners.containsKey(id)).sorted().forEach(ordered::add);
    return ordered;
  }

  /** Why the data cannot support an index: the first of the areas the source could not read, or {@code null}. */
  static String gap(Snapshot snapshot, DataArea... areas) {
    for (DataArea area : areas) {
      for (DataGap gap : snapshot.gaps()) {
        if (gap.area() == area) {
          return "could not read " + area.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + gap.reason();
        }
      }
    }
    return null;
  }

  /** Of the related rules, those the rule base has, in the order given. */
  static List<String> presentRules(List<String> related, List<RuleResult> rules) {
    Set<String> present = new LinkedHashSet<>();
    rules.forEach(rule -> present.add(rule.ruleId()));
    return related.stream().filter(present::contains).toList();
  }

  /** The fingerprints of the related rules' findings (waived or not), in report order. */
  static List<String> findingsOf(List<String> related, List<ReportFinding> findings) {
    Set<String> rules = Set.copyOf(related);
    Set<String> fingerprints = new LinkedHashSet<>();
    for (ReportFinding finding : findings) {
      if (rules.contains(finding.ruleId())) {
        fingerprints.add(finding.fingerprint());
      }
    }
    return List.copyOf(fingerprints);
  }

  /** 0 to 100, half up: what every index shows. */
  static int percent(double value) {
    double bounded = Math.max(0, Math.min(100, value));
    return BigDecimal.valueOf(bounded).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }
}
