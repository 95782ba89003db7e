package org.mutuality.cli.bench;

import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;
import org.mutuality.model.Snapshot;

/**
 * The baseline Mutuality's evaluation is measured against in the same run: four toy rules over the same
 * facts (no joins beyond one key, no accumulations across partners), in a stateful session, as in the
 * floor recorded in {@code DEPENDENCIES.md}. What it costs is what Drools costs to hold and touch the facts.
 */
final class ToyBaseline {
  private static final String DRL = """
      package org.mutuality.bench.toy;
      import org.mutuality.model.WorkItem;
      import org.mutuality.model.Comment;
      import org.mutuality.model.Transition;
      import org.mutuality.model.StatusCategory;

      declare Flag
          rule : String
          key : String
      end

      rule "toy: open item without assignee"
      when
          WorkItem(resolved == null, assigneeId == null, $key : key)
      then
          insertLogical(new Flag("unassigned", $key));
      end

      rule "toy: restricted comment"
      when
          Comment(visibility != null, $key : itemKey)
      then
          insertLogical(new Flag("restricted", $key));
      end

      rule "toy: comment on a resolved item"
      when
          WorkItem(resolved != null, $key : key)
          exists Comment(itemKey == $key)
      then
          insertLogical(new Flag("discussed", $key));
      end

      rule "toy: reopened"
      when
          Transition(field == "status", newCategory == StatusCategory.TO_DO, $key : itemKey)
      then
          insertLogical(new Flag("reopened", $key));
      end
      """;

  private final KieBase kieBase;

  ToyBaseline() {
    kieBase = new KieHelper().addContent(DRL, ResourceType.DRL).build();
  }

  /** Inserts the snapshot's facts, fires the rules, and returns how many facts the session held. */
  long evaluate(Snapshot snapshot) {
    return evaluate(snapshot, () -> {});
  }

  /** As {@link #evaluate(Snapshot)}, running {@code afterFiring} while the fired session is still alive. */
  long evaluate(Snapshot snapshot, Runnable afterFiring) {
    KieSession session = kieBase.newKieSession();
    try {
      session.insert(snapshot.partnership());
      snapshot.partners().forEach(session::insert);
      snapshot.members().forEach(session::insert);
      snapshot.workItems().forEach(session::insert);
      snapshot.comments().forEach(session::insert);
      snapshot.worklogs().forEach(session::insert);
      snapshot.transitions().forEach(session::insert);
      snapshot.accessGrants().forEach(session::insert);
      session.fireAllRules();
      afterFiring.run();
      return session.getFactCount();
    } finally {
      session.dispose();
    }
  }
}
