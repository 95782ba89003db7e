package org.mutuality.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code source:} section as written: a tree of whatever it holds, and where each part of it starts in the
 * file (a member's key, an element's value), so the adapter that interprets it can still name {@code
 * file:line:column}. {@link Configuration} checks its {@code type} and turns it into a {@link SourceSection}.
 */
@JsonDeserialize(using = SourceEntry.Reader.class)
final class SourceEntry {
  final JsonNode tree;
  final Map<JsonPointer, JsonLocation> locations;

  private SourceEntry(JsonNode tree, Map<JsonPointer, JsonLocation> locations) {
    this.tree = tree;
    this.locations = Map.copyOf(locations);
  }

  /** Reads the section token by token, keeping the location of every key and element. */
  static final class Reader extends StdDeserializer<SourceEntry> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(SourceEntry.class);
    }

    @Override
    public SourceEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Map<JsonPointer, JsonLocation> locations = new HashMap<>();
      JsonNode tree = read(p, ctxt, JsonPointer.empty(), p.currentTokenLocation(), locations);
      return new SourceEntry(tree, locations);
    }

    /** {@code source:} with nothing after it: an empty section, placed where the parser stands. */
    @Override
    public SourceEntry getNullValue(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      Map<JsonPointer, JsonLocation> locations = new HashMap<>();
      if (p != null) {
        locations.put(JsonPointer.empty(), p.currentTokenLocation());
      }
      return new SourceEntry(NullNode.getInstance(), locations);
    }

    private static JsonNode read(JsonParser p, DeserializationContext ctxt, JsonPointer at, JsonLocation where,
        Map<JsonPointer, JsonLocation> locations) throws IOException {
      locations.put(at, where);
      JsonToken token = p.currentToken();
      if (token == JsonToken.START_OBJECT) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation key = p.currentTokenLocation();
          p.nextToken();
          object.set(name, read(p, ctxt, at.appendProperty(name), key, locations));
        }
        return object;
      }
      if (token == JsonToken.START_ARRAY) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(p, ctxt, at.appendIndex(index++), p.currentTokenLocation(), locations));
        }
        return array;
      }
      return ctxt.readTree(p);
    }
  }
}
