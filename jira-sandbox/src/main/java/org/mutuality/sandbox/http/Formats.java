package org.mutuality.sandbox.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Jira's date and duration formats. */
final class Formats {
  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter AGILE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter USER_DATE = DateTimeFormatter.ofPattern("d/MMM/yyyy", Locale.ENGLISH);

  private Formats() {
  }

  /** @return the platform API form, {@code 2026-11-20T09:00:00.000+0000} */
  static String time(Instant instant) {
    return instant == null ? null : JIRA_TIME.format(instant);
  }

  /** @return the agile API form, {@code 2026-11-20T09:00:00.000Z} */
  static String agileTime(Instant instant) {
    return instant == null ? null : AGILE_TIME.format(instant);
  }

  /** @return {@code yyyy-MM-dd} */
  static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** @return the instance-formatted date, {@code 31/Oct/2026} */
  static String userDate(LocalDate date) {
    return date == null ? null : USER_DATE.format(date);
  }

  /**
   * Jira's duration text with its default 8-hour day and 5-day week, e.g. {@code 1d 2h 30m}.
   *
   * @param seconds a duration
   * @return the text
   */
  static String duration(long seconds) {
    long minutes = seconds / 60;
    long[] sizes = {5 * 8 * 60, 8 * 60, 60, 1};
    String[] units = {"w", "d", "h", "m"};
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      long n = minutes / sizes[i];
      minutes %= sizes[i];
      if (n > 0) {
        parts.add(n + units[i]);
      }
    }
    return parts.isEmpty() ? "0m" : String.join(" ", parts);
  }
}
