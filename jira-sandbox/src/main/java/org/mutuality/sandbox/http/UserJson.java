package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mutuality.sandbox.site.Group;
import org.mutuality.sandbox.site.User;

/** User objects: Cloud {@code UserDetails} (accountId, accountType) or Data Center {@code UserJson} (key, name). */
final class UserJson {
  private UserJson() {
  }

  /** @return the user as embedded in issues, comments and pages */
  static ObjectNode user(Call call, User user) {
    ObjectNode node = Json.object();
    if (call.cloud()) {
      node.put("self", call.api("/user?accountId=" + user.accountId()));
      node.put("accountId", user.accountId());
    } else {
      node.put("self", call.api("/user?username=" + encode(user.name())));
      node.put("name", user.name());
      node.put("key", user.key());
    }
    if (user.emailVisible()) {
      node.put("emailAddress", user.email());
    }
    node.set("avatarUrls", avatarUrls(call, user));
    node.put("displayName", user.displayName());
    node.put("active", user.active());
    node.put("timeZone", user.timeZone());
    if (call.cloud()) {
      node.put("accountType", user.app() ? "app" : "atlassian");
    }
    return node;
  }

  /** @return the user, or JSON null when the id is null */
  static JsonNode ref(Call call, String accountId) {
    if (accountId == null) {
      return NullNode.instance;
    }
    return call.site().user(accountId).<JsonNode>map(u -> user(call, u))
        .orElseThrow(() -> new IllegalStateException("the dataset refers to an unknown user " + accountId));
  }

  /**
   * @return the full user of {@code /myself} and {@code /user}: adds locale, and the groups (their count; with
   *     {@code expand=groups} each group's name, and on Cloud its id)
   */
  static ObjectNode full(Call call, User user) {
    ObjectNode node = user(call, user);
    node.put("locale", "en_US");
    node.put("expand", "groups,applicationRoles");
    ObjectNode groups = node.putObject("groups");
    groups.put("size", call.site().groupsOf(user).size());
    ArrayNode items = groups.putArray("items");
    if (call.listParam("expand").contains("groups")) {
      for (Group group : call.site().groupsOf(user)) {
        ObjectNode item = items.addObject();
        item.put("name", group.name());
        if (call.cloud()) {
          item.put("groupId", group.groupId());
          item.put("self", call.api("/group?groupId=" + group.groupId()));
        } else {
          item.put("self", call.api("/group?groupname=" + encode(group.name())));
        }
      }
    }
    ObjectNode roles = node.putObject("applicationRoles");
    roles.put("size", 1);
    roles.putArray("items");
    return node;
  }

  private static ObjectNode avatarUrls(Call call, User user) {
    ObjectNode urls = Json.object();
    String id = call.cloud() ? user.accountId() : user.key();
    urls.put("48x48", call.base() + "/secure/useravatar?ownerId=" + encode(id) + "&avatarId=10122");
    urls.put("24x24", call.base() + "/secure/useravatar?size=small&ownerId=" + encode(id) + "&avatarId=10122");
    urls.put("16x16", call.base() + "/secure/useravatar?size=xsmall&ownerId=" + encode(id) + "&avatarId=10122");
    urls.put("32x32", call.base() + "/secure/useravatar?size=medium&ownerId=" + encode(id) + "&avatarId=10122");
    return urls;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
