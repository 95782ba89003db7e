package org.mutuality.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.mutuality.io.Position;

/**
 * The {@code source:} section of {@code mutuality.yml}: which tracker to read, and what of it, so an audit can run
 * without repeating them on the command line. The core reads only its {@code type}; everything else in it belongs
 * to the adapter of that type, which reads {@link #tree()} and names the place of a problem with {@link
 * #position(JsonPointer)}.
 *
 * <pre>
 * source:
 *   type: …          # the kind of tracker; the adapter that handles it reads the rest
 *   …
 * </pre>
 */
public final class SourceSection {
  private final String file;
  private final String type;
  private final ObjectNode tree;
  private final Map<JsonPointer, Position> positions;

  SourceSection(String file, String type, ObjectNode tree, Map<JsonPointer, Position> positions) {
    this.file = file;
    this.type = type;
    this.tree = tree.deepCopy();
    this.positions = Map.copyOf(positions);
  }

  /**
   * A section built in code, or read where positions are not known: messages name {@code file} only.
   *
   * @param file the name messages use
   * @param tree the section, {@code type} included (a non-blank text)
   * @throws IllegalArgumentException when {@code tree} has no {@code type} text
   */
  public static SourceSection of(String file, ObjectNode tree) {
    JsonNode type = tree.get("type");
    if (type == null || !type.isTextual() || type.asText().isBlank()) {
      throw new IllegalArgumentException("a source section needs a type (text)");
    }
    return new SourceSection(file, type.asText().trim(), tree, new HashMap<>());
  }

  /** The kind of tracker, as written (trimmed): the adapter that handles this type reads the rest. */
  public String type() {
    return type;
  }

  /** The file the section was read from, as messages name it. */
  public String file() {
    return file;
  }

  /** The section as written, {@code type} included: a copy, free to change. */
  public ObjectNode tree() {
    return tree.deepCopy();
  }

  /** Where the section starts. */
  public Position position() {
    return position(JsonPointer.empty());
  }

  /**
   * Where a part of the section is written: for a member of a mapping, its key; for an element of a list, the
   * element. A part the section does not have (a key that is missing) is placed at the closest part that encloses
   * it, at worst the section itself.
   *
   * @param at a JSON pointer inside the section, e.g. {@code /projects/1}; the empty pointer is the section
   */
  public Position position(JsonPointer at) {
    for (JsonPointer p = at; p != null; p = p.head()) {
      Position known = positions.get(p);
      if (known != null) {
        return known;
      }
    }
    return new Position(file, 0, 0);
  }

  /** {@link #position(JsonPointer)} of a pointer written as text, e.g. {@code "/projects/1"}. */
  public Position position(String pointer) {
    return position(JsonPointer.compile(pointer));
  }

  /**
   * How messages name a part of the section: {@code source}, {@code source.site}, {@code source.projects[1]}.
   *
   * @param at a JSON pointer inside the section
   */
  public String name(JsonPointer at) {
    StringBuilder out = new StringBuilder("source");
    JsonNode node = tree;
    for (JsonPointer p = at; p != null && !p.matches(); p = p.tail()) {
      if (node != null && node.isArray() && p.getMatchingIndex() >= 0) {
        out.append('[').append(p.getMatchingIndex()).append(']');
        node = node.get(p.getMatchingIndex());
      } else {
        out.append('.').append(p.getMatchingProperty());
        node = node == null || node.isArray() ? null : node.get(p.getMatchingProperty());
      }
    }
    return out.toString();
  }

  /** What a value is, as messages say it: {@code text}, {@code a number}, {@code a list}, {@code a mapping}, … */
  public static String kind(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isTextual()) {
      return "text";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isBoolean()) {
      return "true or false";
    }
    if (value.isArray()) {
      return "a list";
    }
    return value.isObject() ? "a mapping" : "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return "source " + type + " (" + position() + ")";
  }
}
