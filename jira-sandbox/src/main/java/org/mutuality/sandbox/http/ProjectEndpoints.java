package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.site.Avatar;
import org.mutuality.sandbox.site.Group;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.ProjectRole;
import org.mutuality.sandbox.site.User;
import org.mutuality.sandbox.site.Version;

/**
 * Projects ({@code /project}, Cloud {@code /project/search}, one project), their components, versions, roles
 * and avatars, and group members (Cloud by {@code groupId} or {@code groupname}, Data Center by name).
 */
final class ProjectEndpoints {
  private static final Set<Flavor> CLOUD = Set.of(Flavor.CLOUD);

  private ProjectEndpoints() {
  }

  static void register(Router router) {
    router.get("/rest/api/{v}/project", ProjectEndpoints::list);
    router.add("GET", "/rest/api/{v}/project/search", CLOUD, Router.Access.AUTHENTICATED, ProjectEndpoints::search);
    router.get("/rest/api/{v}/project/{key}", call -> Reply.ok(ProjectJson.full(call, project(call))));
    router.get("/rest/api/{v}/project/{key}/components", ProjectEndpoints::components);
    router.get("/rest/api/{v}/project/{key}/versions", ProjectEndpoints::versions);
    router.get("/rest/api/{v}/project/{key}/version", ProjectEndpoints::versionPage);
    router.get("/rest/api/{v}/project/{key}/role", ProjectEndpoints::roles);
    router.get("/rest/api/{v}/project/{key}/role/{id}", ProjectEndpoints::role);
    router.get("/rest/api/{v}/project/{key}/avatars", ProjectEndpoints::avatars);
    router.get("/rest/api/{v}/group/member", ProjectEndpoints::groupMembers);
  }

  static Project project(Call call) {
    String key = call.path("key");
    return call.site().project(key).orElseThrow(() -> ApiError.projectNotFound(key));
  }

  private static Reply list(Call call) {
    ArrayNode out = Json.array();
    call.site().site().projects().stream().sorted(Comparator.comparing(Project::key))
        .forEach(p -> out.add(ProjectJson.listed(call, p)));
    return Reply.ok(out);
  }

  private static Reply search(Call call) {
    List<String> keys = call.listParam("keys");
    String query = call.param("query");
    List<Project> matches = call.site().site().projects().stream()
        .filter(p -> keys.isEmpty() || keys.stream().anyMatch(k -> k.equalsIgnoreCase(p.key())))
        .filter(p -> query == null || p.key().equalsIgnoreCase(query)
            || p.name().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
        .sorted(Comparator.comparing(Project::key))
        .collect(Collectors.toList());
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 50, 100);
    ArrayNode values = Json.array();
    Pages.slice(matches, startAt, max).forEach(p -> values.add(ProjectJson.listed(call, p)));
    return Reply.ok(Pages.pageBean(call.api("/project/search"), startAt, max, matches.size(), values));
  }

  private static Reply components(Call call) {
    Project project = project(call);
    ArrayNode out = Json.array();
    project.components().forEach(c -> out.add(ProjectJson.component(call, project, c)));
    return Reply.ok(out);
  }

  private static Reply versions(Call call) {
    Project project = project(call);
    ArrayNode out = Json.array();
    project.versions().forEach(v -> out.add(ProjectJson.version(call, project, v)));
    return Reply.ok(out);
  }

  /** The paginated form; {@code status} filters by released, unreleased, archived. */
  private static Reply versionPage(Call call) {
    Project project = project(call);
    List<String> status = call.listParam("status");
    List<Version> matches = project.versions().stream()
        .filter(v -> status.isEmpty()
            || status.contains("released") && v.released() && !v.archived()
            || status.contains("unreleased") && !v.released() && !v.archived()
            || status.contains("archived") && v.archived())
        .collect(Collectors.toList());
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 50, 50);
    ArrayNode values = Json.array();
    Pages.slice(matches, startAt, max).forEach(v -> values.add(ProjectJson.version(call, project, v)));
    return Reply.ok(Pages.pageBean(call.api("/project/" + project.key() + "/version"), startAt, max,
        matches.size(), values));
  }

  private static Reply roles(Call call) {
    Project project = project(call);
    ObjectNode out = Json.object();
    project.roles().forEach(r -> out.put(r.name(), ProjectJson.roleUrl(call, project, r)));
    return Reply.ok(out);
  }

  private static Reply role(Call call) {
    Project project = project(call);
    String id = call.path("id");
    ProjectRole role = project.roles().stream().filter(r -> String.valueOf(r.id()).equals(id)).findFirst()
        .orElseThrow(() -> ApiError.notFound("Can not retrieve a role actor for a null project role."));
    return Reply.ok(ProjectJson.role(call, project, role));
  }

  private static Reply avatars(Call call) {
    Project project = project(call);
    ObjectNode out = Json.object();
    ArrayNode system = out.putArray("system");
    ArrayNode custom = out.putArray("custom");
    for (Avatar avatar : project.avatars()) {
      (avatar.system() ? system : custom).add(ProjectJson.avatar(call, project, avatar));
    }
    return Reply.ok(out);
  }

  /** Members ordered by login name; inactive users only with {@code includeInactiveUsers=true}. */
  private static Reply groupMembers(Call call) {
    String groupId = call.param("groupId");
    String groupName = call.param("groupname");
    Group group;
    if (call.cloud() && groupId != null && groupName != null) {
      throw ApiError.badRequest("Only one of 'groupId' and 'groupname' can be specified.");
    }
    if (call.cloud() && groupId != null) {
      group = call.site().groupById(groupId).orElseThrow(() -> ApiError.notFound("Specified group does not exist."));
    } else if (groupName != null) {
      group = call.site().groupByName(groupName)
          .orElseThrow(() -> ApiError.notFound(call.cloud() ? "Specified group does not exist."
              : "The group '" + groupName + "' does not exist."));
    } else {
      throw ApiError.badRequest(call.cloud() ? "Either 'groupId' or 'groupname' must be specified."
          : "The 'groupname' parameter is required.");
    }
    boolean inactive = call.boolParam("includeInactiveUsers", false);
    List<User> members = group.memberIds().stream()
        .map(id -> call.site().user(id).orElseThrow())
        .filter(u -> inactive || u.active())
        .sorted(Comparator.comparing(User::name))
        .collect(Collectors.toList());
    int startAt = Pages.startAt(call);
    int max = Pages.maxResults(call, 50, call.limits().groupMemberMaxResults());
    ArrayNode values = Json.array();
    Pages.slice(members, startAt, max).forEach(u -> values.add(UserJson.user(call, u)));
    String self = call.cloud()
        ? call.api("/group/member?groupId=" + group.groupId() + "&includeInactiveUsers=" + inactive)
        : call.api("/group/member?groupname=" + UserJson.encode(group.name()) + "&includeInactiveUsers=" + inactive);
    return Reply.ok(Pages.pageBean(self, startAt, max, members.size(), values));
  }
}
