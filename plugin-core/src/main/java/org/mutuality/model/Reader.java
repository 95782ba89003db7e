package org.mutuality.model;

import java.util.Objects;

/**
 * The account a snapshot was read as, inserted only when the tracker said who that is. Rules compare its
 * roles and groups with the restrictions seen, since whatever it cannot see is missing from the data.
 *
 * @param memberId the account's person id
 */
public record Reader(String memberId) {
  public Reader {
    Objects.requireNonNull(memberId, "memberId");
  }
}
