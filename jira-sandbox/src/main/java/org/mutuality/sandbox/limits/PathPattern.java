package org.mutuality.sandbox.limits;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request path pattern, written like the sandbox's routes: literal segments, {@code {name}} for one segment
 * (captured), {@code *} for one segment, and a final {@code **} for any number of segments (none included).
 * Examples: {@code /rest/api/{v}/issue/{issueIdOrKey}}, {@code /rest/api/3/search/jql}, {@code /**}.
 */
public final class PathPattern {
  private final String text;
  private final String[] segments;

  private PathPattern(String text) {
    this.text = text;
    this.segments = split(text);
  }

  /**
   * @param pattern the pattern, starting with {@code /}
   * @return the parsed pattern
   */
  public static PathPattern of(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("a path pattern starts with '/', got '" + pattern + "'");
    }
    String[] parts = split(pattern);
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("**")) {
        throw new IllegalArgumentException("'**' may only end a path pattern: '" + pattern + "'");
      }
    }
    return new PathPattern(pattern);
  }

  /**
   * @param path a request path without the query
   * @return whether the pattern matches it
   */
  public boolean matches(String path) {
    return match(path).isPresent();
  }

  /**
   * @param path a request path without the query
   * @return the {@code {name}} segments captured, if the pattern matches
   */
  public Optional<Map<String, String>> match(String path) {
    String[] actual = split(path);
    boolean open = segments.length > 0 && segments[segments.length - 1].equals("**");
    int fixed = open ? segments.length - 1 : segments.length;
    if (open ? actual.length < fixed : actual.length != fixed) {
      return Optional.empty();
    }
    Map<String, String> captured = new HashMap<>();
    for (int i = 0; i < fixed; i++) {
      String p = segments[i];
      String s = actual[i];
      if (p.startsWith("{") && p.endsWith("}")) {
        if (s.isEmpty()) {
          return Optional.empty();
        }
        captured.put(p.substring(1, p.length() - 1), s);
      } else if (!p.equals("*") && !p.equals(s) || p.equals("*") && s.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(captured);
  }

  private static String[] split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathPattern p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
