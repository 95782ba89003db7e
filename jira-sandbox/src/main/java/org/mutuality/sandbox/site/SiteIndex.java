package org.mutuality.sandbox.site;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lookups and permission checks over a {@link Site}: who is in which group and role, who may see which issue,
 * comment and worklog.
 */
public final class SiteIndex {
  /** The group whose members hold <em>Administer Jira</em>. */
  public static final String ADMIN_GROUP = "jira-admins";

  private final Site site;
  private final Map<String, User> usersById;
  private final Map<String, Group> groupsByName;
  private final Map<String, Group> groupsById;
  private final Map<String, Project> projectsByKey;
  private final Map<String, Issue> issuesByKey;
  private final Map<String, Issue> issuesById;
  private final Map<Long, Board> boards;
  private final Map<Long, Sprint> sprints;

  /**
   * Indexes a site.
   *
   * @param site the site
   */
  public SiteIndex(Site site) {
    this.site = site;
    this.usersById = index(site.users(), User::accountId);
    this.groupsByName = index(site.groups(), g -> g.name().toLowerCase(Locale.ROOT));
    this.groupsById = index(site.groups(), Group::groupId);
    this.projectsByKey = index(site.projects(), p -> p.key().toUpperCase(Locale.ROOT));
    this.issuesByKey = index(site.issues(), i -> i.key().toUpperCase(Locale.ROOT));
    this.issuesById = index(site.issues(), Issue::id);
    this.boards = index(site.boards(), Board::id);
    this.sprints = index(site.sprints(), Sprint::id);
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new HashMap<>();
    for (V value : values) {
      if (map.put(key.apply(value), value) != null) {
        throw new IllegalArgumentException("duplicate id " + key.apply(value) + " in the dataset");
      }
    }
    return Map.copyOf(map);
  }

  /** @return the indexed site */
  public Site site() {
    return site;
  }

