package org.mutuality.engine;

import java.util.Locale;

/** The kind of value a rule parameter takes; configuration values are checked against it. */
public enum ParamType {
  /** A share between 0 and 1. */
  RATIO,
  /** A whole number of things, 0 or more. */
  COUNT,
  /** A whole number of days, 0 or more. */
  DAYS,
  /** A number of hours, 0 or more. */
  HOURS,
  /** A multiplier, 0 or more (e.g. "at least 2 times the others' rate"). */
  FACTOR,
  /** Free text, such as a label or a role name; a text parameter without a default must be set. */
  TEXT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Checks a value and returns it in canonical form.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public String check(String value) {
    if (this == TEXT) {
      return value == null ? "" : value.trim();
    }
    double number;
    try {
      number = Double.parseDouble(value.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("expected " + expectation() + ", got '" + value + "'");
    }
    boolean whole = number == Math.rint(number);
    boolean ok = switch (this) {
      case RATIO -> number >= 0 && number <= 1;
      case COUNT, DAYS -> number >= 0 && whole;
      case HOURS, FACTOR -> number >= 0;
      case TEXT -> true;
    };
    if (!ok || Double.isNaN(number)) {
      throw new IllegalArgumentException("expected " + expectation() + ", got '" + value + "'");
    }
    return whole && this != RATIO ? Long.toString((long) number) : stripZeros(number);
  }

  /** What a valid value looks like, for error messages. */
  public String expectation() {
    return switch (this) {
      case RATIO -> "a ratio between 0 and 1";
      case COUNT -> "a whole number, 0 or more";
      case DAYS -> "a whole number of days, 0 or more";
      case HOURS -> "a number of hours, 0 or more";
      case FACTOR -> "a factor, 0 or more";
      case TEXT -> "text";
    };
  }

  private static String stripZeros(double number) {
    return new java.math.BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
  }

  public static ParamType parse(String text) {
    for (ParamType type : values()) {
      if (type.label().equalsIgnoreCase(text)) {
        return type;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a parameter type; use ratio, count, days, hours, "
        + "factor or text");
  }
}
