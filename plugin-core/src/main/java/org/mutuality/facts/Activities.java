package org.mutuality.facts;

import java.util.ArrayList;
import java.util.List;
import org.mutuality.model.Snapshot;

/**
 * What happened on each work item, what each person did and what happened in the whole partnership
 * ({@link ItemActivity}, {@link PersonActivity}, {@link PartnershipActivity}), computed from a snapshot and inserted with its facts. Rules derived both until it was measured that their
 * accumulates held a right tuple and an accumulate match for every comment, change and worklog of the
 * partnership (about 0.9 million tuples and 1.6 s of CPU at 50,000 items). They depend on the snapshot alone, so
 * they are inserted as the snapshot's own facts are, not logically: a session that takes updates must replace the
 * activity of the items and people an update touches.
 */
public final class Activities {
  private Activities() {}

  /** Every work item's activity, then every person's, in the snapshot's order, then the partnership's. */
  public static List<Object> of(Snapshot snapshot) {
    List<Object> facts = new ArrayList<>(ItemActivity.allOf(snapshot.workItems(), snapshot.transitions(),
        snapshot.comments(), snapshot.worklogs()));
    facts.addAll(PersonActivity.allOf(snapshot.members(), snapshot.workItems(), snapshot.transitions(),
        snapshot.comments(), snapshot.worklogs()));
    facts.add(PartnershipActivity.of(snapshot.workItems(), snapshot.comments(), snapshot.transitions()));
    return facts;
  }
}
