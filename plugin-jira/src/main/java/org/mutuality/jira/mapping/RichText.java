package org.mutuality.jira.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Comment and description text to plain text: Atlassian Document Format (REST v3) or wiki markup strings
 * (REST v2). Blocks (paragraphs, headings, list items, quotes, code) become lines, paragraphs are separated by a
 * blank line; marks (bold, links) are dropped, mentions keep their text.
 */
public final class RichText {
  private static final Pattern HEADING = Pattern.compile("(?m)^h[1-6]\\.\\s*");
  private static final Pattern LINK = Pattern.compile("\\[([^|\\]]+)\\|[^\\]]+\\]");
  private static final Pattern BARE_LINK = Pattern.compile("\\[(https?://[^\\]]+)\\]");
  private static final Pattern MENTION = Pattern.compile("\\[~(?:accountid:)?([^\\]]+)\\]");
  private static final Pattern BLOCK_MACRO = Pattern.compile("\\{(code|noformat|quote|panel)(:[^}]*)?\\}");
  private static final Pattern COLOR = Pattern.compile("\\{color(:[^}]*)?\\}");
  private static final Pattern STRONG = Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*\\n]*\\S)?)\\*(?![\\w*])");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w_])_(\\S(?:[^_\\n]*\\S)?)_(?![\\w_])");
  private static final Pattern BULLET = Pattern.compile("(?m)^[*#-]+\\s+");

  private RichText() {}

  /** ADF (an object), a wiki string, or nothing, as plain text; never {@code null}. */
  public static String toPlain(JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return "";
    }
    if (body.isTextual()) {
      return fromWiki(body.asText());
    }
    if (body.isObject()) {
      return fromAdf(body);
    }
    return body.asText();
  }

  /** An ADF document as plain text. */
  public static String fromAdf(JsonNode doc) {
    List<String> blocks = new ArrayList<>();
    blocks(doc, blocks);
    return String.join("\n\n", blocks).strip();
  }

  private static void blocks(JsonNode node, List<String> out) {
    String type = node.path("type").asText("");
    switch (type) {
      case "doc", "blockquote", "panel", "expand", "nestedExpand", "layoutSection", "layoutColumn" ->
          node.path("content").forEach(child -> blocks(child, out));
      case "bulletList", "orderedList" -> {
        List<String> items = new ArrayList<>();
        node.path("content").forEach(item -> {
          List<String> parts = new ArrayList<>();
          blocks(item, parts);
          items.add("- " + String.join("\n", parts));
        });
        out.add(String.join("\n", items));
      }
      case "listItem", "tableCell", "tableHeader" -> node.path("content").forEach(child -> blocks(child, out));
      case "table" -> node.path("content").forEach(row -> {
        List<String> cells = new ArrayList<>();
        row.path("content").forEach(cell -> {
          List<String> parts = new ArrayList<>();
          blocks(cell, parts);
          cells.add(String.join(" ", parts));
        });
        out.add(String.join(" | ", cells));
      });
      case "rule" -> { }
      default -> {
        StringBuilder text = new StringBuilder();
        inline(node, text);
        if (!text.toString().isBlank()) {
          out.add(text.toString().strip());
        }
      }
    }
  }

  private static void inline(JsonNode node, StringBuilder out) {
    String type = node.path("type").asText("");
    JsonNode attrs = node.path("attrs");
    switch (type) {
      case "text" -> out.append(node.path("text").asText(""));
      case "hardBreak" -> out.append('\n');
      case "mention" -> out.append(attrs.path("text").asText(attrs.path("id").asText("")));
      case "emoji" -> out.append(attrs.path("text").asText(attrs.path("shortName").asText("")));
      case "inlineCard", "blockCard", "embedCard" -> out.append(attrs.path("url").asText(""));
      case "date" -> out.append(attrs.path("timestamp").asText(""));
      case "status" -> out.append(attrs.path("text").asText(""));
      default -> node.path("content").forEach(child -> inline(child, out));
    }
  }

  /** Wiki markup as plain text: headings, links, mentions, macros, bold, italics and bullets unmarked. */
  public static String fromWiki(String wiki) {
    String text = wiki.replace("\r\n", "\n");
    text = BLOCK_MACRO.matcher(text).replaceAll("");
    text = COLOR.matcher(text).replaceAll("");
    text = HEADING.matcher(text).replaceAll("");
    text = MENTION.matcher(text).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1");
    text = BARE_LINK.matcher(text).replaceAll("$1");
    text = STRONG.matcher(text).replaceAll("$1");
    text = EMPHASIS.matcher(text).replaceAll("$1");
    text = BULLET.matcher(text).replaceAll("- ");
    text = text.replace("\\\\", "\n");
    return text.strip();
  }
}
