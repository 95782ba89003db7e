package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mutuality.sandbox.site.Avatar;
import org.mutuality.sandbox.site.Component;
import org.mutuality.sandbox.site.Group;
import org.mutuality.sandbox.site.Project;
import org.mutuality.sandbox.site.ProjectRole;
import org.mutuality.sandbox.site.User;
import org.mutuality.sandbox.site.Version;

/** Projects and what hangs off them: components, versions, roles, avatars. */
final class ProjectJson {
  private ProjectJson() {
  }

  /** @return the slim project of issue fields and project lists */
  static ObjectNode ref(Call call, Project project) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/project/" + project.id()));
    node.put("id", project.id());
    node.put("key", project.key());
    node.put("name", project.name());
    node.put("projectTypeKey", "software");
    if (call.cloud()) {
      node.put("simplified", false);
    }
    node.set("avatarUrls", avatarUrls(call, project, project.selectedAvatarId()));
    return node;
  }

  /** @return an element of {@code GET /project} and {@code /project/search} */
  static ObjectNode listed(Call call, Project project) {
    ObjectNode node = Json.object();
    node.put("expand", "description,lead,issueTypes,url,projectKeys,permissions,insight");
    node.setAll(ref(call, project));
    if (call.cloud()) {
      node.put("style", "classic");
      node.put("isPrivate", false);
      node.putObject("properties");
    } else {
      node.put("archived", false);
    }
    return node;
  }

  /** @return {@code GET /project/{key}} */
  static ObjectNode full(Call call, Project project) {
    ObjectNode node = listed(call, project);
    node.put("description", project.description());
    node.set("lead", UserJson.ref(call, project.leadId()));
    ArrayNode components = node.putArray("components");
    project.components().forEach(c -> components.add(component(call, project, c)));
    ArrayNode types = node.putArray("issueTypes");
    project.issueTypeIds().forEach(id -> types.add(IssueJson.issueType(call, call.site().issueType(id))));
    node.put("assigneeType", "UNASSIGNED");
    ArrayNode versions = node.putArray("versions");
    project.versions().forEach(v -> versions.add(version(call, project, v)));
    ObjectNode roles = node.putObject("roles");
    project.roles().forEach(r -> roles.put(r.name(), roleUrl(call, project, r)));
    return node;
  }

  static String roleUrl(Call call, Project project, ProjectRole role) {
    return call.api("/project/" + project.id() + "/role/" + role.id());
  }

  /**
   * Cloud: {@code /rest/api/3/universal_avatar/view/type/project/avatar/{id}?size=…};
   * Data Center: {@code /secure/projectavatar?size=…&pid=…&avatarId=…}.
   */
  static ObjectNode avatarUrls(Call call, Project project, String avatarId) {
    ObjectNode urls = Json.object();
    String[][] sizes = {{"48x48", "large"}, {"24x24", "small"}, {"16x16", "xsmall"}, {"32x32", "medium"}};
    for (String[] size : sizes) {
      urls.put(size[0], call.cloud()
          ? call.base() + "/rest/api/3/universal_avatar/view/type/project/avatar/" + avatarId + "?size=" + size[1]
          : call.base() + "/secure/projectavatar?size=" + size[1] + "&pid=" + project.id() + "&avatarId=" + avatarId);
    }
    return urls;
  }

  static ObjectNode avatar(Call call, Project project, Avatar avatar) {
    ObjectNode node = Json.object();
    node.put("id", avatar.id());
    if (!avatar.system()) {
      node.put("owner", project.id());
    }
    node.put("isSystemAvatar", avatar.system());
    node.put("isSelected", avatar.id().equals(project.selectedAvatarId()));
    node.put("isDeletable", !avatar.system());
    if (avatar.system()) {
      node.put("fileName", avatar.fileName());
    }
    node.set("urls", avatarUrls(call, project, avatar.id()));
    return node;
  }

  static ObjectNode component(Call call, Project project, Component component) {
    ObjectNode node = Json.object();
    node.put("self", call.api("/component/" + component.id()));
    node.put("id", component.id());
    node.put("name", component.name());
    node.put("description", component.description());
    if (component.leadId() != null) {
      User lead = call.site().user(component.leadId()).orElseThrow();
      node.set("lead", UserJson.user(call, lead));
      if (call.cloud()) {
        node.put("leadAccountId", lead.accountId());
      } else {
        node.put("leadUserName", lead.name());
      }
    }
    node.put("assigneeType", "PROJECT_DEFAULT");
    node.put("realAssigneeType", "PROJECT_DEFAULT");
    node.put("isAssigneeTypeValid", false);
    node.put("project", project.key());
    node.put("projectId", Long.parseLong(project.id()));
    return node;
  }

  /** {@code overdue} is present on unreleased versions only, as Jira sends it. */
  static ObjectNode version(Call call, Project project, Version version) {
    ObjectNode node = IssueJson.versionBase(call, version);
    if (version.startDate() != null) {
      node.put("startDate", Formats.date(version.startDate()));
    }
    if (version.releaseDate() != null) {
      node.put("releaseDate", Formats.date(version.releaseDate()));
    }
    if (!version.released()) {
      node.put("overdue", version.overdue(call.site().today()));
    }
    if (version.startDate() != null) {
      node.put("userStartDate", Formats.userDate(version.startDate()));
    }
    if (version.releaseDate() != null) {
      node.put("userReleaseDate", Formats.userDate(version.releaseDate()));
    }
    node.put("projectId", Long.parseLong(project.id()));
    return node;
  }

  /** Actor ids are derived from role and position, stable across runs. */
  static ObjectNode role(Call call, Project project, ProjectRole role) {
    ObjectNode node = Json.object();
    node.put("self", roleUrl(call, project, role));
    node.put("name", role.name());
    node.put("id", role.id());
    node.put("description", role.description());
    ArrayNode actors = node.putArray("actors");
    long actorId = role.id() * 10 + 100000;
    for (String userId : role.userActorIds()) {
      User user = call.site().user(userId).orElseThrow();
      ObjectNode actor = actors.addObject();
      actor.put("id", actorId++);
      actor.put("displayName", user.displayName());
      actor.put("type", "atlassian-user-role-actor");
      if (call.cloud()) {
        actor.putObject("actorUser").put("accountId", user.accountId());
      } else {
        actor.put("name", user.name());
        actor.put("avatarUrl", UserJson.user(call, user).get("avatarUrls").get("16x16").asText());
      }
    }
    for (String groupName : role.groupActorNames()) {
      Group group = call.site().groupByName(groupName).orElseThrow();
      ObjectNode actor = actors.addObject();
      actor.put("id", actorId++);
      actor.put("displayName", group.name());
      actor.put("type", "atlassian-group-role-actor");
      actor.put("name", group.name());
      if (call.cloud()) {
        ObjectNode actorGroup = actor.putObject("actorGroup");
        actorGroup.put("name", group.name());
        actorGroup.put("displayName", group.name());
        actorGroup.put("groupId", group.groupId());
      } else {
        actor.put("avatarUrl", call.base() + "/images/icons/avatars/group.png");
      }
    }
    return node;
  }
}
