package org.mutuality.facts;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * One partner's part of a closed sprint's commitment ({@link SprintCommitment}): its work items in the sprint
 * at the start, and those done by the end. Only partners with committed work items have one.
 *
 * @param iterationId the closed sprint
 * @param partnerId the partner owning the work items
 * @param committed its work items in the sprint at its start
 * @param done of those, work items done by the sprint's end
 */
public record PartnerCommitment(String iterationId, String partnerId, long committed, long done) {

  /**
   * Each partner's say/do over several sprints together: all its done work items over all its committed
   * ones, by partner id (sorted). Partners without committed work are absent.
   *
   * @param commitments {@link PartnerCommitment}s, e.g. collected by an accumulate
   */
  public static Map<String, Double> sayDoByPartner(Collection<?> commitments) {
    Map<String, long[]> totals = new TreeMap<>();
    for (Object o : commitments) {
      PartnerCommitment c = (PartnerCommitment) o;
      long[] sum = totals.computeIfAbsent(c.partnerId(), k -> new long[2]);
      sum[0] += c.committed();
      sum[1] += c.done();
    }
    Map<String, Double> sayDo = new TreeMap<>();
    totals.forEach((partner, sum) -> {
      if (sum[0] > 0) {
        sayDo.put(partner, (double) sum[1] / sum[0]);
      }
    });
    return sayDo;
  }

  /**
   * The lowest say/do of any partner among several sprints' commitments, or {@code NaN} when none has
   * committed work (so that every comparison with it is false).
   */
  public static double lowestSayDo(Collection<?> commitments) {
    return sayDoByPartner(commitments).values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }
}
