package org.mutuality.facts;

import java.util.Collection;
import java.util.Set;

/**
 * The ids of every bot account (apps, integrations, shared accounts): one fact, present even when there are
 * none. Rules that leave bots out of what they count can test {@code authorId not memberOf $bots} on the
 * counted fact itself, which is much cheaper on large sites than joining every comment or transition to its
 * author's {@code Member}. A {@code null} id is no bot: the set answers {@code false} for it rather than
 * throwing, so {@code authorId not memberOf $bots} holds for an activity whose author is unknown.
 *
 * @param memberIds the bots' person ids
 */
public record Bots(Set<String> memberIds) {
  public Bots {
    memberIds = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(memberIds));
  }

  /** From the ids an accumulate collected. */
  public static Bots of(Collection<?> ids) {
    java.util.Set<String> out = new java.util.HashSet<>();
    ids.forEach(id -> out.add((String) id));
    return new Bots(out);
  }
}
