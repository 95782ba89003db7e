package org.mutuality.model;

/** How two work items depend on each other. */
public enum DependencyType {
  /** The first item blocks the second. */
  BLOCKS,
  /** The items are related without an order. */
  RELATES
}
