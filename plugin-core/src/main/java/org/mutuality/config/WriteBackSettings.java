package org.mutuality.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How findings are written back into the tracker ({@code writeBack:} in {@code mutuality.yml}). Everything written
 * is marked as Mutuality's own with {@link #labelPrefix()}, so later runs update it in place and a purge finds it.
 *
 * @param labelPrefix the prefix of every label Mutuality writes ({@code mutuality} gives
 *     {@code mutuality-accountability}); lower case letters, digits, {@code -} and {@code _}, starting with a letter
 * @param summaryIssue whether to keep one "Partnership health" summary issue per project, updated in place
 * @param summaryIssueType the issue type of a summary issue Mutuality creates (e.g. {@code Task})
 */
public record WriteBackSettings(String labelPrefix, boolean summaryIssue, String summaryIssueType) {
  /** What a label prefix may be: a label has no spaces, and these are safe in JQL unquoted. */
  public static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

  /** The default: prefix {@code mutuality}, no summary issue, issue type {@code Task}. */
  public static final WriteBackSettings DEFAULT = new WriteBackSettings("mutuality", false, "Task");

  public WriteBackSettings {
    Objects.requireNonNull(labelPrefix, "labelPrefix");
    Objects.requireNonNull(summaryIssueType, "summaryIssueType");
    if (!PREFIX.matcher(labelPrefix).matches()) {
      throw new IllegalArgumentException("a label prefix is 1 to 40 lower case letters, digits, '-' or '_', "
          + "starting with a letter, got '" + labelPrefix + "'");
    }
  }
}
