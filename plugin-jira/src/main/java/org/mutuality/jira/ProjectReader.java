package org.mutuality.jira;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutuality.jira.api.JiraApi;
import org.mutuality.jira.api.ProjectJson;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.mapping.JiraTimes;
import org.mutuality.jira.mapping.People;
import org.mutuality.model.AccessGrant;
import org.mutuality.model.AccessKind;
import org.mutuality.model.DataArea;
import org.mutuality.model.Iteration;
import org.mutuality.model.IterationState;
import org.mutuality.model.Milestone;
import org.mutuality.model.Partnership;
import org.mutuality.jira.mapping.RichText;

/**
 * The projects of the scope: description, lead, avatar (system or custom), versions, roles with their actors,
 * the members of group actors and of other groups that matter, and the sprints of their scrum boards.
 */
final class ProjectReader {
  /** A group to resolve: its name, and Cloud's id when known. */
  record GroupRef(String name, String groupId) {
  }

  private final JiraApi api;
  private final Gaps gaps;
  private final People people;
  final List<Milestone> milestones = new ArrayList<>();
  final Map<Long, Iteration> iterations = new LinkedHashMap<>();
  final Set<AccessGrant> grants = new LinkedHashSet<>();
  private final Map<String, GroupRef> groups = new LinkedHashMap<>();
  private final Map<String, List<String>> roleGroups = new LinkedHashMap<>();

  ProjectReader(JiraApi api, Gaps gaps, People people) {
    this.api = api;
    this.gaps = gaps;
    this.people = people;
  }

  /** Reads the projects; the partnership is the first project's, named after all of them. */
  Partnership read(List<String> keys) throws JiraException {
    Partnership first = null;
    List<String> names = new ArrayList<>();
    for (String key : keys) {
      ProjectJson.Project project = gaps.tolerate(DataArea.PROJECT, () -> api.projects().project(key), null);
      boolean customLogo = avatar(key);
      roles(key);
      sprints(key);
      if (project == null) {
        names.add(key);
        first = first != null ? first : new Partnership(key, key, "", customLogo, null);
        continue;
      }
      names.add(project.name() == null ? key : project.name());
      if (project.versions() != null) {
        project.versions().forEach(v -> milestones.add(new Milestone(v.id(), v.name(), JiraTimes.date(v.releaseDate()),
            Boolean.TRUE.equals(v.released()))));
      }
      if (first == null) {
        first = new Partnership(key, project.name(), RichText.fromWiki(project.description() == null ? ""
            : project.description()), customLogo, people.see(project.lead()));
      }
    }
    if (keys.size() == 1) {
      return first;
    }
    return new Partnership(String.join("+", keys), String.join(" + ", names), first.description(),
        first.customLogo(), first.leadId());
  }

  /** Whether the selected avatar is a custom one; a gap when the avatars cannot be read. */
  private boolean avatar(String key) throws JiraException {
    ProjectJson.Avatars avatars = gaps.tolerate(DataArea.AVATAR, () -> api.projects().avatars(key), null);
    if (avatars == null) {
      return false;
    }
    boolean customSelected = avatars.custom() != null
        && avatars.custom().stream().anyMatch(a -> Boolean.TRUE.equals(a.isSelected()));
    boolean systemSelected = avatars.system() != null
        && avatars.system().stream().anyMatch(a -> Boolean.TRUE.equals(a.isSelected()));
    if (!customSelected && !systemSelected) {
      gaps.add(DataArea.AVATAR, "no avatar of project " + key + " is marked selected");
    }
    return customSelected;
  }

