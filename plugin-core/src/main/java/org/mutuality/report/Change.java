package org.mutuality.report;

import java.util.Locale;

/**
 * How a finding changed since the previous audit kept in the history, matched by fingerprint (the rule and the
 * subject, not the message: a finding whose figures moved is the same finding).
 */
public enum Change {
  /** Not in the previous audit. */
  NEW,
  /** In the previous audit too. */
  PERSISTING,
  /** In the previous audit, gone now. */
  FIXED,
  /** Covered by an active waiver now, whatever it was before. */
  WAIVED,
  /** Its waiver has expired: it counts again. */
  EXPIRED_WAIVER;

  /** The label used in reports, e.g. {@code expired-waiver}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
