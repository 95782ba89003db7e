package org.mutuality.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --as-of}: an ISO-8601 instant ({@code 2026-11-20T09:00:00Z}), a date-time with an offset
 * ({@code 2026-11-20T10:00:00+01:00}), or a date ({@code 2026-11-20}), meaning the start of that day in UTC.
 */
final class AsOfConverter implements ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    return parse(value);
  }

  static Instant parse(String value) {
    String text = value.trim();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (text.endsWith("Z") || text.endsWith("z")) {
        return Instant.parse(text.toUpperCase(java.util.Locale.ROOT));
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not an instant; use ISO-8601, e.g. "
          + "2026-11-20T09:00:00Z, 2026-11-20T10:00:00+01:00, or a date such as 2026-11-20 (start of day, UTC)");
    }
  }
}
