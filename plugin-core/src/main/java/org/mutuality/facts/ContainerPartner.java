package org.mutuality.facts;

/**
 * A container of work (a component, or an epic or parent item) that holds at least one work item a partner
 * owns and that was updated in the audit window. One fact per container and partner, however many items.
 *
 * @param kind {@link #COMPONENT} or {@link #PARENT}
 * @param container the component's name, or the epic's or parent's key
 * @param partnerId the partner owning an item in it ({@link org.mutuality.model.WorkItem#partnerId()})
 */
public record ContainerPartner(String kind, String container, String partnerId) {
  /** A component (work package). */
  public static final String COMPONENT = "component";
  /** An epic or parent work item. */
  public static final String PARENT = "epic";

  /** How a reader names the container: "component Roasting", "epic COF-3". */
  public String label() {
    return kind + " " + container;
  }
}
