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
    Instant usual = usual(t);
    return usual != null ? usual : formatted(t);
  }

  /** {@link #instant(String)} through the formatter alone, for trimmed, non-blank text. */
  static Instant formatted(String t) {
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

  /**
   * The shapes Jira sends almost always, {@code 2026-11-20T09:00:00.000+0000} and {@code 2026-11-20T09:00:00.000Z},
   * read without the formatter (a read parses hundreds of thousands); {@code null} for anything else, or any value
   * out of range, which the formatter then reads as before.
   */
  private static Instant usual(String t) {
    int n = t.length();
    if (n != 28 && n != 24 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
        || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(19) != '.') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    int millis = digits(t, 20, 3);
    int offset;
    if (n == 24) {
      if (t.charAt(23) != 'Z') {
        return null;
      }
      offset = 0;
    } else {
      char sign = t.charAt(23);
      int hours = digits(t, 24, 2);
      int minutes = digits(t, 26, 2);
      if (sign != '+' && sign != '-' || hours < 0 || minutes < 0 || minutes > 59) {
        return null;
      }
      offset = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    if (year < 1 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || millis < 0) {
      return null;
    }
    try {
      return java.time.LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
          .toInstant(ZoneOffset.ofTotalSeconds(offset));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The number of {@code length} ASCII digits from {@code from}, or -1. */
  private static int digits(String t, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
