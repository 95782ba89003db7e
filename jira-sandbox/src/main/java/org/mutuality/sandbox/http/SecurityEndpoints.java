package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.site.Group;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.ProjectRole;
import org.mutuality.sandbox.site.SecurityLevel;
import org.mutuality.sandbox.site.User;

/**
 * Cloud's {@code GET /rest/api/{v}/issuesecurityschemes/level/member} ({@code getSecurityLevelMembers}): who may see
 * the issues of a security level, as holders ({@code projectRole}, {@code group}, {@code user}, {@code reporter},
 * {@code assignee}). It needs <em>Administer Jira</em> (403 otherwise). Data Center has no such endpoint (its REST
 * API lists schemes and levels, not their members), so the route is Cloud's only and Data Center answers 404.
 *
 * <p>Each project has its own scheme, numbered like the project; a member's id is its level's id followed by its
 * position. Filters are inclusive, as the spec says: a member matches when its id, its scheme or its level is
 * listed; no filter lists every member. Paged by {@code startAt}/{@code maxResults} (default 50, at most 100).
 */
final class SecurityEndpoints {
  static final String FORBIDDEN = "You are not authorized to perform this action. Administrator privileges are "
      + "required.";

  private SecurityEndpoints() {
  }

  static void register(Router router) {
    router.add("GET", "/rest/api/{v}/issuesecurityschemes/level/member", Set.of(Flavor.CLOUD),
        Router.Access.AUTHENTICATED, SecurityEndpoints::members);
  }

  /** One holder of one level, before rendering. */
  private record Member(String id, Project project, SecurityLevel level, String type, Object holder) {
  }

  private static Reply members(Call call) {
    if (!call.site().administers(call.viewer())) {
      throw ApiError.of(403, FORBIDDEN);
    }
    List<String> ids = call.listParam("id");
    List<String> schemes = call.listParam("schemeId");
    List<String> levels = call.listParam("levelId");
    Set<String> expand = Set.copyOf(call.listParam("expand"));
    boolean all = expand.contains("all");
    List<Member> matches = new ArrayList<>();
    for (Project project : call.site().site().projects()) {
      for (SecurityLevel level : project.securityLevels()) {
        for (Member m : members(call, project, level)) {
          boolean unfiltered = ids.isEmpty() && schemes.isEmpty() && levels.isEmpty();
          if (unfiltered || ids.contains(m.id()) || schemes.contains(project.id()) || levels.contains(level.id())) {
            matches.add(m);
          }
        }
      }
    }
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 50, 100);
    ArrayNode values = Json.array();
    for (Member m : Pages.slice(matches, startAt, max)) {
      ObjectNode node = values.addObject();
      node.put("id", m.id());
      node.put("issueSecurityLevelId", m.level().id());
      node.put("issueSecuritySchemeId", m.project().id());
      node.set("holder", holder(call, m, all || expand.contains(m.type())));
    }
    StringBuilder self = new StringBuilder(call.api("/issuesecurityschemes/level/member"));
    char separator = '?';
    for (String level : levels) {
      self.append(separator).append("levelId=").append(UserJson.encode(level));
      separator = '&';
    }
    return Reply.ok(Pages.pageBean(self.toString(), startAt, max, matches.size(), values));
  }

  /** A level's holders in Jira's order of kinds: roles, groups, users, then reporter and assignee. */
  private static List<Member> members(Call call, Project project, SecurityLevel level) {
    List<Member> out = new ArrayList<>();
    long next = Long.parseLong(level.id()) * 10;
    for (String roleName : level.roleNames()) {
      ProjectRole role = project.roles().stream().filter(r -> r.name().equalsIgnoreCase(roleName)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no role " + roleName + " in " + project.key()));
      out.add(new Member(String.valueOf(next++), project, level, "projectRole", role));
    }
    for (String groupName : level.groupNames()) {
      Group group = call.site().groupByName(groupName).orElseThrow();
      out.add(new Member(String.valueOf(next++), project, level, "group", group));
    }
    for (String userId : level.userIds()) {
      out.add(new Member(String.valueOf(next++), project, level, "user", call.site().user(userId).orElseThrow()));
    }
    if (level.reporter()) {
      out.add(new Member(String.valueOf(next++), project, level, "reporter", null));
    }
    if (level.assignee()) {
      out.add(new Member(String.valueOf(next++), project, level, "assignee", null));
    }
    return out;
  }

  /**
   * The {@code holder}: {@code type}, and for roles, groups and users {@code parameter} and {@code value} (the role
   * id; the group's name and id; the account id) with {@code expand} naming what may be expanded, and the expanded
   * object when asked for ({@code expand=projectRole|group|user|all}).
   */
  private static ObjectNode holder(Call call, Member m, boolean expanded) {
    ObjectNode node = Json.object();
    switch (m.type()) {
      case "projectRole" -> {
        ProjectRole role = (ProjectRole) m.holder();
        node.put("expand", "projectRole");
        node.put("type", "projectRole");
        node.put("parameter", String.valueOf(role.id()));
        node.put("value", String.valueOf(role.id()));
        if (expanded) {
          ObjectNode r = node.putObject("projectRole");
          r.put("self", ProjectJson.roleUrl(call, m.project(), role));
          r.put("name", role.name());
          r.put("id", role.id());
          r.put("description", role.description());
        }
      }
      case "group" -> {
        Group group = (Group) m.holder();
        node.put("expand", "group");
        node.put("type", "group");
        node.put("parameter", group.name());
        node.put("value", group.groupId());
        if (expanded) {
          ObjectNode g = node.putObject("group");
          g.put("name", group.name());
          g.put("groupId", group.groupId());
          g.put("self", call.api("/group?groupId=" + group.groupId()));
        }
      }
      case "user" -> {
        User user = (User) m.holder();
        node.put("expand", "user");
        node.put("type", "user");
        node.put("parameter", user.accountId());
        node.put("value", user.accountId());
        if (expanded) {
          node.set("user", UserJson.user(call, user));
        }
      }
      default -> node.put("type", m.type());
    }
    return node;
  }
}
