package org.mutuality.jira;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutuality.jira.api.JiraApi;
import org.mutuality.jira.api.ProjectJson;
import org.mutuality.jira.api.RoleActors;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.mapping.JiraTimes;
import org.mutuality.jira.mapping.People;
import org.mutuality.jira.mapping.RichText;
import org.mutuality.model.AccessGrant;
import org.mutuality.model.AccessKind;
import org.mutuality.model.DataArea;
import org.mutuality.model.Iteration;
import org.mutuality.model.IterationState;
import org.mutuality.model.Milestone;
import org.mutuality.model.Partnership;
import org.mutuality.model.WorkPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projects of the scope: description, lead, avatar (system or custom), components with their leads, versions,
 * roles with their actors, the members of group actors and of other groups that matter, and the sprints of their
 * scrum boards.
 */
final class ProjectReader {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectReader.class);

  /**
   * What one project shows of itself.
   *
   * @param key its key
   * @param name its name (the key when it could not be read)
   * @param description its description as plain text, empty when none
   * @param customLogo whether it shows a custom avatar
   * @param leadId its lead's person id, or {@code null}
   */
  record Shown(String key, String name, String description, boolean customLogo, String leadId) {
  }

  private final JiraApi api;
  private final Gaps gaps;
  private final People people;
  final List<Milestone> milestones = new ArrayList<>();
  final Map<Long, Iteration> iterations = new LinkedHashMap<>();
  final Set<AccessGrant> grants = new LinkedHashSet<>();
  final List<WorkPackage> workPackages = new ArrayList<>();
  /** Role names by role id (the last segment of a role's URL), for holders that name a role by id. */
  final Map<String, String> roleNames = new LinkedHashMap<>();
  /** The projects' leads (person ids), for the {@code projectLead} holder of security levels. */
  final Set<String> leads = new LinkedHashSet<>();
  private final Map<String, RoleActors.GroupActor> groups = new LinkedHashMap<>();
  private final Map<String, List<String>> roleGroups = new LinkedHashMap<>();

  ProjectReader(JiraApi api, Gaps gaps, People people) {
    this.api = api;
    this.gaps = gaps;
    this.people = people;
  }

  /** Reads the projects; the partnership is what they show together ({@link #partnership}). */
  Partnership read(List<String> keys) throws JiraException {
    List<Shown> shown = new ArrayList<>();
    for (String key : keys) {
      ProjectJson.Project project = gaps.tolerate(DataArea.PROJECT, () -> api.projects().project(key), null);
      boolean customLogo = avatar(key);
      components(key, project);
      roles(key);
      sprints(key);
      if (project == null) {
        shown.add(new Shown(key, key, "", customLogo, null));
        continue;
      }
      if (project.versions() != null) {
        project.versions().forEach(v -> milestones.add(new Milestone(v.id(), v.name(), JiraTimes.date(v.releaseDate()),
            Boolean.TRUE.equals(v.released()))));
      }
      String lead = people.see(project.lead());
      if (lead != null) {
        leads.add(lead);
      }
      shown.add(new Shown(key, project.name() == null ? key : project.name(),
          RichText.fromWiki(project.description() == null ? "" : project.description()), customLogo, lead));
    }
    return partnership(shown);
  }

  /**
   * The partnership several projects show together: one project as it is; several under their keys joined by
   * {@code +} and names joined by {@code  + }, with each project's description labelled by its key (projects
   * without one left out), a custom logo only when every project shows a custom avatar, and the first project's
   * lead (the others' leads are logged, not kept: a partnership has one lead).
   */
  static Partnership partnership(List<Shown> projects) {
    Shown first = projects.get(0);
    if (projects.size() == 1) {
      return new Partnership(first.key(), first.name(), first.description(), first.customLogo(), first.leadId());
    }
    String description = projects.stream().filter(p -> !p.description().isBlank())
        .map(p -> p.key() + ": " + p.description()).collect(Collectors.joining("\n\n"));
    boolean customLogo = projects.stream().allMatch(Shown::customLogo);
    List<String> otherLeads = projects.subList(1, projects.size()).stream()
        .map(p -> p.key() + " " + (p.leadId() == null ? "(none)" : p.leadId())).toList();
    LOG.info("the partnership's lead is {}'s lead ({}); the other projects' leads are not kept: {}", first.key(),
        first.leadId() == null ? "none" : first.leadId(), String.join(", ", otherLeads));
    return new Partnership(projects.stream().map(Shown::key).collect(Collectors.joining("+")),
        projects.stream().map(Shown::name).collect(Collectors.joining(" + ")), description, customLogo,
        first.leadId());
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

  /**
   * The project's components as work packages, with their leads; when {@code /components} is refused, a gap, and
   * the components the project itself shows (with their leads where it shows them).
   */
  private void components(String key, ProjectJson.Project project) throws JiraException {
    List<ProjectJson.Component> components = gaps.tolerate(DataArea.PROJECT, () -> api.projects().components(key),
        null);
    if (components == null) {
      components = project == null || project.components() == null ? List.of() : project.components();
    }
    for (ProjectJson.Component c : components) {
      if (c != null && c.name() != null) {
        workPackages.add(new WorkPackage(c.id(), c.name(), people.see(c.lead())));
      }
    }
  }

  private void roles(String key) throws JiraException {
    Map<String, String> roles = gaps.tolerate(DataArea.ROLES, () -> api.projects().roles(key), null);
    if (roles == null) {
      return;
    }
    for (Map.Entry<String, String> entry : roles.entrySet()) {
      String roleId = RoleActors.roleId(entry.getValue());
      ProjectJson.Role role = gaps.tolerate(DataArea.ROLES, () -> api.projects().role(key, roleId), null);
      String roleName = RoleActors.name(role, entry.getKey());
      if (roleId != null) {
        roleNames.putIfAbsent(roleId, roleName);
      }
      for (RoleActors.Actor actor : RoleActors.of(role)) {
        if (actor instanceof RoleActors.GroupActor group) {
          if (group.name() != null) {
            groups.putIfAbsent(group.name(), group);
            roleGroups.computeIfAbsent(group.name(), g -> new ArrayList<>()).add(roleName);
          }
        } else if (actor instanceof RoleActors.UserActor user) {
          userActor(user).ifPresent(id -> grants.add(new AccessGrant(id, AccessKind.ROLE, roleName)));
        }
      }
    }
  }

  /** A user actor's person id: Cloud's account id; a Data Center login seen on the issues, else looked up. */
  private Optional<String> userActor(RoleActors.UserActor actor) throws JiraException {
    if (actor.accountId() != null) {
      return Optional.of(people.seeId(actor.accountId(), actor.displayName()));
    }
    if (actor.login() == null) {
      return Optional.empty();
    }
    Optional<String> known = people.idOfName(actor.login());
    if (known.isPresent()) {
      return known;
    }
    var user = gaps.tolerate(DataArea.USERS, () -> RoleActors.account(api.users(), actor), null);
    return Optional.ofNullable(user == null ? people.seeId(actor.login(), actor.displayName()) : people.see(user));
  }

  /** Notes a group whose members matter (a restriction, the partner mapping). */
  void needGroup(String name) {
    groups.putIfAbsent(name, new RoleActors.GroupActor(name, null));
  }

  /** Reads the members of every group that matters: group and role grants, and the members' groups. */
  void resolveGroups() throws JiraException {
    for (RoleActors.GroupActor group : groups.values()) {
      var members = gaps.tolerate(DataArea.GROUPS, () -> RoleActors.members(api.users(), group), null);
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
