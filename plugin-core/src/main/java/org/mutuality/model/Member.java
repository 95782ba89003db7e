package org.mutuality.model;

import java.util.List;
import java.util.Objects;

/**
 * A person who takes part in the tracker.
 *
 * @param id the tracker's stable person id (Jira Cloud account id, Data Center user key)
 * @param displayName name as shown in the tracker
 * @param email e-mail address when the tracker reveals it, else {@code null}
 * @param groups groups the person belongs to, used for partner mapping
 * @param partnerId the partner the person maps to, or {@code null} when unmapped
 * @param bot whether the account is an app, integration or shared account excluded from counts
 * @param claimedBy the partners whose mapping claims this account when more than one does (a shared account,
 *     mapped to none and excluded from counts like a bot); empty otherwise
 */
public record Member(
    String id, String displayName, String email, List<String> groups, String partnerId, boolean bot,
    List<String> claimedBy) {
  public Member {
    Objects.requireNonNull(id, "id");
    displayName = displayName == null ? id : displayName;
    groups = groups == null ? List.of() : List.copyOf(groups);
    claimedBy = claimedBy == null ? List.of() : List.copyOf(claimedBy);
  }

  /** A member with no shared-account claims. */
  public Member(String id, String displayName, String email, List<String> groups, String partnerId, boolean bot) {
    this(id, displayName, email, groups, partnerId, bot, List.of());
  }

  public boolean isMapped() {
    return partnerId != null;
  }

  /** This member with its partner set, e.g. after partner mapping. */
  public Member withPartner(String partner) {
    return new Member(id, displayName, email, groups, partner, bot, claimedBy);
  }
}