  /** @return the site's current date (UTC) */
  public LocalDate today() {
    return site.now().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * @param accountId an account id
   * @return the user, if any
   */
  public Optional<User> user(String accountId) {
    return Optional.ofNullable(accountId).map(usersById::get);
  }

  /**
   * Finds the user a login names: e-mail, Data Center name or key, or account id (case-insensitive).
   *
   * @param login what the client sent
   * @return the user, if any
   */
  public Optional<User> userByLogin(String login) {
    return site.users().stream()
        .filter(u -> login.equalsIgnoreCase(u.email()) || login.equalsIgnoreCase(u.name())
            || login.equalsIgnoreCase(u.key()) || login.equals(u.accountId()))
        .findFirst();
  }

  /**
   * @param name a group name (case-insensitive, as in Jira)
   * @return the group, if any
   */
  public Optional<Group> groupByName(String name) {
    return Optional.ofNullable(groupsByName.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * @param groupId a Cloud group id
   * @return the group, if any
   */
  public Optional<Group> groupById(String groupId) {
    return Optional.ofNullable(groupsById.get(groupId));
  }

  /**
   * @param keyOrId a project key (case-insensitive) or id
   * @return the project, if any
   */
  public Optional<Project> project(String keyOrId) {
    Project byKey = projectsByKey.get(keyOrId.toUpperCase(Locale.ROOT));
    if (byKey != null) {
      return Optional.of(byKey);
    }
    return site.projects().stream().filter(p -> p.id().equals(keyOrId)).findFirst();
  }

  /**
   * @param keyOrId an issue key (case-insensitive) or id
   * @return the issue, if any, whether or not a given user may see it
   */
  public Optional<Issue> issue(String keyOrId) {
    Issue byKey = issuesByKey.get(keyOrId.toUpperCase(Locale.ROOT));
    return byKey != null ? Optional.of(byKey) : Optional.ofNullable(issuesById.get(keyOrId));
  }

  /**
   * @param id a board id
   * @return the board, if any
   */
  public Optional<Board> board(long id) {
    return Optional.ofNullable(boards.get(id));
  }

  /**
   * @param id a sprint id
   * @return the sprint, if any
   */
  public Optional<Sprint> sprint(long id) {
    return Optional.ofNullable(sprints.get(id));
  }

  /**
   * @param id a status id
   * @return the status
   */
  public Status status(String id) {
    return find(site.statuses(), s -> s.id().equals(id), "status " + id);
  }

  /**
   * @param id an issue type id
   * @return the issue type
   */
  public IssueType issueType(String id) {
    return find(site.issueTypes(), t -> t.id().equals(id), "issue type " + id);
  }

  /**
   * @param id a priority id
   * @return the priority
   */
  public Priority priority(String id) {
    return find(site.priorities(), p -> p.id().equals(id), "priority " + id);
  }

  /**
   * @param id a resolution id
   * @return the resolution
   */
  public Resolution resolution(String id) {
    return find(site.resolutions(), r -> r.id().equals(id), "resolution " + id);
  }

  /**
   * @param id a link type id
   * @return the link type
   */
  public LinkType linkType(String id) {
    return find(site.linkTypes(), t -> t.id().equals(id), "link type " + id);
  }

  private static <T> T find(List<T> values, java.util.function.Predicate<T> test, String what) {
    return values.stream().filter(test).findFirst()
        .orElseThrow(() -> new IllegalStateException("the dataset refers to an unknown " + what));
  }

  /**
   * @param user a user
   * @param groupName a group name
   * @return whether the user is a member of the group
   */
  public boolean inGroup(User user, String groupName) {
    return groupByName(groupName).map(g -> g.memberIds().contains(user.accountId())).orElse(false);
  }

  /**
   * @param user a user
   * @return the groups the user belongs to, sorted by name
   */
  public List<Group> groupsOf(User user) {
    return site.groups().stream().filter(g -> g.memberIds().contains(user.accountId()))
        .sorted(Comparator.comparing(Group::name)).collect(Collectors.toList());
  }

  /**
   * @param user a user
   * @param project a project
   * @param roleName a role name
   * @return whether the user is an actor of the role, directly or through a group
   */
  public boolean inRole(User user, Project project, String roleName) {
    return project.roles().stream()
        .filter(r -> r.name().equalsIgnoreCase(roleName))
        .anyMatch(r -> r.userActorIds().contains(user.accountId())
            || r.groupActorNames().stream().anyMatch(g -> inGroup(user, g)));
  }

  /**
   * @param viewer the authenticated user
   * @param project the project the comment or worklog is in
   * @param visibility a restriction, or {@code null}
   * @return whether the viewer may see what carries the restriction
   */
  public boolean canSee(User viewer, Project project, Visibility visibility) {
    if (visibility == null) {
      return true;
    }
    return "group".equals(visibility.type())
        ? inGroup(viewer, visibility.value())
        : inRole(viewer, project, visibility.value());
  }

  /**
   * @param viewer the authenticated user
   * @param issue an issue
   * @return whether the viewer may see the issue (its security level allows it)
   */
  public boolean canSee(User viewer, Issue issue) {
    if (issue.securityLevelId() == null) {
      return true;
    }
    Project project = projectOf(issue);
    SecurityLevel level = securityLevel(project, issue.securityLevelId());
    return level.roleNames().stream().anyMatch(r -> inRole(viewer, project, r))
        || level.groupNames().stream().anyMatch(g -> inGroup(viewer, g))
        || level.userIds().contains(viewer.accountId())
        || level.reporter() && viewer.accountId().equals(issue.reporterId())
        || level.assignee() && viewer.accountId().equals(issue.assigneeId());
  }

  /**
   * Whether a user has Jira's global permission <em>Administer Jira</em>, which the sandbox grants, as a new Cloud
   * site does, to the members of the {@value #ADMIN_GROUP} group.
   *
   * @param user a user
   * @return whether the user administers the site
   */
  public boolean administers(User user) {
    return inGroup(user, ADMIN_GROUP);
  }

  /**
   * @param issue an issue
   * @return its project
   */
  public Project projectOf(Issue issue) {
    return project(issue.projectKey())
        .orElseThrow(() -> new IllegalStateException("the dataset refers to an unknown project " + issue.projectKey()));
  }

  /**
   * @param project a project
   * @param id a security level id
   * @return the level
   */
  public SecurityLevel securityLevel(Project project, String id) {
    return find(project.securityLevels(), l -> l.id().equals(id), "security level " + id);
  }

  /**
   * @param issue an issue
   * @return the links the issue takes part in, as source or destination, in link id order
   */
  public List<IssueLink> linksOf(Issue issue) {
    return site.links().stream()
        .filter(l -> l.sourceKey().equals(issue.key()) || l.destinationKey().equals(issue.key()))
        .collect(Collectors.toList());
  }
}
