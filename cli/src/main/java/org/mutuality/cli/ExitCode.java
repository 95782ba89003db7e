package org.mutuality.cli;

/** The exit codes of the {@code mutuality} command, as its help footer documents them. */
public final class ExitCode {
  /** Nothing at or above {@code --fail-on}, or the command did its job. */
  public static final int OK = 0;
  /** Unwaived findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;
  /** A usage or configuration error: a bad option, file, rule id, or organisation rule file. */
  public static final int USAGE = 2;
  /** A data source could not be read. */
  public static final int SOURCE = 3;
  /** A fault of Mutuality itself: an unexpected error. */
  public static final int INTERNAL = 4;

  static final String HEADING = "%nExit codes:%n";
  static final String OK_TEXT = "0:nothing at or above --fail-on (the default, none, never fails on findings)";
  static final String FINDINGS_TEXT = "1:unwaived findings at or above --fail-on";
  static final String USAGE_TEXT = "2:usage or configuration error: a bad option, a bad YAML/JSON file, an unknown"
      + " rule id, a broken organisation rule file (the audit still runs the built-in rules)";
  static final String SOURCE_TEXT = "3:a data source could not be read";
  static final String INTERNAL_TEXT = "4:an unexpected error in Mutuality (rerun with --debug and report it)";

  private ExitCode() {}
}
