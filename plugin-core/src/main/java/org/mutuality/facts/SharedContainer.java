package org.mutuality.facts;

/**
 * A container of work ({@link ContainerPartner}) that holds work items of at least two partners, updated in
 * the audit window: a place where partners' work meets.
 *
 * @param kind {@link ContainerPartner#COMPONENT} or {@link ContainerPartner#PARENT}
 * @param container the component's name, or the epic's or parent's key
 */
public record SharedContainer(String kind, String container) {
  /** How a reader names the container: "component Roasting", "epic COF-3". */
  public String label() {
    return kind + " " + container;
  }
}
