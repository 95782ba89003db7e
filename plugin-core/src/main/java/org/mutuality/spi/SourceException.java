package org.mutuality.spi;

/**
 * A data source that could not be read: the message names the place (a URL and the status it answered, a
 * file) and never carries credentials. The command exits with 3 on it.
 */
public class SourceException extends Exception {
  private static final long serialVersionUID = 1L;

  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
