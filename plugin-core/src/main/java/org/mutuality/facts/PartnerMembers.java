package org.mutuality.facts;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The people of a partner: the ids of every person mapped to it who is not a bot, one fact per partner that
 * has any. A rule that needs "written by someone of partner P" tests {@code authorId memberOf $people} on the
 * comment or change itself, which on large sites is much cheaper than joining each of them to its author's
 * {@code Member}. The set answers {@code false} for a {@code null} id.
 *
 * @param partnerId the partner
 * @param memberIds its people's ids, bots left out
 */
public record PartnerMembers(String partnerId, Set<String> memberIds) {
  public PartnerMembers {
    Objects.requireNonNull(partnerId, "partnerId");
    memberIds = Collections.unmodifiableSet(new HashSet<>(memberIds));
  }

  /** From the ids an accumulate collected. */
  public static PartnerMembers of(String partnerId, Collection<?> ids) {
    Set<String> out = new HashSet<>();
    ids.forEach(id -> out.add((String) id));
    return new PartnerMembers(partnerId, out);
  }
}
