package org.mutuality.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mutuality.facts.FirstResponse;
import org.mutuality.facts.PartnerShare;
import org.mutuality.model.DataArea;

/**
 * Partner balance (RULES.md, Indices 3): per dimension, 100 · (1 − H*), where H is the Herfindahl index of
 * the partners' shares (the sum of their squares) and H* = (H − 1/N) / (1 − 1/N) normalises it for N
 * partners: 100 when every partner has the same share, 0 when one partner has it all. Antitrust thresholds
 * do not transfer (3 equal partners already give H = 0.333).
 *
 * <p>The dimensions: work items resolved in the window (by the assignee at resolution), hours logged in the
 * window, comments written in the window (the rule base's {@code PartnerShare} facts, mapped people only,
 * bots excluded), and cross-partner responses: first answers a partner gave on work items another partner
 * owns, created in the window ({@code FirstResponse} facts whose responder is not the owner). N counts the
 * partners with an active member in the window, plus any partner with a share of the dimension without
 * one; a partner with active members and nothing in the dimension takes part with a share of 0. N below 2,
 * or nothing in the dimension, means no balance to measure.
 *
 * @param dimensions resolved, hours, comments, responses, in that order
 * @param rules the related rules the rule base has: {@link #RELATED_RULES}
 * @param findings the fingerprints of their findings, waived or not, in report order
 */
public record PartnerBalance(List<Dimension> dimensions, List<String> rules, List<String> findings) {
  /** The dimension of cross-partner responses, beside {@link PartnerShare}'s three. */
  public static final String RESPONSES = "responses";
  /** The rules that look at how evenly partners take part. */
  public static final List<String> RELATED_RULES =
      List.of("COORD-001", "COORD-002", "COORD-011", "ACCT-006", "DATA-001");

  public PartnerBalance {
    dimensions = List.copyOf(dimensions);
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
  }

  /**
   * The balance along one dimension.
   *
   * @param dimension {@code resolved}, {@code hours}, {@code comments} or {@code responses}
   * @param index 0 to 100, rounded half up; {@code null} when it cannot be computed
   * @param reason why it cannot be computed; {@code null} when it can
   * @param partners N, the partners taking part; {@code null} when unknown
   * @param total the dimension's total (work items, hours, comments or responses); {@code null} when unknown
   * @param herfindahl H, the sum of the squared shares; {@code null} when not computed
   * @param normalised H*; {@code null} when not computed
   * @param shares each partner's amount and share, largest first (then in the configuration's order)
   */
  public record Dimension(
      String dimension, Integer index, String reason, Integer partners, Double total, Double herfindahl,
      Double normalised, List<Share> shares) {
    public Dimension {
      Objects.requireNonNull(dimension, "dimension");
      shares = List.copyOf(shares);
    }
  }

  /**
   * One partner's part of a dimension.
   *
   * @param partner the partner
   * @param amount its work items, hours, comments or responses
   * @param share its amount over the dimension's total, 0 to 1
   */
  public record Share(Indices.PartnerRef partner, double amount, double share) {}

  /** The balance of each dimension, from the audit's data and derived facts. */
  public static PartnerBalance compute(IndexData data, List<ReportFinding> findings, List<RuleResult> rules) {
    Map<String, Indices.PartnerRef> partners = Indices.partners(data.snapshot());
    List<Dimension> dimensions = new ArrayList<>();
    for (String dimension : List.of(PartnerShare.RESOLVED, PartnerShare.HOURS, PartnerShare.COMMENTS, RESPONSES)) {
      dimensions.add(dimension(data, dimension, partners));
    }
    return new PartnerBalance(dimensions, Indices.presentRules(RELATED_RULES, rules),
        Indices.findingsOf(RELATED_RULES, findings));
  }

  private static Dimension dimension(IndexData data, String dimension, Map<String, Indices.PartnerRef> partners) {
    String gap = Indices.gap(data.snapshot(), switch (dimension) {
      case PartnerShare.RESOLVED -> new DataArea[] {DataArea.WORK_ITEMS, DataArea.CHANGELOG};
      case PartnerShare.HOURS -> new DataArea[] {DataArea.WORKLOGS};
      default -> new DataArea[] {DataArea.COMMENTS};
    });
    if (gap != null) {
      return notComputed(dimension, gap);
    }
    IndexInput<?> source = dimension.equals(RESPONSES) ? data.firstResponses() : data.partnerShares();
    if (source.isMissing()) {
      return notComputed(dimension, source.missing());
    }
    if (data.activeMembers().isMissing()) {
      return notComputed(dimension, data.activeMembers().missing());
    }
    Map<String, Double> amounts = amounts(data, dimension);
    double total = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total <= 0) {
      return notComputed(dimension, nothingReason(dimension));
    }

    Set<String> taking = new LinkedHashSet<>(Indices.activePartners(data.activeMembers().values()));
    amounts.forEach((partner, amount) -> {
      if (amount > 0) {
        taking.add(partner);
      }
    });
    List<Share> shares = new ArrayList<>();
    for (String partner : Indices.inPartnerOrder(taking, partners)) {
      double amount = amounts.getOrDefault(partner, 0.0);
      shares.add(new Share(Indices.partner(partners, partner), amount, amount / total));
    }
    shares.sort(Comparator.comparingDouble(Share::share).reversed());
    int n = shares.size();
    if (n < 2) {
      return new Dimension(dimension, null, "only " + shares.get(0).partner().name() + " takes part: a balance "
          + "needs at least 2 partners with active members", n, total, null, null, shares);
    }
    double h = 0;
    for (Share share : shares) {
      h += share.share() * share.share();
    }
    double normalised = (h - 1.0 / n) / (1 - 1.0 / n);
    return new Dimension(dimension, Indices.percent(100 * (1 - normalised)), null, n, total, h, normalised, shares);
  }

  /** Each partner's amount in the dimension: what the rule base derived, or its cross-partner responses. */
  private static Map<String, Double> amounts(IndexData data, String dimension) {
    Map<String, Double> amounts = new LinkedHashMap<>();
    if (dimension.equals(RESPONSES)) {
      for (FirstResponse response : data.firstResponses().values()) {
        if (response.crossPartner()) {
          amounts.merge(response.responderPartner(), 1.0, Double::sum);
        }
      }
    } else {
      for (PartnerShare share : data.partnerShares().values()) {
        if (share.dimension().equals(dimension)) {
          amounts.merge(share.partnerId(), share.amount(), Double::sum);
        }
      }
    }
    return amounts;
  }

  private static String nothingReason(String dimension) {
    return switch (dimension) {
      case PartnerShare.RESOLVED -> "no work item was resolved by a person mapped to a partner in the window";
      case PartnerShare.HOURS -> "no hours were logged by a person mapped to a partner in the window";
      case PartnerShare.COMMENTS -> "no comment was written by a person mapped to a partner in the window";
      default -> "no partner answered on a work item of another partner created in the window";
    };
  }

  private static Dimension notComputed(String dimension, String reason) {
    return new Dimension(dimension, null, reason, null, null, null, null, List.of());
  }
}
