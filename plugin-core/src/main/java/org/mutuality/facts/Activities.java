package org.mutuality.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.mutuality.model.Snapshot;

/**
 * What happened on each work item, what each person did and what happened in the whole partnership
 * ({@link ItemActivity}, {@link PersonActivity}, {@link PartnershipActivity}), computed from a snapshot and
 * inserted with its facts. Rules derived both until it was measured that their accumulates held a right tuple
 * and an accumulate match for every comment, change and worklog of the partnership (about 0.9 million tuples and
 * 1.6 s of CPU at 50,000 items). They depend on the snapshot alone, so they are inserted as the snapshot's own
 * facts are, not logically: a session that takes updates must replace the activity of the items and people an
 * update touches.
 *
 * <p>Computing them takes about a second of CPU at 100,000 work items, so {@link #start} begins with what each
 * person did on another thread while the caller goes on, typically inserting the snapshot's facts ({@link
 * CompletableFuture#supplyAsync}: the common fork-join pool, or a thread of its own where that pool has no
 * parallelism, as on two cores); {@link Pending#facts} computes the rest on the caller's thread and waits for the
 * people. The task reads the snapshot alone, which is immutable; a caller that fails before asking for the facts
 * leaves it to finish unseen.
 */
public final class Activities {
  private Activities() {}

  /** Every work item's activity, then every person's, in the snapshot's order, then the partnership's. */
  public static List<Object> of(Snapshot snapshot) {
    return start(snapshot).facts();
  }

  /** Starts computing the people's activity on another thread; the snapshot must not change meanwhile. */
  public static Pending start(Snapshot snapshot) {
    return new Pending(snapshot, CompletableFuture.supplyAsync(() -> PersonActivity.allOf(snapshot.members(),
        snapshot.workItems(), snapshot.transitions(), snapshot.comments(), snapshot.worklogs())));
  }

  /** Activities being computed. */
  public static final class Pending {
    private final Snapshot snapshot;
    private final CompletableFuture<List<PersonActivity>> people;

    private Pending(Snapshot snapshot, CompletableFuture<List<PersonActivity>> people) {
      this.snapshot = snapshot;
      this.people = people;
    }

    /**
     * Every work item's activity, then every person's, in the snapshot's order, then the partnership's: what
     * {@link Activities#of} gives. An error computing the people's activity is thrown here, as it was thrown.
     */
    public List<Object> facts() {
      List<Object> facts = new ArrayList<>(ItemActivity.allOf(snapshot.workItems(), snapshot.transitions(),
          snapshot.comments(), snapshot.worklogs()));
      try {
        facts.addAll(people.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
      facts.add(PartnershipActivity.of(snapshot.workItems(), snapshot.comments(), snapshot.transitions()));
      return facts;
    }
  }
}
