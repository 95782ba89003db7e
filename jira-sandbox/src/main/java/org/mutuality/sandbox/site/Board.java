package org.mutuality.sandbox.site;

/**
 * An agile board.
 *
 * @param id the board id
 * @param name the name
 * @param type {@code scrum} or {@code kanban}
 * @param projectKey the project the board's filter is on
 */
public record Board(long id, String name, String type, String projectKey) {

  /** @return whether the board supports sprints */
  public boolean scrum() {
    return "scrum".equals(type);
  }
}
