package org.mutuality.sandbox.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the JQL subset an adapter needs: {@code field op value} clauses joined by {@code AND}, {@code IN}
 * lists, and {@code ORDER BY}. Everything else is rejected with a Jira-style message naming the position.
 */
public final class JqlParser {
  private static final Set<String> OPERATORS = Set.of("=", "!=", ">", ">=", "<", "<=", "~", "!~");

  private record Token(String text, boolean quoted, int position) {
    boolean is(String word) {
      return !quoted && text.equalsIgnoreCase(word);
    }
  }

  private final String jql;
  private final List<Token> tokens;
  private int next;

  private JqlParser(String jql) {
    this.jql = jql;
    this.tokens = tokenize(jql);
  }

  /**
   * @param jql the query text; null or blank is the empty query
   * @return the parsed query
   * @throws JqlException for syntax the subset does not cover
   */
  public static JqlQuery parse(String jql) {
    return new JqlParser(jql == null ? "" : jql).query();
  }

  private JqlQuery query() {
    List<Clause> clauses = new ArrayList<>();
    List<OrderBy> order = new ArrayList<>();
    if (!atEnd() && !peek().is("order")) {
      clauses.add(clause());
      while (!atEnd() && !peek().is("order")) {
        Token joiner = take();
        if (joiner.is("or") || joiner.is("not")) {
          throw unsupported("'" + joiner.text() + "'", joiner);
        }
        if (!joiner.is("and")) {
          throw error("Expecting either 'OR' or 'AND' but got '" + joiner.text() + "'.", joiner);
        }
        if (atEnd()) {
          throw new JqlException("Error in the JQL Query: Expecting a field name at the end of the query.");
        }
        clauses.add(clause());
      }
    }
    if (!atEnd()) {
      take();
      Token by = atEnd() ? null : take();
      if (by == null || !by.is("by")) {
        throw new JqlException("Error in the JQL Query: Expecting 'by' after 'order'.");
      }
      do {
        if (atEnd()) {
          throw new JqlException("Error in the JQL Query: Expecting a field name at the end of the query.");
        }
        Token field = take();
        boolean descending = false;
        if (!atEnd() && (peek().is("asc") || peek().is("desc"))) {
          descending = take().is("desc");
        }
        order.add(new OrderBy(field.text().toLowerCase(Locale.ROOT), descending));
      } while (!atEnd() && peek().text().equals(",") && take() != null);
      if (!atEnd()) {
        throw error("Expecting either a ',' or the end of the query but got '" + peek().text() + "'.", peek());
      }
    }
    return new JqlQuery(clauses, order);
  }

  private Clause clause() {
    Token field = take();
    if (field.text().equals("(")) {
      throw unsupported("parentheses", field);
    }
    if (field.is("not")) {
      throw unsupported("'NOT'", field);
    }
    if (atEnd()) {
      throw new JqlException("Error in the JQL Query: Expecting operator before the end of the query. The valid "
          + "operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.");
    }
    Token op = take();
    String name = field.text().toLowerCase(Locale.ROOT);
    if (op.is("in")) {
      expect("(");
      List<String> values = new ArrayList<>();
      do {
        if (atEnd()) {
          throw new JqlException("Error in the JQL Query: Expecting ')' before the end of the query.");
        }
        values.add(take().text());
      } while (!atEnd() && peek().text().equals(",") && take() != null);
      expect(")");
      return new Clause(name, "in", values, field.position());
    }
    if (op.is("not") || op.is("is") || op.is("was") || op.is("changed")) {
      throw unsupported("the operator '" + op.text().toUpperCase(Locale.ROOT) + "'", op);
    }
    if (op.quoted() || !OPERATORS.contains(op.text())) {
      throw error("Expecting operator but got '" + op.text() + "'. The valid operators are '=', '!=', '<', '>', "
          + "'<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.", op);
    }
    if (atEnd()) {
      throw new JqlException("Error in the JQL Query: Expecting either a value, list or function before the end "
          + "of the query.");
    }
    Token value = take();
    if (!atEnd() && peek().text().equals("(")) {
      throw unsupported("functions", value);
    }
    return new Clause(name, op.text(), List.of(value.text()), field.position());
  }

  private void expect(String text) {
    if (atEnd()) {
      throw new JqlException("Error in the JQL Query: Expecting '" + text + "' before the end of the query.");
    }
    Token token = take();
    if (token.quoted() || !token.text().equals(text)) {
      throw error("Expecting '" + text + "' but got '" + token.text() + "'.", token);
    }
  }

  private JqlException error(String message, Token at) {
    return new JqlException("Error in the JQL Query: " + message + " (line 1, character " + at.position() + ")");
  }

  private JqlException unsupported(String what, Token at) {
    return new JqlException("Error in the JQL Query: the Jira sandbox does not support " + what
        + " (line 1, character " + at.position() + "). It understands clauses on project, key, created and "
        + "updated joined by AND, and ORDER BY. Query: " + jql);
  }

  private boolean atEnd() {
    return next >= tokens.size();
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    return tokens.get(next++);
  }

  private static List<Token> tokenize(String jql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < jql.length()) {
      char c = jql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\'') {
        int end = jql.indexOf(c, i + 1);
        if (end < 0) {
          throw new JqlException("Error in the JQL Query: The quoted string '" + jql.substring(i + 1)
              + "' has not been completed. (line 1, character " + (i + 1) + ")");
        }
        out.add(new Token(jql.substring(i + 1, end), true, i + 1));
        i = end + 1;
      } else if ("(),".indexOf(c) >= 0) {
        out.add(new Token(String.valueOf(c), false, i + 1));
        i++;
      } else if ("=!<>~".indexOf(c) >= 0) {
        int start = i;
        i++;
        if (i < jql.length() && (jql.charAt(i) == '=' || jql.charAt(i) == '~')) {
          i++;
        }
        out.add(new Token(jql.substring(start, i), false, start + 1));
      } else {
        int start = i;
        while (i < jql.length() && !Character.isWhitespace(jql.charAt(i)) && "(),=!<>~\"'".indexOf(jql.charAt(i)) < 0) {
          i++;
        }
        out.add(new Token(jql.substring(start, i), false, start + 1));
      }
    }
    return out;
  }
}
