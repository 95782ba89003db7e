package org.mutuality.facts;

/**
 * Why a partner that cannot see a security-restricted work item is concerned by it: the item is assigned to
 * one of its people, the partner owns it, or it is linked to an item the partner owns. One fact per item,
 * excluded partner and reason; CONF-004 gathers them into one finding per item.
 *
 * @param itemKey the restricted work item
 * @param level its security level
 * @param partnerId the partner that cannot see it
 * @param partnerName that partner's name, for messages
 * @param reason {@link #ASSIGNED}, {@link #OWNED} or {@link #LINKED}
 * @param via the assignee's display name (assigned), or the key of the partner's linked item (linked); empty
 *     when owned
 */
public record HiddenItemConcern(
    String itemKey, String level, String partnerId, String partnerName, String reason, String via) {
  public static final String ASSIGNED = "assigned";
  public static final String OWNED = "owned";
  public static final String LINKED = "linked";

  /** The reason in words: "owns it", "its assignee Carla", "owns linked COF-9". */
  public String phrase() {
    return switch (reason) {
      case ASSIGNED -> "its assignee " + via;
      case LINKED -> "owns linked " + via;
      default -> "owns it";
    };
  }
}
