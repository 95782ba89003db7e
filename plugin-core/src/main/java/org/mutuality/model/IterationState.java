package org.mutuality.model;

/** Where an iteration (sprint) stands. */
public enum IterationState {
  FUTURE,
  ACTIVE,
  CLOSED
}
