package org.mutuality.jira.api;

import java.util.List;
import org.mutuality.jira.http.JiraException;

/** Jira Software's agile API: boards of a project and sprints of a board. */
public interface AgileResource {
  /** The scrum boards of a project ({@code type=scrum}, NOTES.md §2.11): the boards that have sprints. */
  List<ProjectJson.Board> boards(String projectKey) throws JiraException;

  /** The sprints of a scrum board; a kanban board answers 400. */
  List<ProjectJson.Sprint> sprints(long boardId) throws JiraException;
}
