package org.mutuality.engine;

import java.util.Objects;

/**
 * One parameter of a rule, as declared on the rule with {@code @param_<name>("<type> <default> | <description>")}.
 *
 * @param name the parameter name used in {@code mutuality.yml}
 * @param type the kind of value
 * @param defaultValue the default, empty for a text setting the organisation must provide
 * @param description what it controls
 */
public record ParamInfo(String name, ParamType type, String defaultValue, String description) {
  public ParamInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    defaultValue = defaultValue == null ? "" : defaultValue;
    Objects.requireNonNull(description, "description");
  }

  /** Whether the rule cannot run until configuration sets this parameter. */
  public boolean isRequiredSetting() {
    return defaultValue.isEmpty();
  }

  /** Parses the annotation value {@code "<type> [default] | <description>"}. */
  static ParamInfo parse(String name, String declaration) {
    int bar = declaration.indexOf('|');
    if (bar < 0) {
      throw new IllegalArgumentException("@param_" + name + " must read \"<type> <default> | <description>\"");
    }
    String[] head = declaration.substring(0, bar).trim().split("\\s+", 2);
    ParamType type = ParamType.parse(head[0]);
    String defaultValue = head.length > 1 ? type.check(head[1]) : "";
    return new ParamInfo(name, type, defaultValue, declaration.substring(bar + 1).trim());
  }
}
