package org.mutuality.jira.record;

/**
 * A recording that cannot be made or replayed: a folder others may read, a file changed since it was recorded, a
 * request the recording does not hold. The message names the folder, the file or the request.
 */
public final class RecordingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RecordingException(String message) {
    super(message);
  }

  RecordingException(String message, Throwable cause) {
    super(message, cause);
  }
}
