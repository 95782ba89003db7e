package org.mutuality.facts;

import java.time.Instant;
import java.util.Objects;
import org.mutuality.model.Iteration;
import org.mutuality.model.IterationState;

/**
 * A sprint that was closed by the audit's instant: the tracker says it is closed, it has a planned start and
 * end, and it closed (its {@code complete} instant, else its planned end) at or before {@code asOf}. Sprints
 * without a start or an end cannot say what was committed or done and are left out.
 *
 * <p>The instants are named {@code startAt}, {@code endAt} and {@code closedAt} because {@code end} is a DRL
 * keyword.
 *
 * @param iterationId the sprint
 * @param name its display name, for messages
 * @param startAt its planned start: what was in it then is its committed scope
 * @param endAt its planned end: what was done by then counts as done
 * @param closedAt when it closed: its {@code complete} instant, else its planned end
 */
public record ClosedSprint(String iterationId, String name, Instant startAt, Instant endAt, Instant closedAt) {
  public ClosedSprint {
    Objects.requireNonNull(iterationId, "iterationId");
    Objects.requireNonNull(startAt, "startAt");
    Objects.requireNonNull(endAt, "endAt");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  /**
   * The closed sprint an iteration is at an instant, or {@code null} when it is not closed, lacks a start or
   * an end, or closed after {@code asOf}.
   */
  public static ClosedSprint of(Iteration iteration, Instant asOf) {
    if (iteration.state() != IterationState.CLOSED || iteration.start() == null || iteration.end() == null) {
      return null;
    }
    Instant closed = iteration.complete() != null ? iteration.complete() : iteration.end();
    if (closed.isAfter(asOf)) {
      return null;
    }
    return new ClosedSprint(iteration.id(), iteration.name(), iteration.start(), iteration.end(), closed);
  }

  /** Whether this sprint closed after another one: by closing instant, then by id, so the order is total. */
  public boolean closedAfter(ClosedSprint other) {
    int byInstant = closedAt.compareTo(other.closedAt);
    return byInstant != 0 ? byInstant > 0 : iterationId.compareTo(other.iterationId) > 0;
  }
}
