package org.mutuality.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.mutuality.engine.RuleBase;

/**
 * Loads the rule base for a command: the built-in rules plus an organisation's folders. Every problem with
 * the organisation's files is printed as {@code error: ...}; the built-in rules keep working whatever
 * happens to those files.
 */
final class RuleBaseLoader {
  private RuleBaseLoader() {}

  /**
   * A rule base and how many problems its organisation rules had.
   *
   * @param ruleBase the rules to audit with
   * @param problems the number of problems printed; non-zero makes the command exit with 2
   */
  record Loaded(RuleBase ruleBase, int problems) {}

  static Loaded load(List<Path> folders, PrintWriter err) {
    if (folders.isEmpty()) {
      return new Loaded(RuleBase.builtIn(), 0);
    }
    RuleBase ruleBase = RuleBase.load(folders);
    ruleBase.problems().forEach(problem -> err.println("error: " + problem));
    err.flush();
    return new Loaded(ruleBase, ruleBase.problems().size());
  }
}
