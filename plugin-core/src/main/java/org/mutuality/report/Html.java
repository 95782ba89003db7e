package org.mutuality.report;

/**
 * Markup built element by element, for the HTML report. Every text and attribute value goes through
 * {@link #escape(String)}; tag and attribute names are constants of the calling code, never report data. The
 * output is well-formed XML as well as HTML5 (every element closed, attributes quoted, only the five XML
 * entities), so that a test can read it back with an XML parser.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  /**
   * Text made safe for an element's content or a quoted attribute value: {@code & < > " '} become entities, and
   * control characters that neither HTML nor XML may carry (all of C0 but tab, line feed and carriage return,
   * and the non-characters U+FFFE, U+FFFF) become U+FFFD. {@code null} is the empty text.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == 0xfffe || c == 0xffff) {
            escaped.append('\ufffd');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /** An id or class fragment made of report data: letters, digits, {@code -} and {@code _} only. */
  static String token(String text) {
    return text == null ? "" : text.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** Opens an element; {@code attributes} are name, value pairs, and a pair whose value is {@code null} is left out. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** An element without content, closed in XML style, e.g. {@code <meta charset="utf-8"/>}. */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup of this code's own making: never report data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html newline() {
    out.append('\n');
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
