package org.mutuality.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * How a work item's Sprint field names sprints: the tracker writes their ids comma-separated, e.g. {@code "12, 13"},
 * in the item's sprint changes ({@link ItemActivity#mentionedSprints}, {@link ItemActivity#inSprintAt}).
 */
public final class SprintIds {
  private SprintIds() {}

  /**
   * The sprint ids in a sprint change's values, as the tracker writes them: comma-separated, e.g.
   * {@code "12, 13"}; {@code null} values name none.
   */
  public static List<String> ids(String... values) {
    List<String> ids = new ArrayList<>();
    for (String value : values) {
      if (value == null) {
        continue;
      }
      for (String part : value.split(",")) {
        String id = part.trim();
        if (!id.isEmpty() && !ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** Whether a sprint change's value (comma-separated sprint ids, or {@code null}) names a sprint. */
  public static boolean names(String value, String iterationId) {
    return ids(value).contains(iterationId);
  }
}
