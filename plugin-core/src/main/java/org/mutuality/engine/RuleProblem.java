package org.mutuality.engine;

/**
 * An organisation's rule file that could not be used: the file, the line, the rule when known, and what is
 * wrong. The file is left out of the rule base; the built-in rules keep working.
 *
 * @param file the {@code .drl} file
 * @param line the 1-based line, 0 when Drools gave none
 * @param rule the rule name, or {@code null}
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String rule, String message) {
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + (rule == null ? "" : "rule \"" + rule + "\": ") + message;
  }
}
