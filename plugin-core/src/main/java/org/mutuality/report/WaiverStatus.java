package org.mutuality.report;

/** Whether a waiver that matches a finding still applies. */
public enum WaiverStatus {
  /** The waiver applies: the finding is reported but does not count against scores or {@code --fail-on}. */
  ACTIVE,
  /** The waiver's expiry date has passed: the finding counts again, and the report says the waiver expired. */
  EXPIRED
}
