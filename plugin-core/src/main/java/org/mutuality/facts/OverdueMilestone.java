package org.mutuality.facts;

import java.util.List;

/**
 * A milestone past its release date and not released at the audit's day, with the work items planned for it
 * (in their fix versions) still open at the audit's instant. Milestones with no open work are absent.
 *
 * @param milestoneId the milestone
 * @param daysLate calendar days from its release date to the audit's day (UTC), 1 or more
 * @param openKeys the keys of its open work items, sorted
 */
public record OverdueMilestone(String milestoneId, long daysLate, List<String> openKeys) {
  public OverdueMilestone {
    openKeys = openKeys.stream().sorted().toList();
  }
}
