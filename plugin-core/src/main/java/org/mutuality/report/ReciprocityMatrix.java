package org.mutuality.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mutuality.facts.FirstResponse;
import org.mutuality.model.DataArea;

/**
 * The reciprocity matrix (RULES.md, Indices 5): for each pair of partners, the median time the owner of a
 * work item waited for the first answer of the other partner; the index is the share of the cells with
 * answers whose median is at most {@value #ANSWER_WITHIN_HOURS} hours.
 *
 * <p>A row is the partner that owns the work items (who asked), a column the partner whose person answered
 * first (who answered): the rule base's {@code FirstResponse} facts, one per work item created in the window
 * and per partner that commented on it afterwards, bots, unmapped people and the item's reporter not
 * answering. Hours are calendar hours. The diagonal (a partner answering its own items) is CONF-007's
 * baseline, not reciprocity, and is left out. A cell without answers is empty: shown, not counted. The
 * median of an even number of answers is the mean of the middle two. The partners are those with an active
 * member in the window and those that own or answer a cross-partner first response.
 *
 * @param index 0 to 100: the percentage of counted cells within {@link #thresholdHours()}, rounded half up;
 *     {@code null} when no cell has answers
 * @param reason why there is no index; {@code null} when there is one
 * @param thresholdHours the answer time a cell's median may reach: {@value #ANSWER_WITHIN_HOURS}
 * @param partners the rows and columns, in the configuration's order
 * @param cells every ordered pair of different partners, by row then column
 * @param cellsCounted cells with at least one answer
 * @param cellsWithin of those, cells whose median is within the threshold
 * @param rules the related rules the rule base has: {@link #RELATED_RULES}
 * @param findings the fingerprints of their findings, waived or not, in report order
 */
public record ReciprocityMatrix(
    Integer index, String reason, double thresholdHours, List<Indices.PartnerRef> partners, List<Cell> cells,
    int cellsCounted, int cellsWithin, List<String> rules, List<String> findings) {
  /**
   * RULES.md, Indices 5: "share of cells ≤72 h" — the 72 hours of lazy consensus (S23), the same default as
   * CONF-007's median answer time. A constant of the catalogue, like the key-score weights, not a setting.
   */
  public static final double ANSWER_WITHIN_HOURS = 72;
  /** The rules that look at how partners answer each other. */
  public static final List<String> RELATED_RULES = List.of("CONF-007", "IDEN-008", "DATA-001");

  public ReciprocityMatrix {
    partners = List.copyOf(partners);
    cells = List.copyOf(cells);
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
  }

  /**
   * How one partner answered another's work items.
   *
   * @param owner the partner whose work items were answered (the row)
   * @param responder the partner that answered (the column)
   * @param responses work items answered; 0 for an empty cell
   * @param medianHours the median hours to the first answer; {@code null} for an empty cell
   */
  public record Cell(String owner, String responder, int responses, Double medianHours) {
    public Cell {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(responder, "responder");
    }

    public boolean isEmpty() {
      return responses == 0;
    }

    /** Whether the median is within the threshold; {@code null} for an empty cell. */
    public Boolean within(double thresholdHours) {
      return isEmpty() ? null : medianHours <= thresholdHours;
    }
  }

  /** The matrix of an audit. */
  public static ReciprocityMatrix compute(IndexData data, List<ReportFinding> findings, List<RuleResult> rules) {
    List<String> related = Indices.presentRules(RELATED_RULES, rules);
    List<String> fingerprints = Indices.findingsOf(RELATED_RULES, findings);
    String reason = Indices.gap(data.snapshot(), DataArea.COMMENTS);
    if (reason == null && data.firstResponses().isMissing()) {
      reason = data.firstResponses().missing();
    }
    if (reason == null && data.activeMembers().isMissing()) {
      reason = data.activeMembers().missing();
    }
    if (reason != null) {
      return new ReciprocityMatrix(null, reason, ANSWER_WITHIN_HOURS, List.of(), List.of(), 0, 0, related,
          fingerprints);
    }

    Map<String, Indices.PartnerRef> known = Indices.partners(data.snapshot());
    Set<String> ids = new LinkedHashSet<>(Indices.activePartners(data.activeMembers().values()));
    Map<List<String>, List<Double>> hours = new HashMap<>();
    for (FirstResponse response : data.firstResponses().values()) {
      if (response.crossPartner()) {
        ids.add(response.ownerPartner());
        ids.add(response.responderPartner());
        hours.computeIfAbsent(List.of(response.ownerPartner(), response.responderPartner()), k -> new ArrayList<>())
            .add(response.hours());
      }
    }
    List<String> order = Indices.inPartnerOrder(ids, known);
    List<Indices.PartnerRef> partners = order.stream().map(id -> Indices.partner(known, id)).toList();
    List<Cell> cells = new ArrayList<>();
    int counted = 0;
    int within = 0;
    for (String owner : order) {
      for (String responder : order) {
        if (owner.equals(responder)) {
          continue;
        }
        List<Double> answers = hours.getOrDefault(List.of(owner, responder), List.of());
        Cell cell = new Cell(owner, responder, answers.size(), answers.isEmpty() ? null : median(answers));
        cells.add(cell);
        if (!cell.isEmpty()) {
          counted++;
          if (cell.within(ANSWER_WITHIN_HOURS)) {
            within++;
          }
        }
      }
    }
    if (counted == 0) {
      return new ReciprocityMatrix(null, "no partner answered on a work item of another partner created in the "
          + "window", ANSWER_WITHIN_HOURS, partners, cells, 0, 0, related, fingerprints);
    }
    return new ReciprocityMatrix(Indices.percent(100.0 * within / counted), null, ANSWER_WITHIN_HOURS, partners,
        cells, counted, within, related, fingerprints);
  }

  /** The median: the middle value, or the mean of the middle two. */
  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
