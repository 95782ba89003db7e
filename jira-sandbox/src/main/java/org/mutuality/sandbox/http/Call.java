package org.mutuality.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mutuality.sandbox.Flavor;
import org.mutuality.sandbox.Limits;
import org.mutuality.sandbox.site.SiteIndex;
import org.mutuality.sandbox.site.User;

/**
 * One authenticated request as endpoints see it: flavour, API version, path and query parameters, body and the
 * user it acts as.
 */
final class Call {
  private final Flavor flavor;
  private final String version;
  private final Map<String, String> path;
  private final Map<String, List<String>> query;
  private final String body;
  private final User viewer;
  private final SiteIndex site;
  private final String base;
  private final Limits limits;

  Call(Flavor flavor, String version, Map<String, String> path, Map<String, List<String>> query, String body,
      User viewer, SiteIndex site, String base, Limits limits) {
    this.flavor = flavor;
    this.version = version;
    this.path = Map.copyOf(path);
    this.query = Map.copyOf(query);
    this.body = body;
    this.viewer = viewer;
    this.site = site;
    this.base = base;
    this.limits = limits;
  }

  Flavor flavor() {
    return flavor;
  }

  boolean cloud() {
    return flavor == Flavor.CLOUD;
  }

  /** @return the REST version in the path ({@code 2}, {@code 3}, {@code latest}), or null for the agile API */
  String version() {
    return version;
  }

  /** @return whether rich text is rendered as ADF (Cloud v3) */
  boolean adf() {
    return cloud() && "3".equals(version);
  }

  User viewer() {
    return viewer;
  }

  SiteIndex site() {
    return site;
  }

  Limits limits() {
    return limits;
  }

  String base() {
    return base;
  }

  /** @return an absolute URL under the platform REST API of this request's version */
  String api(String rest) {
    return base + "/rest/api/" + (version == null ? "2" : version) + rest;
  }

  /** @return an absolute URL under the agile REST API */
  String agile(String rest) {
    return base + "/rest/agile/1.0" + rest;
  }

  String path(String name) {
    return path.get(name);
  }

  /** @return the first value of a query parameter, or null */
  String param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** @return every value of a repeatable, comma-separated query parameter, split and trimmed */
  List<String> listParam(String name) {
    List<String> out = new ArrayList<>();
    for (String value : query.getOrDefault(name, List.of())) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  boolean has(String name) {
    return query.containsKey(name);
  }

  int intParam(String name, int fallback) {
    String value = param(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("The value '" + value + "' is not valid for the parameter '" + name + "'.");
    }
  }

  boolean boolParam(String name, boolean fallback) {
    String value = param(name);
    return value == null ? fallback : Boolean.parseBoolean(value.trim());
  }

  /** @return the JSON body; a missing or malformed body is Jira's 400 */
  JsonNode json() {
    if (body == null || body.isBlank()) {
      throw ApiError.badRequest("No content to map due to end-of-input");
    }
    try {
      return Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("Unexpected character in the request body: " + e.getOriginalMessage());
    }
  }

  /** @return a rich-text value: ADF on Cloud v3, the wiki string otherwise, JSON null for null */
  JsonNode richText(String text) {
    if (text == null) {
      return NullNode.instance;
    }
    return adf() ? Adf.doc(text) : TextNode.valueOf(text);
  }
}
