package org.mutuality.jira.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an issue's {@code fields} object in one pass: each standard field (a component of
 * {@link IssueJson.Fields}, by its JSON name) with the mapper's own deserializer for its type, as the record's
 * deserializer would; every other field into a tree. Nothing is read twice.
 */
public final class SplitFieldsDeserializer extends StdDeserializer<IssueJson.SplitFields>
    implements ResolvableDeserializer {
  private static final RecordComponent[] COMPONENTS = IssueJson.Fields.class.getRecordComponents();
  private static final Map<String, Integer> INDEX = new HashMap<>();
  private static final Constructor<IssueJson.Fields> CONSTRUCTOR;

  static {
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      JsonProperty renamed = COMPONENTS[i].getAccessor().getAnnotation(JsonProperty.class);
      INDEX.put(renamed == null || renamed.value().isEmpty() ? COMPONENTS[i].getName() : renamed.value(), i);
      types[i] = COMPONENTS[i].getType();
    }
    try {
      CONSTRUCTOR = IssueJson.Fields.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private JsonDeserializer<Object>[] deserializers;

  public SplitFieldsDeserializer() {
    super(IssueJson.SplitFields.class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    JsonDeserializer<Object>[] found = new JsonDeserializer[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      JavaType type = ctxt.getTypeFactory().constructType(COMPONENTS[i].getGenericType());
      found[i] = ctxt.findRootValueDeserializer(type);
    }
    deserializers = found;
  }

  @Override
  public IssueJson.SplitFields deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return (IssueJson.SplitFields) ctxt.handleUnexpectedToken(IssueJson.SplitFields.class, p);
    }
    if (deserializers == null) {
      resolve(ctxt);
    }
    Object[] values = new Object[COMPONENTS.length];
    ObjectNode custom = ctxt.getNodeFactory().objectNode();
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      Integer index = INDEX.get(name);
      if (index == null) {
        custom.set(name, value == JsonToken.VALUE_NULL ? ctxt.getNodeFactory().nullNode() : ctxt.readTree(p));
      } else {
        values[index] = value == JsonToken.VALUE_NULL ? null : deserializers[index].deserialize(p, ctxt);
      }
    }
    try {
      return new IssueJson.SplitFields(CONSTRUCTOR.newInstance(values), custom);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot build the issue fields", e);
    }
  }

  @Override
  public Object getEmptyValue(DeserializationContext ctxt) {
    return new IssueJson.SplitFields(IssueJson.Fields.NONE, ctxt.getNodeFactory().objectNode());
  }
}
