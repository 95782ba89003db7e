package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.function.Supplier;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.site.LinkType;
import org.mutuality.sandbox.site.User;

/** {@code serverInfo}, {@code myself}, {@code user}, {@code field}, {@code status}, {@code issueLinkType}. */
final class ServerEndpoints {
  static final String CLOUD_VERSION = "1001.0.0-SNAPSHOT";
  static final String DC_VERSION = "10.3.6";
  static final String DATA_CENTER = "DataCenter";

  private ServerEndpoints() {
  }

  /**
   * The Data Center build {@code serverInfo} reports.
   *
   * @param version a three-part version, e.g. {@code 10.3.6}
   * @param deploymentType {@code Server} or {@code DataCenter}
   */
  record DcBuild(String version, String deploymentType) {
    static final DcBuild DEFAULT = new DcBuild(DC_VERSION, DATA_CENTER);

    int[] numbers() {
      String[] parts = version.split("\\.");
      return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }
  }

  static void register(Router router, Supplier<DcBuild> dc) {
    router.add("GET", "/rest/api/{v}/serverInfo", Set.of(Flavor.CLOUD, Flavor.DC), Router.Access.ANONYMOUS,
        call -> serverInfo(call, dc.get()));
    router.get("/rest/api/{v}/myself", call -> Reply.ok(UserJson.full(call, call.viewer())));
    router.get("/rest/api/{v}/user", ServerEndpoints::user);
    router.get("/rest/api/{v}/field", ServerEndpoints::fields);
    router.get("/rest/api/{v}/status", ServerEndpoints::statuses);
    router.get("/rest/api/{v}/issueLinkType", ServerEndpoints::linkTypes);
  }

  /**
   * Cloud: {@code deploymentType: Cloud}, version 1001.0.0-SNAPSHOT; Data Center: the configured build (default
   * 10.3.6, {@code DataCenter}: Jira 10 ships for Data Center only), build number {@code MMmmmpppp} as Jira forms it.
   */
  private static Reply serverInfo(Call call, DcBuild dc) {
    ObjectNode node = Json.object();
    node.put("baseUrl", call.base());
    boolean cloud = call.cloud();
    node.put("version", cloud ? CLOUD_VERSION : dc.version());
    ArrayNode numbers = node.putArray("versionNumbers");
    int[] parts = cloud ? new int[] {1001, 0, 0} : dc.numbers();
    for (int part : parts) {
      numbers.add(part);
    }
    node.put("deploymentType", cloud ? "Cloud" : dc.deploymentType());
    node.put("buildNumber", cloud ? 100311 : parts[0] * 1_000_000 + parts[1] * 10_000 + parts[2]);
    node.put("buildDate", cloud ? "2026-11-17T00:00:00.000+0000" : "2026-05-12T00:00:00.000+0000");
    node.put("serverTime", Formats.time(call.site().site().now()));
    node.put("scmInfo", cloud ? "9d700605f271b9e38f3e73c4116a686dae8d11d7" : "3c1d5b0e0a9e4c33b6f0f3a7c1b0d2e9f8a7b6c5");
    node.put("serverTitle", call.site().site().title());
    return Reply.ok(node);
  }

  /** Cloud looks users up by {@code accountId}; Data Center by {@code username} or {@code key}. */
  private static Reply user(Call call) {
    User user;
    if (call.cloud()) {
      String accountId = call.param("accountId");
      if (accountId == null || accountId.isBlank()) {
        throw ApiError.badRequest("The query parameter 'accountId' is required.");
      }
      user = call.site().user(accountId).orElseThrow(() -> ApiError.notFound(
          "Specified user does not exist or you do not have required permissions"));
    } else {
      String name = call.param("username");
      String key = call.param("key");
      if (name != null) {
        user = call.site().site().users().stream().filter(u -> u.name().equalsIgnoreCase(name)).findFirst()
            .orElseThrow(() -> ApiError.notFound("The user named '" + name + "' does not exist"));
      } else if (key != null) {
        user = call.site().site().users().stream().filter(u -> u.key().equals(key)).findFirst()
            .orElseThrow(() -> ApiError.notFound("The user with the key '" + key + "' does not exist"));
      } else {
        throw ApiError.notFound("Either the 'username' or the 'key' query parameters need to be provided");
      }
    }
    return Reply.ok(UserJson.full(call, user));
  }

  private static Reply fields(Call call) {
    ArrayNode out = Json.array();
    for (FieldCatalog.Field field : FieldCatalog.fields(call.flavor())) {
      ObjectNode node = out.addObject();
      node.put("id", field.id());
      node.put("key", field.id());
      node.put("name", field.name());
      node.put("custom", field.custom());
      node.put("orderable", !field.id().equals("comment"));
      node.put("navigable", field.navigable());
      node.put("searchable", true);
      ArrayNode clauses = node.putArray("clauseNames");
      if (field.custom()) {
        clauses.add("cf[" + field.id().substring("customfield_".length()) + "]").add(field.name());
      } else {
        clauses.add(field.id());
      }
      ObjectNode schema = node.putObject("schema");
      schema.put("type", field.type());
      if (field.items() != null) {
        schema.put("items", field.items());
      }
      if (field.custom()) {
        schema.put("custom", field.customType());
        schema.put("customId", Long.parseLong(field.id().substring("customfield_".length())));
      } else {
        schema.put("system", field.system());
      }
    }
    return Reply.ok(out);
  }

  /**
   * {@code getStatuses}: every status of the site, in the site's order, each as issues show it ({@code StatusDetails}:
   * self, description, iconUrl, name, id, and its {@code statusCategory}).
   */
  private static Reply statuses(Call call) {
    ArrayNode out = Json.array();
    call.site().site().statuses().forEach(status -> out.add(IssueJson.status(call, status)));
    return Reply.ok(out);
  }

  private static Reply linkTypes(Call call) {
    ObjectNode node = Json.object();
    ArrayNode types = node.putArray("issueLinkTypes");
    for (LinkType type : call.site().site().linkTypes()) {
      types.add(IssueJson.linkType(call, type));
    }
    return Reply.ok(node);
  }
}
