package org.mutuality.io;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonLocation;

/**
 * Base of the file types read by {@link Documents}: remembers where in the file the object started, so
 * checks made after parsing can still name {@code file:line:column}.
 */
public abstract class Located {
  @JsonIgnore private JsonLocation location;

  /** Where this object starts in its file, or {@code null} when it was not read from one. */
  public JsonLocation location() {
    return location;
  }

  void locate(JsonLocation where) {
    this.location = where;
  }
}
