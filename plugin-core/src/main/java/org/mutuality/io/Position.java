package org.mutuality.io;

/**
 * A place in an input file, for error messages: {@code file:line:column}.
 *
 * @param file the file name as the user gave it
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Position(String file, int line, int column) {
  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
