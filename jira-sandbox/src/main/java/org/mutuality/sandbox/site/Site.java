package org.mutuality.sandbox.site;

import java.time.Instant;
import java.util.List;

/**
 * Everything a sandbox serves: an immutable snapshot of a Jira site.
 *
 * @param now the site's clock: {@code serverTime}, relative JQL dates and {@code overdue} are read from it
 * @param title the server title
 * @param integrationUserId the account any unrecognised credentials act as
 * @param users all users
 * @param groups all groups
 * @param issueTypes all issue types
 * @param statuses all statuses
 * @param priorities all priorities
 * @param resolutions all resolutions
 * @param linkTypes all issue link types
 * @param projects all projects
 * @param boards all agile boards
 * @param sprints all sprints
 * @param issues all issues
 * @param links all issue links
 */
public record Site(Instant now, String title, String integrationUserId, List<User> users, List<Group> groups,
    List<IssueType> issueTypes, List<Status> statuses, List<Priority> priorities, List<Resolution> resolutions,
    List<LinkType> linkTypes, List<Project> projects, List<Board> boards, List<Sprint> sprints,
    List<Issue> issues, List<IssueLink> links) {
  /** Copies the lists. */
  public Site {
    users = List.copyOf(users);
    groups = List.copyOf(groups);
    issueTypes = List.copyOf(issueTypes);
    statuses = List.copyOf(statuses);
    priorities = List.copyOf(priorities);
    resolutions = List.copyOf(resolutions);
    linkTypes = List.copyOf(linkTypes);
    projects = List.copyOf(projects);
    boards = List.copyOf(boards);
    sprints = List.copyOf(sprints);
    issues = List.copyOf(issues);
    links = List.copyOf(links);
  }
}
