package org.mutuality.sandbox.http;

/**
 * A write refused with a ready answer that carries headers (429): thrown through endpoint code, caught by
 * {@link Writes#guard}.
 */
final class WriteRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Reply reply;

  WriteRejected(Reply reply) {
    super("write rejected with " + reply.status(), null, false, false);
    this.reply = reply;
  }

  Reply reply() {
    return reply;
  }
}
