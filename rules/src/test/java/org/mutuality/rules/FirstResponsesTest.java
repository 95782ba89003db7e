package org.mutuality.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.mutuality.config.Configuration;
import org.mutuality.config.PartnerMapper;
import org.mutuality.engine.RuleBase;
import org.mutuality.facts.Activities;
import org.mutuality.facts.FirstResponse;
import org.mutuality.model.AuditClock;
import org.mutuality.model.Snapshot;
import org.mutuality.snapshot.SnapshotReader;

/**
 * The first-response derivation read back through the rule base's {@code firstResponses} query, on a small
 * snapshot whose answers were worked out by hand.
 *
 * <p>The session is opened on the public {@link RuleBase#kieBase()} with the snapshot's facts, the activities
 * computed from it ({@link Activities}), the clock and the calendar, as {@code AuditSession} inserts them, but
 * without any rule's {@code RuleConfig}: only the derivations run, which is what this test is about. No seam in
 * the engine is needed for that.
 */
class FirstResponsesTest {
  private static final Instant AS_OF = Instant.parse("2026-11-20T09:00:00Z");

  // The window starts on 2026-08-22T09:00Z.
  // COF-1 (the cooperative's, reported by Carla): her own comment, a bot's and an unmapped person's do not
  //   answer; Rob answers for the roaster after 12 h (Rita's later comment is not the first); Chris answers
  //   for the cooperative itself after 48 h; Nora's comment comes after the audit's instant.
  // COF-2 was created before the window; COF-3 belongs to no partner: no first responses.
  // COF-4 (the NGO's, reported by Rita of the roaster): Rita's follow-up is no answer, so the roaster has
  //   none; Nora answers for the NGO after 1.5 h; Carla and Chris answer for the cooperative at the same
  //   instant, 48 h after creation: one fact.
  private static final String SNAPSHOT = """
      partnership: {id: COF, name: Coffee partnership}
      partners:
        - {id: coop, name: Growers' cooperative}
        - {id: roaster, name: Tostadores del Sur}
        - {id: ngo, name: Fundación Agua Viva}
      people:
        - {id: carla, name: Carla, partner: coop}
        - {id: chris, name: Chris, partner: coop}
        - {id: rita, name: Rita, partner: roaster}
        - {id: rob, name: Rob, partner: roaster}
        - {id: nora, name: Nora, partner: ngo}
        - {id: jirabot, name: Automation, partner: roaster, bot: true}
        - {id: ursula, name: Ursula}
      workItems:
        - key: COF-1
          summary: Drying beds for the washed lot
          status: In Progress
          assignee: carla
          reporter: carla
          created: 2026-11-02T10:00:00Z
          comments:
            - {author: carla, created: 2026-11-02T11:00:00Z, body: Photos attached}
            - {author: jirabot, created: 2026-11-02T12:00:00Z, body: Synced}
            - {author: ursula, created: 2026-11-02T13:00:00Z, body: Interesting}
            - {author: rob, created: 2026-11-02T22:00:00Z, body: We can lend two}
            - {author: rita, created: 2026-11-03T10:00:00Z, body: Confirmed}
            - {author: chris, created: 2026-11-04T10:00:00Z, body: I will pick them up}
            - {author: nora, created: 2026-11-21T10:00:00Z, body: Later}
        - key: COF-2
          summary: Old item
          status: In Progress
          assignee: rita
          created: 2026-07-01T10:00:00Z
          comments:
            - {author: carla, created: 2026-11-02T11:00:00Z, body: "Still open?"}
        - key: COF-3
          summary: Nobody's item
          status: To Do
          created: 2026-11-02T10:00:00Z
          comments:
            - {author: carla, created: 2026-11-02T11:00:00Z, body: "Who takes this?"}
        - key: COF-4
          summary: Water quality survey
          status: In Progress
          assignee: nora
          reporter: rita
          created: 2026-11-10T08:00:00Z
          comments:
            - {author: rita, created: 2026-11-10T09:00:00Z, body: Details inside}
            - {author: nora, created: 2026-11-10T09:30:00Z, body: Thanks}
            - {author: carla, created: 2026-11-12T08:00:00Z, body: We can help}
            - {author: chris, created: 2026-11-12T08:00:00Z, body: Me too}
      """;

  @Test
  void firstResponsesPerItemAndPartner() throws Exception {
    Configuration config = Configuration.defaults();
    Snapshot snapshot = PartnerMapper.apply(SnapshotReader.read(
        new ByteArrayInputStream(SNAPSHOT.getBytes(StandardCharsets.UTF_8)), "first-responses.yml"), config);

    List<FirstResponse> responses = new ArrayList<>();
    KieSession session = RuleBase.builtIn().kieBase().newKieSession();
    try {
      session.insert(new AuditClock(AS_OF, config.windowDays()));
      session.insert(config.calendar());
      session.insert(snapshot.partnership());
      for (List<?> facts : List.of(snapshot.partners(), snapshot.members(), snapshot.workItems(),
          snapshot.comments(), snapshot.worklogs(), snapshot.transitions())) {
        facts.forEach(session::insert);
      }
      Activities.of(snapshot).forEach(session::insert);
      session.fireAllRules();
      for (QueryResultsRow row : session.getQueryResults("firstResponses")) {
        responses.add((FirstResponse) row.get("$response"));
      }
    } finally {
      session.dispose();
    }

    assertThat(responses)
        .extracting(FirstResponse::itemKey, FirstResponse::ownerPartner, FirstResponse::responderPartner,
            FirstResponse::created, FirstResponse::respondedAt, FirstResponse::hours)
        .containsExactlyInAnyOrder(
            tuple("COF-1", "coop", "roaster", Instant.parse("2026-11-02T10:00:00Z"),
                Instant.parse("2026-11-02T22:00:00Z"), 12.0),
            tuple("COF-1", "coop", "coop", Instant.parse("2026-11-02T10:00:00Z"),
                Instant.parse("2026-11-04T10:00:00Z"), 48.0),
            tuple("COF-4", "ngo", "ngo", Instant.parse("2026-11-10T08:00:00Z"),
                Instant.parse("2026-11-10T09:30:00Z"), 1.5),
            tuple("COF-4", "ngo", "coop", Instant.parse("2026-11-10T08:00:00Z"),
                Instant.parse("2026-11-12T08:00:00Z"), 48.0));
  }
}
