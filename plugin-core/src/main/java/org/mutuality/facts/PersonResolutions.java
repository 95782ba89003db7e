package org.mutuality.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How many work items a person (not a bot, mapped to a partner or not) resolved in the audit window: the
 * items resolved while assigned to the person ({@link ResolvedBy}).
 *
 * @param memberId the person
 * @param displayName the person's name, for messages
 * @param partnerId the person's partner, {@code null} when unmapped
 * @param resolved work items resolved, 1 or more
 */
public record PersonResolutions(String memberId, String displayName, String partnerId, long resolved) {
  /** Most resolved first; on a tie, by person id, so the same data always names the same people. */
  private static final Comparator<PersonResolutions> MOST_FIRST =
      Comparator.comparingLong(PersonResolutions::resolved).reversed().thenComparing(PersonResolutions::memberId);

  /**
   * The fewest people who together resolved at least {@code share} of everyone's resolved items: the
   * people behind the Contributor Absence Factor (CHAOSS), whose number is the factor. At least one person
   * when anybody resolved anything; empty when nobody did.
   *
   * @param people {@link PersonResolutions} facts, as an accumulate collects them
   * @param share the part of the work, 0 to 1 (CHAOSS uses 0.5)
   */
  public static List<PersonResolutions> absenceSet(Collection<?> people, double share) {
    List<PersonResolutions> sorted = new ArrayList<>(people.size());
    for (Object o : people) {
      sorted.add((PersonResolutions) o);
    }
    sorted.sort(MOST_FIRST);
    long total = total(sorted);
    List<PersonResolutions> out = new ArrayList<>();
    long covered = 0;
    for (PersonResolutions p : sorted) {
      if (!out.isEmpty() && covered >= share * total) {
        break;
      }
      out.add(p);
      covered += p.resolved();
    }
    return out;
  }

  /** All the items resolved by these people. */
  public static long total(Collection<?> people) {
    long total = 0;
    for (Object o : people) {
      total += ((PersonResolutions) o).resolved();
    }
    return total;
  }
}
