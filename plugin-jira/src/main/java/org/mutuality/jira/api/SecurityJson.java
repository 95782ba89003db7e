package org.mutuality.jira.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Issue security: who may see the issues of a level, and the account that reads (its groups). */
public final class SecurityJson {
  private SecurityJson() {}

  /**
   * One member of a level, as Cloud's {@code GET /rest/api/3/issuesecurityschemes/level/member} lists it
   * ({@code SecurityLevelMember}).
   *
   * @param id the member's id
   * @param issueSecurityLevelId its level
   * @param issueSecuritySchemeId its scheme
   * @param holder who it is
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LevelMember(String id, String issueSecurityLevelId, String issueSecuritySchemeId, Holder holder) {
  }

  /**
   * A permission holder ({@code PermissionHolder}): its {@code type} ({@code user}, {@code group},
   * {@code projectRole}, {@code reporter}, {@code assignee}, {@code projectLead}, {@code anyone},
   * {@code applicationRole}, {@code groupCustomField}, {@code userCustomField}, …), and by type the user's account
   * id, the group's name ({@code parameter}) and id ({@code value}), or the role's id, with the expanded objects
   * when asked for.
   *
   * @param type the holder type
   * @param parameter a user's account id, a group's name, a role's id, a field's id
   * @param value a user's account id, a group's id, a role's id, a field's id
   * @param user the user, expanded
   * @param group the group, expanded
   * @param projectRole the role, expanded
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Holder(String type, String parameter, String value, UserJson user, GroupRef group,
      RoleRef projectRole) {
  }

  /**
   * A group as holders and {@code /myself} name it.
   *
   * @param name its name
   * @param groupId its id (Cloud)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GroupRef(String name, String groupId) {
  }

  /**
   * A project role as a holder expands it.
   *
   * @param id its id
   * @param name its name
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RoleRef(Long id, String name) {
  }

  /**
   * {@code GET /rest/api/{v}/myself?expand=groups}: the reading account and its groups.
   *
   * @param accountId Cloud's id
   * @param accountType Cloud: {@code atlassian}, {@code app}, …
   * @param key Data Center's key
   * @param name Data Center's login
   * @param displayName the name shown
   * @param emailAddress the e-mail address, when shown
   * @param active whether it is active
   * @param groups its groups ({@code size} and {@code items})
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Myself(String accountId, String accountType, String key, String name, String displayName,
      String emailAddress, Boolean active, Groups groups) {
    /** The account as any user object. */
    public UserJson user() {
      return new UserJson(accountId, accountType, key, name, displayName, emailAddress, active);
    }

    /** The names of its groups ({@code expand=groups}); empty when not listed. */
    public List<String> groupNames() {
      return groups == null || groups.items() == null ? List.of()
          : groups.items().stream().map(GroupRef::name).filter(n -> n != null && !n.isBlank()).toList();
    }
  }

  /**
   * The groups {@code /myself} lists.
   *
   * @param size how many
   * @param items the groups, with {@code expand=groups}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Groups(Integer size, List<GroupRef> items) {
  }
}
