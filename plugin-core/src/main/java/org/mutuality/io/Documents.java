package org.mutuality.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the YAML and JSON files users write ({@code mutuality.yml}, snapshots, scenarios) strictly: an
 * unknown key is an error, and every error names {@code file:line:column} and the path inside the
 * document.
 */
public final class Documents {
  private static final ObjectMapper YAML = configure(YAMLMapper.builder(new YAMLFactory()).build());
  private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

  private Documents() {}

  /** Reads a file as YAML, or as JSON when its name ends in {@code .json}. */
  public static <T> T read(Path file, Class<T> type) throws InputException {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), type);
    } catch (NoSuchFileException e) {
      throw new InputException(new Position(file.toString(), 0, 0), "no such file");
    } catch (IOException e) {
      throw new InputException(new Position(file.toString(), 0, 0), "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a classpath or in-memory document; {@code name} is used in messages. */
  public static <T> T read(InputStream in, String name, Class<T> type) throws InputException {
    try (in) {
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, type);
    } catch (IOException e) {
      throw new InputException(new Position(name, 0, 0), "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a document held in memory; {@code name} is used in messages and decides YAML or JSON. */
  public static <T> T read(String text, String name, Class<T> type) throws InputException {
    try {
      T value = (isJson(name) ? JSON : YAML).readValue(text, type);
      if (value == null) {
        throw new InputException(new Position(name, 1, 1), "the document is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw describe(name, text, e);
    }
  }

  /** Converts an already parsed tree, as strictly as a file; {@code name} is used in messages. */
  public static <T> T fromTree(com.fasterxml.jackson.databind.JsonNode tree, String name, Class<T> type)
      throws InputException {
    try {
      return YAML.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw describe(name, null, e);
    }
  }

  /** The position of a parsed object, for checks made after parsing. */
  public static Position position(String file, Located located) {
    return position(file, located == null ? null : located.location());
  }

  /** A place recorded while parsing; unknown ({@code file} alone) when {@code where} is {@code null}. */
  public static Position position(String file, JsonLocation where) {
    return where == null ? new Position(file, 0, 0) : new Position(file, where.getLineNr(), where.getColumnNr());
  }

  private static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static InputException describe(String name, String text, JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    Position position = where == null ? new Position(name, 0, 0)
        : new Position(name, where.getLineNr(), where.getColumnNr());
    String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
    String problem;
    if (e instanceof UnrecognizedPropertyException unknown) {
      position = atKey(position, text, unknown.getPropertyName());
      path = path.endsWith(unknown.getPropertyName())
          ? path.substring(0, Math.max(0, path.length() - unknown.getPropertyName().length() - 1)) : path;
      KeyHint hint = unknown.getReferringClass() == null ? null
          : unknown.getReferringClass().getAnnotation(KeyHint.class);
      problem = "unknown key '" + unknown.getPropertyName() + "'"
          + (hint != null && hint.key().equals(unknown.getPropertyName()) ? "; " + hint.hint()
              : known(unknown.getKnownPropertyIds()));
    } else if (e instanceof InvalidFormatException invalid) {
      problem = "'" + invalid.getValue() + "' is not " + expected(invalid.getTargetType());
    } else {
      problem = e.getOriginalMessage();
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
        problem = cause.getMessage();
      }
      problem = problem.replaceAll("\\s*\\(for .*", "").replaceAll("\\R.*", "");
      if (problem.startsWith("No content to map")) {
        problem = "the document is empty";
      }
    }
    return new InputException(position, (path.isEmpty() ? "" : path + ": ") + problem, e);
  }

  private static String expected(Class<?> type) {
    if (type == java.time.Instant.class) {
      return "a timestamp; write it like 2026-11-20T09:00:00Z";
    }
    if (type == java.time.LocalDate.class) {
      return "a date; write it like 2026-11-20";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    return "a " + type.getSimpleName();
  }

  /**
   * The YAML parser reports an unknown key where its value ends (a scalar, on the key's line) or starts (a block
   * mapping or list, on a later line); point at the key itself: the last {@code key:} before that place, on that line
   * or the closest line above.
   */
  private static Position atKey(Position position, String text, String key) {
    if (text == null || position.line() <= 0) {
      return position;
    }
    String[] lines = text.split("\\R", -1);
    if (position.line() > lines.length) {
      return position;
    }
    Pattern written = Pattern.compile(
        "(?<![\\w-])[\"']?(" + Pattern.quote(key) + ")[\"']?\\s*:");
    for (int line = position.line(); line >= 1; line--) {
      String content = lines[line - 1];
      int end = line == position.line() && position.column() > 0 ? Math.min(position.column(), content.length())
          : content.length();
      Matcher m = written.matcher(content).region(0, end);
      int column = -1;
      while (m.find()) {
        column = m.start(1);
      }
      if (column >= 0) {
        return new Position(position.file(), line, column + 1);
      }
    }
    return position;
  }

  private static String known(Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return "";
    }
    return "; known keys here: " + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      }
    }
    return out.toString();
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    SimpleModule locating = new SimpleModule("mutuality-locations");
    locating.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(
          DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
        if (Located.class.isAssignableFrom(description.getBeanClass())) {
          return new LocatingDeserializer(deserializer);
        }
        return deserializer;
      }
    });
    return mapper
        .registerModule(new JavaTimeModule())
        .registerModule(locating)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /** Records where each {@link Located} object starts. */
  private static final class LocatingDeserializer extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    LocatingDeserializer(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new LocatingDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      Object value = super.deserialize(p, ctxt);
      if (value instanceof Located located) {
        located.locate(start);
      }
      return value;
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      if (_delegatee instanceof ResolvableDeserializer resolvable) {
        resolvable.resolve(ctxt);
      }
    }
  }
}
