package org.mutuality.facts;

import java.time.Instant;
import java.util.Collection;
import org.mutuality.model.Comment;
import org.mutuality.model.WorkItem;

/**
 * A newcomer's first contribution: the earliest work item a mapped person (not a bot) reported or comment
 * they wrote, when it falls in the audit window (nothing of theirs before it). Only such newcomers have the
 * fact; IDEN-008 asks whether another partner answered on that work item.
 *
 * @param memberId the newcomer
 * @param partnerId the newcomer's partner
 * @param itemKey the work item they reported or commented on
 * @param kind {@link #REPORTED} or {@link #COMMENTED}
 * @param at when (the item's creation or the comment's)
 */
public record FirstContribution(String memberId, String partnerId, String itemKey, String kind, Instant at) {
  /** The first contribution was a work item the newcomer reported. */
  public static final String REPORTED = "reported";
  /** The first contribution was a comment. */
  public static final String COMMENTED = "commented";

  /**
   * The earliest of some comments and reported work items (as accumulates collect them); of two at the same
   * instant, a reported item before a comment, then the lower key or comment id. {@code null} when there is
   * neither.
   */
  public static FirstContribution earliest(
      String memberId, String partnerId, Collection<?> comments, Collection<?> reported) {
    FirstContribution first = null;
    String firstTie = null;
    for (Object o : reported) {
      WorkItem item = (WorkItem) o;
      if (item.created() != null && (first == null || item.created().isBefore(first.at())
          || (item.created().equals(first.at()) && item.key().compareTo(firstTie) < 0))) {
        first = new FirstContribution(memberId, partnerId, item.key(), REPORTED, item.created());
        firstTie = item.key();
      }
    }
    for (Object o : comments) {
      Comment comment = (Comment) o;
      if (first == null || comment.created().isBefore(first.at())
          || (comment.created().equals(first.at()) && COMMENTED.equals(first.kind())
              && comment.id().compareTo(firstTie) < 0)) {
        first = new FirstContribution(memberId, partnerId, comment.itemKey(), COMMENTED, comment.created());
        firstTie = comment.id();
      }
    }
    return first;
  }

  /** How the newcomer joined, for messages: "by reporting COF-12" or "with a comment on COF-12". */
  public String description() {
    return REPORTED.equals(kind) ? "by reporting " + itemKey : "with a comment on " + itemKey;
  }
}
