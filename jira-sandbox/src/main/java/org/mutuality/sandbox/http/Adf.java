package org.mutuality.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Plain text to Atlassian Document Format, as v3 renders rich-text fields. */
final class Adf {
  private Adf() {
  }

  /**
   * @param text paragraphs separated by blank lines
   * @return {@code {"type":"doc","version":1,"content":[paragraphs]}}
   */
  static ObjectNode doc(String text) {
    ObjectNode doc = Json.object();
    doc.put("type", "doc");
    doc.put("version", 1);
    ArrayNode content = doc.putArray("content");
    for (String paragraph : text.split("\n\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      ObjectNode p = content.addObject();
      p.put("type", "paragraph");
      ObjectNode run = p.putArray("content").addObject();
      run.put("type", "text");
      run.put("text", paragraph);
    }
    return doc;
  }
}