  private void roles(String key) throws JiraException {
    Map<String, String> roles = gaps.tolerate(DataArea.ROLES, () -> api.projects().roles(key), null);
    if (roles == null) {
      return;
    }
    for (Map.Entry<String, String> entry : roles.entrySet()) {
      String url = entry.getValue();
      String roleId = url.substring(url.lastIndexOf('/') + 1);
      ProjectJson.Role role = gaps.tolerate(DataArea.ROLES, () -> api.projects().role(key, roleId), null);
      if (role == null || role.actors() == null) {
        continue;
      }
      String roleName = role.name() == null ? entry.getKey() : role.name();
      for (ProjectJson.Actor actor : role.actors()) {
        if (actor.isGroup()) {
          String group = actor.actorGroup() != null && actor.actorGroup().name() != null ? actor.actorGroup().name()
              : actor.name() != null ? actor.name() : actor.displayName();
          groups.putIfAbsent(group, new GroupRef(group, actor.actorGroup() == null ? null
              : actor.actorGroup().groupId()));
          roleGroups.computeIfAbsent(group, g -> new ArrayList<>()).add(roleName);
        } else {
          userActor(actor).ifPresent(id -> grants.add(new AccessGrant(id, AccessKind.ROLE, roleName)));
        }
      }
    }
  }

  private Optional<String> userActor(ProjectJson.Actor actor) throws JiraException {
    if (actor.actorUser() != null && actor.actorUser().accountId() != null) {
      return Optional.of(people.seeId(actor.actorUser().accountId(), actor.displayName()));
    }
    String name = actor.name();
    if (name == null) {
      return Optional.empty();
    }
    Optional<String> known = people.idOfName(name);
    if (known.isPresent()) {
      return known;
    }
    var user = gaps.tolerate(DataArea.USERS, () -> api.users().byName(name), null);
    return Optional.ofNullable(user == null ? people.seeId(name, actor.displayName()) : people.see(user));
  }

  /** Notes a group whose members matter (a restriction, the partner mapping). */
  void needGroup(String name) {
    groups.putIfAbsent(name, new GroupRef(name, null));
  }

  /** Reads the members of every group that matters: group and role grants, and the members' groups. */
  void resolveGroups() throws JiraException {
    for (GroupRef group : groups.values()) {
      var members = gaps.tolerate(DataArea.GROUPS, () -> api.users().groupMembers(group.name(), group.groupId()),
          null);
      if (members == null) {
        continue;
      }
      for (var user : members) {
        String id = people.see(user);
        if (id == null) {
          continue;
        }
        people.inGroup(id, group.name());
        grants.add(new AccessGrant(id, AccessKind.GROUP, group.name()));
        for (String role : roleGroups.getOrDefault(group.name(), List.of())) {
          grants.add(new AccessGrant(id, AccessKind.ROLE, role));
        }
      }
    }
  }

  private void sprints(String key) throws JiraException {
    List<ProjectJson.Board> boards = gaps.tolerate(DataArea.SPRINTS, () -> api.agile().boards(key), null);
    if (boards == null) {
      return;
    }
    for (ProjectJson.Board board : boards) {
      if (board.id() == null) {
        continue;
      }
      List<ProjectJson.Sprint> sprints;
      try {
        sprints = api.agile().sprints(board.id());
      } catch (JiraException e) {
        if (e.status() != 400) {
          sprints = gaps.tolerate(DataArea.SPRINTS, () -> { throw e; }, List.of());
        } else {
          // Only scrum boards are listed, so a 400 is not "a board without sprints": its sprints are unseen.
          gaps.add(DataArea.SPRINTS, e.getMessage());
          sprints = List.of();
        }
      }
      sprints.forEach(this::addSprint);
    }
  }

  /** Adds a sprint unless known (board sprints first; sprints only issue fields show, after). */
  void addSprint(ProjectJson.Sprint s) {
    if (s.id() == null || iterations.containsKey(s.id())) {
      return;
    }
    iterations.put(s.id(), new Iteration(String.valueOf(s.id()), s.name(), state(s.state()),
        JiraTimes.instant(s.startDate()), JiraTimes.instant(s.endDate()), JiraTimes.instant(s.completeDate()),
        s.goal()));
  }

  private static IterationState state(String state) {
    String s = state == null ? "" : state.toLowerCase(Locale.ROOT);
    return switch (s) {
      case "active" -> IterationState.ACTIVE;
      case "closed" -> IterationState.CLOSED;
      default -> IterationState.FUTURE;
    };
  }
}
