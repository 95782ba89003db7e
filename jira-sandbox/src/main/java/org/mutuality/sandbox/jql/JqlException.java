package org.mutuality.sandbox.jql;

/** A query Jira would reject with 400; the message is the text of Jira's {@code errorMessages}. */
public final class JqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message Jira's error text
   */
  public JqlException(String message) {
    super(message);
  }
}
