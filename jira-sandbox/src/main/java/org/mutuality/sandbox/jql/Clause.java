package org.mutuality.sandbox.jql;

import java.util.List;

/**
 * One condition of the supported JQL subset: {@code field op value} or {@code field in (values)}.
 *
 * @param field the field name as written, lower-cased
 * @param operator {@code =}, {@code !=}, {@code in}, {@code >}, {@code >=}, {@code <}, {@code <=}
 * @param values the operand(s), unquoted
 * @param position the 1-based character position of the clause, for error messages
 */
public record Clause(String field, String operator, List<String> values, int position) {
  /** Copies the values. */
  public Clause {
    values = List.copyOf(values);
  }
}
