package org.mutuality.jira.decode;

/**
 * A Jira body that is not of the kind it was given as, or lacks what that kind requires. The message starts with
 * the JSON path of the problem, e.g. {@code $.issues: a search page needs an issues array}.
 */
public final class DecodeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * @param path the JSON path, e.g. {@code $.issues[2].key}
   * @param problem what is wrong there
   */
  public DecodeException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /** The JSON path of the problem. */
  public String path() {
    return path;
  }
}
