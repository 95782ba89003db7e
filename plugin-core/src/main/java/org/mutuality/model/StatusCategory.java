package org.mutuality.model;

/** The tracker-neutral stage of a work item's status. */
public enum StatusCategory {
  TO_DO,
  IN_PROGRESS,
  DONE
}
