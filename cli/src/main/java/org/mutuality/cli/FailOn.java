package org.mutuality.cli;

import java.util.Locale;
import org.mutuality.engine.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --fail-on} threshold: a severity, or {@code none} (never fail on findings).
 *
 * @param threshold the severity at or above which unwaived findings fail the run, {@code null} for none
 */
record FailOn(Severity threshold) {
  static final FailOn NONE = new FailOn(null);

  /** Whether a run with this many unwaived findings at or above the threshold fails. */
  boolean fails(long findingsAtOrAbove) {
    return threshold != null && findingsAtOrAbove > 0;
  }

  @Override
  public String toString() {
    return threshold == null ? "none" : threshold.label();
  }

  /** Converts option values for picocli. */
  static final class Converter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      if (value.trim().toLowerCase(Locale.ROOT).equals("none")) {
        return NONE;
      }
      try {
        return new FailOn(Severity.parse(value));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a severity; use none, info, minor, major or "
            + "critical");
      }
    }
  }
}
