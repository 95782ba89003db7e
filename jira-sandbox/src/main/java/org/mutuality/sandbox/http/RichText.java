package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rich text in request bodies: ADF on Cloud v3, a wiki string on v2 and Data Center. The sandbox keeps plain
 * text (paragraphs separated by blank lines), which is how it renders them back ({@link Adf}).
 */
final class RichText {
  static final String NOT_ADF = "Operation value must be an Atlassian Document (see the Atlassian Document Format)";

  private RichText() {
  }

  /**
   * @param call the request (its version decides ADF or string)
   * @param value the value sent; JSON null or missing means none
   * @param field the field name used in the error
   * @return the plain text, or {@code null} for none
   * @throws ApiError 400 when the value has the wrong form for the version
   */
  static String parse(Call call, JsonNode value, String field) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (call.adf()) {
      if (!value.isObject() || !"doc".equals(value.path("type").asText())) {
        throw new ApiError(400, List.of(), Map.of(field, NOT_ADF));
      }
      List<String> blocks = new ArrayList<>();
      for (JsonNode block : value.path("content")) {
        StringBuilder text = new StringBuilder();
        collect(block, text);
        blocks.add(text.toString());
      }
      return String.join("\n\n", blocks);
    }
    if (!value.isTextual()) {
      throw new ApiError(400, List.of(), Map.of(field, "Field '" + field + "' must be a string."));
    }
    return value.asText();
  }

  private static void collect(JsonNode node, StringBuilder out) {
    String type = node.path("type").asText();
    if (type.equals("text")) {
      out.append(node.path("text").asText());
    } else if (type.equals("hardBreak")) {
      out.append('\n');
    }
    for (JsonNode child : node.path("content")) {
      collect(child, out);
    }
  }
}
