package org.mutuality.sandbox.site;

import java.time.Instant;

/**
 * A sprint of a scrum board. A future sprint may have no dates.
 *
 * @param id the sprint id
 * @param name the name
 * @param state {@code future}, {@code active} or {@code closed}
 * @param start the start, or {@code null}
 * @param end the planned end, or {@code null}
 * @param complete when it was completed, or {@code null}
 * @param created when it was created
 * @param boardId the board it was created on
 * @param goal the sprint goal, or {@code null} when none was set
 */
public record Sprint(long id, String name, String state, Instant start, Instant end, Instant complete,
    Instant created, long boardId, String goal) {
}
