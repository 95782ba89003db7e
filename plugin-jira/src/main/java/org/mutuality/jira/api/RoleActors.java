package org.mutuality.jira.api;

import java.util.ArrayList;
import java.util.List;
import org.mutuality.jira.http.JiraException;

/**
 * A project role's actors, read one way for every reader (the audit's read, {@code init}'s survey, {@code decode}):
 * a user by Cloud's {@code actorUser.accountId} or Data Center's login {@code name}; a group by
 * {@code actorGroup.name} (Cloud, with its {@code groupId}), else {@code name}, else {@code displayName}. And the two
 * look-ups that turn actors into people: a group's active members (by id on Cloud when known, else by name) and a
 * user actor's account.
 */
public final class RoleActors {
  private RoleActors() {}

  /** A role actor. */
  public sealed interface Actor permits UserActor, GroupActor {
  }

  /**
   * A user holding a role.
   *
   * @param accountId Cloud's account id, or {@code null}
   * @param login Data Center's login name, or {@code null}
   * @param displayName the name shown
   */
  public record UserActor(String accountId, String login, String displayName) implements Actor {
    /** The person id the actor names: the account id, else the login; {@code null} when it names neither. */
    public String id() {
      return accountId != null ? accountId : login;
    }
  }

  /**
   * A group whose members hold a role.
   *
   * @param name the group's name, or {@code null} when the actor names none
   * @param groupId Cloud's group id, or {@code null}
   */
  public record GroupActor(String name, String groupId) implements Actor {
  }

  /** The role's actors in Jira's order; none when the role has no actors (or is absent). */
  public static List<Actor> of(ProjectJson.Role role) {
    if (role == null || role.actors() == null) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>(role.actors().size());
    for (ProjectJson.Actor actor : role.actors()) {
      if (actor == null) {
        continue;
      }
      if (actor.isGroup()) {
        ProjectJson.ActorGroup group = actor.actorGroup();
        String name = present(group == null ? null : group.name()) ? group.name()
            : present(actor.name()) ? actor.name() : present(actor.displayName()) ? actor.displayName() : null;
        out.add(new GroupActor(name, group == null || !present(group.groupId()) ? null : group.groupId()));
      } else {
        String accountId = actor.actorUser() == null || !present(actor.actorUser().accountId()) ? null
            : actor.actorUser().accountId();
        out.add(new UserActor(accountId, accountId == null && present(actor.name()) ? actor.name() : null,
            actor.displayName()));
      }
    }
    return out;
  }

  /** The id of a role: the last segment of its URL as {@code GET /project/{key}/role} lists it. */
  public static String roleId(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** The role's own name, else the name it was listed under. */
  public static String name(ProjectJson.Role role, String listedAs) {
    return role == null || role.name() == null ? listedAs : role.name();
  }

  /** The active members of a group actor: by {@code groupId} on Cloud when known, else by name. */
  public static List<UserJson> members(UserResource users, GroupActor group) throws JiraException {
    return users.groupMembers(group.name(), group.groupId());
  }

  /** A user actor's account (e-mail when visible, account type): by account id (Cloud), else by login. */
  public static UserJson account(UserResource users, UserActor user) throws JiraException {
    return user.accountId() != null ? users.byAccountId(user.accountId()) : users.byName(user.login());
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
