package org.mutuality.jira.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Jira's times and dates, read leniently: {@code 2026-11-20T09:00:00.000+0000} (platform API),
 * {@code 2026-11-20T09:00:00.000Z} (agile API), ISO offsets with a colon, epoch seconds or milliseconds as
 * numbers (the bulk changelog example), dates {@code yyyy-MM-dd}.
 */
public final class JiraTimes {
  private static final DateTimeFormatter JIRA = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd'T'HH:mm[:ss]")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .toFormatter();
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private JiraTimes() {}

  /** An instant, or {@code null} for null, blank or unreadable text. */
  public static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (t.chars().allMatch(Character::isDigit)) {
      return epoch(Long.parseLong(t));
    }
    try {
      return OffsetDateTime.parse(t, JIRA).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return java.time.LocalDateTime.parse(t, JIRA).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  /** An instant from text or a number (epoch seconds or milliseconds). */
  public static Instant instant(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.isNumber() ? epoch(node.asLong()) : instant(node.asText());
  }

  private static Instant epoch(long value) {
    return value >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
  }

  /** A date {@code yyyy-MM-dd} (or the date of a time, in UTC), or {@code null}. */
  public static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A date from text or epoch milliseconds (one spec example sends a version's release date so). */
  public static LocalDate date(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isNumber()) {
      return LocalDate.ofInstant(epoch(node.asLong()), ZoneOffset.UTC);
    }
    return date(node.asText());
  }
}
