package org.mutuality.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.site.Issue;
import org.mutuality.sandbox.webhook.WebhookEvents;

/**
 * Issue properties ({@code jira-api/NOTES.md} §2.13): list ({@code {"keys":[{key,self}]}}), get
 * ({@code {key,value}}, 404 when absent), put (the raw JSON value, at most 32768 characters, key at most 255;
 * 201 created, 200 updated, empty body), delete (204, 404 when absent). Setting a property does not change the
 * issue's {@code updated} and adds no changelog (properties are not fields); it counts as a write for the
 * per-issue limit and sends {@code issue_property_set} / {@code issue_property_deleted}.
 */
final class PropertyEndpoints {
  private static final Set<Flavor> BOTH = Set.of(Flavor.CLOUD, Flavor.DC);
  static final int MAX_VALUE = 32768;
  static final int MAX_KEY = 255;

  private final Writes writes;

  private PropertyEndpoints(Writes writes) {
    this.writes = writes;
  }

  static void register(Router router, Writes writes) {
    PropertyEndpoints endpoints = new PropertyEndpoints(writes);
    Router.Access auth = Router.Access.AUTHENTICATED;
    router.get("/rest/api/{v}/issue/{issueIdOrKey}/properties", endpoints::list);
    router.get("/rest/api/{v}/issue/{issueIdOrKey}/properties/{propertyKey}", endpoints::get);
    router.add("PUT", "/rest/api/{v}/issue/{issueIdOrKey}/properties/{propertyKey}", BOTH, auth,
        Writes.guard(endpoints::put));
    router.add("DELETE", "/rest/api/{v}/issue/{issueIdOrKey}/properties/{propertyKey}", BOTH, auth,
        Writes.guard(endpoints::delete));
  }

  private static ApiError missing(String key) {
    return ApiError.notFound("The property with key '" + key + "' does not exist.");
  }

  private String self(Call call, Issue issue, String key) {
    return call.api("/issue/" + issue.key() + "/properties/" + UserJson.encode(key).replace("+", "%20"));
  }

  private Reply list(Call call) {
    Issue issue = IssueEndpoints.visibleIssue(call, call.path("issueIdOrKey"));
    ObjectNode node = Json.object();
    ArrayNode keys = node.putArray("keys");
    for (String key : writes.store().properties(issue.id()).keySet()) {
      ObjectNode entry = keys.addObject();
      entry.put("key", key);
      entry.put("self", self(call, issue, key));
    }
    return Reply.ok(node);
  }

  private Reply get(Call call) {
    Issue issue = IssueEndpoints.visibleIssue(call, call.path("issueIdOrKey"));
    String key = call.path("propertyKey");
    JsonNode value = writes.store().properties(issue.id()).get(key);
    if (value == null) {
      throw missing(key);
    }
    ObjectNode node = Json.object();
    node.put("key", key);
    node.set("value", value.deepCopy());
    return Reply.ok(node);
  }

  /** Checks a value as Jira does. */
  static void checkValue(String key, JsonNode value) {
    if (key.length() > MAX_KEY) {
      throw ApiError.badRequest("The property key cannot be longer than " + MAX_KEY + " characters.");
    }
    String text;
    try {
      text = Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (text.length() > MAX_VALUE) {
      throw ApiError.badRequest("The property value cannot be longer than " + MAX_VALUE + " characters.");
    }
  }

  private Reply put(Call call) {
    Issue issue = Writes.writableIssue(call, call.path("issueIdOrKey"));
    String key = call.path("propertyKey");
    JsonNode value = call.json();
    checkValue(key, value);
    return writes.store().write(tx -> {
      writes.checkLimit(tx, issue);
      boolean created = tx.setProperty(issue.id(), key, value.deepCopy());
      tx.wrote(issue.id());
      tx.afterCommit(site -> writes.events().property(call, site, issue.id(), key, value, tx.now(),
          WebhookEvents.ISSUE_PROPERTY_SET));
      return new Reply(created ? 201 : 200, null);
    });
  }

  private Reply delete(Call call) {
    Issue issue = Writes.writableIssue(call, call.path("issueIdOrKey"));
    String key = call.path("propertyKey");
    if (!writes.store().properties(issue.id()).containsKey(key)) {
      throw missing(key);
    }
    return writes.store().write(tx -> {
      writes.checkLimit(tx, issue);
      if (!tx.deleteProperty(issue.id(), key)) {
        throw missing(key);
      }
      tx.wrote(issue.id());
      tx.afterCommit(site -> writes.events().property(call, site, issue.id(), key, null, tx.now(),
          WebhookEvents.ISSUE_PROPERTY_DELETED));
      return new Reply(204, null);
    });
  }

  /** @return the properties to set from an edit or create body's {@code properties: [{key, value}]} */
  static Map<String, JsonNode> fromBody(JsonNode properties) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    if (properties == null || properties.isNull() || properties.isMissingNode()) {
      return out;
    }
    if (!properties.isArray()) {
      throw ApiError.badRequest("'properties' must be a list of {key, value}.");
    }
    for (JsonNode entry : properties) {
      String key = entry.path("key").asText("");
      if (key.isEmpty() || !entry.has("value")) {
        throw ApiError.badRequest("Each property needs a 'key' and a 'value'.");
      }
      checkValue(key, entry.get("value"));
      out.put(key, entry.get("value").deepCopy());
    }
    return out;
  }
}
