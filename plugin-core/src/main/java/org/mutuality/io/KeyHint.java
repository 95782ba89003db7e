package org.mutuality.io;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a file type read by {@link Documents}: a key it no longer has, and what to write instead. The unknown-key error
 * for that key gives the hint in place of the list of known keys.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeyHint {
  /** The key that is unknown now. */
  String key();

  /** What to write instead, e.g. {@code use source: {type: …}}. */
  String hint();
}
