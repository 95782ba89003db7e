package org.mutuality.jira.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Projects, their versions, roles and avatars; boards and sprints of the agile API. */
public final class ProjectJson {
  private ProjectJson() {}

  /**
   * {@code GET /rest/api/{v}/project/{key}}.
   *
   * @param id the id
   * @param key the key
   * @param name the name
   * @param description the description, plain text (may be empty or absent)
   * @param lead the lead
   * @param avatarUrls the avatar URLs by size
   * @param versions the versions
   * @param components the components (the spec shows them with their leads; {@code /components} is read for them)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Project(String id, String key, String name, String description, UserJson lead,
      Map<String, String> avatarUrls, List<Version> versions, List<Component> components) {
  }

  /**
   * A component ({@code ProjectComponent}), as {@code GET /rest/api/{v}/project/{key}/components} lists it.
   *
   * @param id the id
   * @param name the name issues refer to it by
   * @param lead the component's lead, absent when it has none
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Component(String id, String name, UserJson lead) {
  }

  /**
   * A version (a milestone).
   *
   * @param id the id
   * @param name the name
   * @param released whether it was released
   * @param archived whether it was archived
   * @param releaseDate {@code yyyy-MM-dd}, or epoch milliseconds in one of the spec's examples
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Version(String id, String name, Boolean released, Boolean archived, JsonNode releaseDate) {
  }

  /**
   * {@code GET /rest/api/{v}/project/{key}/role/{id}}.
   *
   * @param id the role id
   * @param name the role name
   * @param actors who holds it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Role(Long id, String name, List<Actor> actors) {
  }

  /**
   * A role actor: a user or a group.
   *
   * @param id the actor id
   * @param displayName the user's or group's name
   * @param type {@code atlassian-user-role-actor} or {@code atlassian-group-role-actor}
   * @param name Data Center: the user name or group name (deprecated on Cloud)
   * @param actorUser Cloud: the user
   * @param actorGroup Cloud: the group
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Actor(Long id, String displayName, String type, String name, ActorUser actorUser,
      ActorGroup actorGroup) {
    public boolean isGroup() {
      return "atlassian-group-role-actor".equals(type);
    }
  }

  /**
   * A role actor's user (Cloud).
   *
   * @param accountId the account id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ActorUser(String accountId) {
  }

  /**
   * A role actor's group (Cloud).
   *
   * @param name the group name
   * @param displayName its display name
   * @param groupId the group id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ActorGroup(String name, String displayName, String groupId) {
  }

  /**
   * {@code GET /rest/api/{v}/project/{key}/avatars}.
   *
   * @param system the built-in avatars
   * @param custom the uploaded ones
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Avatars(List<Avatar> system, List<Avatar> custom) {
  }

  /**
   * One avatar.
   *
   * @param id the id
   * @param isSystemAvatar whether it is built in
   * @param isSelected whether the project shows it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Avatar(String id, Boolean isSystemAvatar, Boolean isSelected) {
  }

  /**
   * An agile board.
   *
   * @param id the id
   * @param name the name
   * @param type {@code scrum}, {@code kanban} or {@code simple}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Board(Long id, String name, String type) {
  }

  /**
   * A sprint.
   *
   * @param id the id
   * @param name the name
   * @param state {@code future}, {@code active} or {@code closed}
   * @param startDate planned start, absent on future sprints
   * @param endDate planned end
   * @param completeDate when it was closed
   * @param goal the goal, absent when none
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Sprint(Long id, String name, String state, String startDate, String endDate, String completeDate,
      String goal) {
  }

  /**
   * The agile and Cloud {@code PageBean} shape: {@code startAt}, {@code maxResults}, {@code total},
   * {@code isLast}, {@code values}.
   *
   * @param startAt the offset
   * @param maxResults the page size
   * @param total how many in all (may be absent)
   * @param isLast whether this is the last page
   * @param values this page
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ValuesPage<T>(Integer startAt, Integer maxResults, Integer total, Boolean isLast, List<T> values) {
  }
}
