package org.mutuality.io;

import java.util.List;

/**
 * Bad input from a user's file: the message starts with the place ({@code file:line:column}) and says what
 * is wrong there, so it can be shown as it is, without a stack trace.
 */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Position position;

  public InputException(Position position, String message) {
    super(position + ": " + message);
    this.position = position;
  }

  public InputException(Position position, String message, Throwable cause) {
    super(position + ": " + message, cause);
    this.position = position;
  }

  private InputException(Position first, List<String> placedMessages) {
    super(String.join(System.lineSeparator(), placedMessages));
    this.position = first;
  }

  /**
   * Several problems found at once, each already starting with its place; the first place is {@link
   * #position()}.
   */
  public static InputException several(Position first, List<String> placedMessages) {
    return new InputException(first, placedMessages);
  }

  /** Where the problem is. */
  public Position position() {
    return position;
  }
}
