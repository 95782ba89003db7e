package org.mutuality.engine;

import java.util.Locale;

/**
 * The four keys to mutuality, plus DATA: the rules that say whether the data can support a judgement.
 * The prefix starts every rule id of the key.
 */
public enum Key {
  COORDINATION("COORD"),
  ACCOUNTABILITY("ACCT"),
  IDENTITY("IDEN"),
  CONFIDENCE("CONF"),
  DATA("DATA");

  private final String prefix;

  Key(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** The lower-case name used in metadata and reports, e.g. {@code coordination}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the key is one of the four keys to mutuality, which get a score. */
  public boolean isScored() {
    return this != DATA;
  }

  public static Key parse(String text) {
    for (Key key : values()) {
      if (key.label().equalsIgnoreCase(text) || key.prefix.equalsIgnoreCase(text)) {
        return key;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a key; use coordination, accountability, "
        + "identity, confidence or data");
  }
}
