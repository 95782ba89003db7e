package org.mutuality.jira.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mutuality.jira.mapping.RichText;

/**
 * Replaces comment and worklog text, and issue descriptions, in a Jira JSON body by its length and a keyed hash,
 * keeping the JSON valid and its shape: an ADF body stays an ADF document (of one paragraph), a wiki or HTML string
 * stays a string.
 *
 * <p>It applies to every comment-like or worklog-like object, wherever it sits (search pages, issue previews with
 * {@code fields.comment} as an object or a bare array, comment and worklog pages, webhook payloads): the elements of
 * {@code comments}, {@code comment}, {@code worklogs} and {@code worklog} arrays, an object under a {@code comment}
 * or {@code worklog} key, and any object with an {@code id} and an {@code author}. Their {@code body},
 * {@code renderedBody}, {@code comment} and {@code renderedComment} text is replaced. So is the {@code description} of
 * an issue's {@code fields} (and {@code renderedFields}), wherever an issue sits.
 *
 * <p>The hash is an HMAC-SHA256 under a key of this instance, random for each recording and never written: equal
 * texts within one recording get equal placeholders, but a text cannot be guessed from its placeholder, nor linked
 * across recordings.
 */
public final class Redaction {
  private static final String HMAC = "HmacSHA256";
  private static final Set<String> TEXTS = Set.of("body", "renderedBody", "comment", "renderedComment");
  private static final Set<String> HOLDERS = Set.of("comments", "comment", "worklogs", "worklog");
  private static final Set<String> ISSUE_FIELDS = Set.of("fields", "renderedFields");

  private final SecretKeySpec key;

  private Redaction(byte[] key) {
    this.key = new SecretKeySpec(key, HMAC);
  }

  /** A redaction under a new random 256-bit key, held in memory only. */
  public static Redaction withRandomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new Redaction(key);
  }

  /** A redaction under a given key (for tests). */
  static Redaction withKey(byte[] key) {
    return new Redaction(Objects.requireNonNull(key, "key").clone());
  }

  /**
   * The text that stands for {@code plain}: {@code [redacted: N characters, hmac H]}, where N counts the plain
   * text's characters (as the adapter maps them) and H is the first 16 hex digits of the HMAC-SHA256 of its UTF-8
   * bytes under this redaction's key.
   */
  public String placeholder(String plain) {
    byte[] mac;
    try {
      Mac hmac = Mac.getInstance(HMAC);
      hmac.init(key);
      mac = hmac.doFinal(plain.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no " + HMAC, e);
    }
    return "[redacted: " + plain.codePointCount(0, plain.length()) + " characters, hmac "
        + HexFormat.of().formatHex(mac).substring(0, 16) + "]";
  }

  /** The body with comment and worklog text redacted; unchanged when it is not JSON or holds none. */
  public String redact(String body) {
    JsonNode tree;
    try {
      tree = Recording.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return body;
    }
    if (tree == null || !redact(tree, "")) {
      return body;
    }
    try {
      return Recording.JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a redacted body", e);
    }
  }

  /**
   * Redacts {@code node} and what it holds; {@code under} is the name it sits under (empty at the top, the
   * array's name for its elements): a comment's or worklog's, or an issue's fields.
   */
  private boolean redact(JsonNode node, String under) {
    boolean changed = false;
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if ((HOLDERS.contains(under) && !adf(object)) || (object.has("id") && object.has("author"))) {
        for (String name : TEXTS) {
          changed |= text(object, name);
        }
      }
      if (ISSUE_FIELDS.contains(under)) {
        changed |= text(object, "description");
      }
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      object.fields().forEachRemaining(fields::add);
      for (Map.Entry<String, JsonNode> field : fields) {
        changed |= redact(field.getValue(), field.getKey());
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        changed |= redact(element, under);
      }
    }
    return changed;
  }

  private static boolean adf(JsonNode node) {
    return "doc".equals(node.path("type").asText(null));
  }

  private boolean text(ObjectNode owner, String name) {
    JsonNode value = owner.get(name);
    if (value == null || !(value.isObject() || value.isTextual())) {
      return false;
    }
    if (value.isObject() && !adf(value) && (value.has("id") || HOLDERS.stream().anyMatch(value::has))) {
      return false; // a comment or worklog object (or a page of them) under this name, not its text
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
