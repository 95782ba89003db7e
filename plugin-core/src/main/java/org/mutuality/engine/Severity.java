package org.mutuality.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a finding matters, from least to most. */
public enum Severity {
  INFO,
  MINOR,
  MAJOR,
  CRITICAL;

  /** The lower-case name used in configuration, metadata and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses {@code info}, {@code minor}, {@code major} or {@code critical}, in any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Severity parse(String text) {
    if (text != null) {
      for (Severity severity : values()) {
        if (severity.name().equalsIgnoreCase(text.trim())) {
          return severity;
        }
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a severity; use one of " + Arrays.stream(values()).map(Severity::label)
            .collect(Collectors.joining(", ")));
  }
}
