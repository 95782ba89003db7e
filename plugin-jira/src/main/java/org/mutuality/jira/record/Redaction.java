package org.mutuality.jira.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.mutuality.jira.mapping.RichText;

/**
 * Replaces comment and worklog text in a Jira JSON body by its length and a hash, keeping the JSON valid and its
 * shape: an ADF body stays an ADF document (of one paragraph), a wiki string stays a string. It applies to every
 * element of a {@code comments} array ({@code body}, {@code renderedBody}) and of a {@code worklogs} array
 * ({@code comment}, {@code renderedComment}), wherever they sit: search pages, issue previews, comment and
 * worklog pages, webhook payloads.
 */
public final class Redaction {
  private Redaction() {}

  /**
   * The text that stands for {@code plain}: {@code [redacted: N characters, sha256 H]}, where N counts the plain
   * text's characters (as the adapter maps them) and H is the first 16 hex digits of its UTF-8 SHA-256.
   */
  public static String placeholder(String plain) {
    String hash = Recording.sha256(plain.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    return "[redacted: " + plain.codePointCount(0, plain.length()) + " characters, sha256 " + hash + "]";
  }

  /** The body with comment and worklog text redacted; unchanged when it is not JSON or holds none. */
  public static String redact(String body) {
    JsonNode tree;
    try {
      tree = Recording.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return body;
    }
    if (tree == null || !redact(tree)) {
      return body;
    }
    try {
      return Recording.JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a redacted body", e);
    }
  }

  private static boolean redact(JsonNode node) {
    boolean changed = false;
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isArray() && field.getKey().equals("comments")) {
          changed |= texts((ArrayNode) field.getValue(), "body", "renderedBody");
        } else if (field.getValue().isArray() && field.getKey().equals("worklogs")) {
          changed |= texts((ArrayNode) field.getValue(), "comment", "renderedComment");
        }
        changed |= redact(field.getValue());
      }
      if (node.has("webhookEvent") && node.path("comment").isObject()) {
        changed |= text((ObjectNode) node.get("comment"), "body");
        changed |= text((ObjectNode) node.get("comment"), "renderedBody");
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        changed |= redact(element);
      }
    }
    return changed;
  }

  private static boolean texts(ArrayNode elements, String... names) {
    boolean changed = false;
    for (JsonNode element : elements) {
      if (element.isObject()) {
        for (String name : names) {
          changed |= text((ObjectNode) element, name);
        }
      }
    }
    return changed;
  }

  private static boolean text(ObjectNode owner, String name) {
    JsonNode value = owner.get(name);
    if (value == null || value.isNull()) {
      return false;
    }
    String placeholder = placeholder(RichText.toPlain(value));
    if (value.isObject()) {
      JsonNodeFactory f = JsonNodeFactory.instance;
      ObjectNode doc = f.objectNode().put("type", "doc").put("version", 1);
      ObjectNode paragraph = doc.putArray("content").addObject().put("type", "paragraph");
      paragraph.putArray("content").addObject().put("type", "text").put("text", placeholder);
      owner.set(name, doc);
    } else {
      owner.put(name, placeholder);
    }
    return true;
  }
}
