package org.mutuality.report;

import java.time.LocalDate;

/**
 * A waiver from configuration as it applies to one finding.
 *
 * @param reason why the finding is accepted
 * @param approver who accepted it
 * @param expires the last day it applies
 * @param status whether it still applies at the audit's instant
 */
public record AppliedWaiver(String reason, String approver, LocalDate expires, WaiverStatus status) {
  public boolean isActive() {
    return status == WaiverStatus.ACTIVE;
  }
}
