package org.mutuality.cli;

/** Where an audit's instant came from, shown next to it in the header. */
enum AsOfSource {
  OPTION("from --as-of"),
  CAPTURED("when the snapshot was captured"),
  NOW("now: the snapshot has no capturedAt");

  private final String note;

  AsOfSource(String note) {
    this.note = note;
  }

  String note() {
    return note;
  }
}
