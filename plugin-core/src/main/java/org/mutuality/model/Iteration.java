package org.mutuality.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A time-boxed iteration (a sprint).
 *
 * @param id the tracker's id
 * @param name display name
 * @param state where it stands
 * @param start planned start, {@code null} for future iterations
 * @param end planned end
 * @param complete when it was closed, {@code null} until then
 * @param goal the iteration goal, empty when none was written
 */
public record Iteration(
    String id, String name, IterationState state, Instant start, Instant end, Instant complete, String goal) {
  public Iteration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    name = name == null ? id : name;
    goal = goal == null ? "" : goal;
  }
}
