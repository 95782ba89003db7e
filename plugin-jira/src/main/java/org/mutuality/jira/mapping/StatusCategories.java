package org.mutuality.jira.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mutuality.jira.api.ServerJson;
import org.mutuality.model.StatusCategory;

/**
 * The category of every status met, learnt from {@code statusCategory.key} ({@code new}, {@code indeterminate},
 * {@code done}) of the site's statuses and of the issues' current statuses. A status known only by name from a
 * changelog falls back to the defaults of snapshot files (To Do, Open, Backlog; In Progress, In Review, Review,
 * Blocked; Done, Closed, Resolved), else stays unknown ({@code null}).
 */
public final class StatusCategories {
  private static final Map<String, StatusCategory> DEFAULTS = Map.of(
      "to do", StatusCategory.TO_DO, "open", StatusCategory.TO_DO, "backlog", StatusCategory.TO_DO,
      "in progress", StatusCategory.IN_PROGRESS, "in review", StatusCategory.IN_PROGRESS,
      "review", StatusCategory.IN_PROGRESS, "blocked", StatusCategory.IN_PROGRESS,
      "done", StatusCategory.DONE, "closed", StatusCategory.DONE, "resolved", StatusCategory.DONE);

  private final Map<String, StatusCategory> byId = new ConcurrentHashMap<>();
  private final Map<String, StatusCategory> byName = new ConcurrentHashMap<>();

  /** A category from its key; {@code null} for an unknown key. */
  public static StatusCategory fromKey(String key) {
    if (key == null) {
      return null;
    }
    return switch (key.toLowerCase(Locale.ROOT)) {
      case "new" -> StatusCategory.TO_DO;
      case "indeterminate" -> StatusCategory.IN_PROGRESS;
      case "done" -> StatusCategory.DONE;
      default -> null;
    };
  }

  /** Learns a status's category. */
  public void learn(ServerJson.Status status) {
    if (status == null || status.statusCategory() == null) {
      return;
    }
    StatusCategory category = fromKey(status.statusCategory().key());
    if (category == null) {
      return;
    }
    if (status.id() != null) {
      byId.put(status.id(), category);
    }
    if (status.name() != null) {
      byName.put(status.name().toLowerCase(Locale.ROOT), category);
    }
  }

  /** The category of a status by id, else by name, else the defaults; {@code null} when unknown. */
  public StatusCategory of(String id, String name) {
    StatusCategory category = id == null ? null : byId.get(id);
    if (category == null && name != null) {
      String key = name.toLowerCase(Locale.ROOT);
      category = byName.getOrDefault(key, DEFAULTS.get(key));
    }
    return category;
  }
}
