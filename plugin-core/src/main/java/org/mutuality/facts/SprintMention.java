package org.mutuality.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * A work item that names a closed sprint, in its current sprints or in its sprint history (either side of a
 * sprint change): the candidates whose scope at the sprint's start is worked out, so the derivations join
 * sprints and work items on their ids instead of trying every pair.
 *
 * @param iterationId the closed sprint
 * @param itemKey the work item
 */
public record SprintMention(String iterationId, String itemKey) {

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
