package org.mutuality.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.mutuality.facts.ActiveMember;
import org.mutuality.facts.FirstResponse;
import org.mutuality.facts.PartnerExcluded;
import org.mutuality.facts.PartnerShare;
import org.mutuality.io.InputException;
import org.mutuality.model.AccessKind;
import org.mutuality.model.AuditClock;
import org.mutuality.model.Snapshot;
import org.mutuality.snapshot.SnapshotReader;

/**
 * The data behind the indices of the coffee report, with the derived facts given by hand as the rule base
 * would infer them. Every figure is worked out in {@link IndicesTest}.
 *
 * <p>Four partners; the cooperative, the roastery and the NGO have active members, the university none.
 * The window runs from 2026-08-22T09:00Z to 2026-11-20T09:00Z.
 */
final class IndexFixture {
  static final Instant AS_OF = Instant.parse("2026-11-20T09:00:00Z");
  static final AuditClock CLOCK = new AuditClock(AS_OF, 90);

  // Comments in the window, bots' left out: 8 (COF-1: 4, COF-2: 4), of which 7 are visible to every partner
  // with an active member: the one restricted to Steering shuts out the NGO; the one restricted to Partners
  // shuts out only the university, which has no member. The bot's comment and the comment of July do not
  // count. Worklogs in the window: 2; the one restricted to group coop-staff shuts out the roastery and the
  // NGO: 1 visible.
  // Document roles "Documents, ADMINS": Carla holds Documents (coop), Rob holds Admins (roastery); Nora (NGO)
  // holds neither; the bot's Documents role does not count.
  private static final String SNAPSHOT = """
      partnership: {id: COF, name: Coffee for Tomorrow}
      partners:
        - {id: coop, name: Growers' Cooperative}
        - {id: roastery, name: Roastery Nord}
        - {id: ngo, name: Fair Cup}
        - {id: uni, name: University}
      people:
        - {id: carla, name: Carla, partner: coop, roles: [Documents, Steering, Partners], groups: [coop-staff]}
        - {id: rob, name: Rob, partner: roastery, roles: [Admins, Steering, Partners]}
        - {id: nora, name: Nora, partner: ngo, roles: [Partners]}
        - {id: syncbot, name: Sync Bot, partner: ngo, bot: true, roles: [Documents]}
        - {id: ursula, name: Ursula}
      workItems:
        - key: COF-1
          summary: Drying beds
          status: In Progress
          assignee: carla
          created: 2026-07-01T10:00:00Z
          comments:
            - {id: "1", author: carla, created: 2026-10-01T10:00:00Z, body: Open}
            - {id: "2", author: rob, created: 2026-10-02T10:00:00Z, body: Open}
            - {id: "3", author: nora, created: 2026-10-03T10:00:00Z, body: Open}
            - {id: "4", author: carla, created: 2026-10-04T10:00:00Z, visibility: {role: Steering}, body: Prices}
            - {id: "5", author: syncbot, created: 2026-10-05T10:00:00Z, body: Synced}
            - {id: "6", author: carla, created: 2026-07-02T10:00:00Z, body: Before the window}
          worklogs:
            - {author: carla, started: 2026-10-01T08:00:00Z, hours: 6}
            - {author: carla, started: 2026-10-02T08:00:00Z, hours: 4, visibility: {group: coop-staff}}
        - key: COF-2
          summary: Cupping session
          status: To Do
          assignee: rob
          created: 2026-07-01T10:00:00Z
          comments:
            - {id: "7", author: rob, created: 2026-10-06T10:00:00Z, visibility: {role: Partners}, body: Shared}
            - {id: "8", author: ursula, created: 2026-10-07T10:00:00Z, body: Open}
            - {id: "9", author: nora, created: 2026-10-08T10:00:00Z, body: Open}
            - {id: "10", author: carla, created: 2026-10-09T10:00:00Z, body: Open}
      """;

  /** The document-access roles as set. */
  static final List<String> ROLES = List.of("Documents", "ADMINS");

  private IndexFixture() {}

  static Snapshot snapshot() {
    try {
      return SnapshotReader.read(new ByteArrayInputStream(SNAPSHOT.getBytes(StandardCharsets.UTF_8)), "indices.yml");
    } catch (InputException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<ActiveMember> activeMembers() {
    return List.of(new ActiveMember("carla", "coop"), new ActiveMember("rob", "roastery"),
        new ActiveMember("nora", "ngo"), new ActiveMember("ursula", null));
  }

  /**
   * Resolved 5 / 3 / 2 (the university has none and no active member); hours 10 / 0 / 0; comments 2 / 2 / 0.
   * PartnerShare facts exist for every partner once a dimension has a total.
   */
  static List<PartnerShare> partnerShares() {
    String resolved = PartnerShare.RESOLVED;
    String hours = PartnerShare.HOURS;
    String comments = PartnerShare.COMMENTS;
    return List.of(
        new PartnerShare(resolved, "coop", 5, 10), new PartnerShare(resolved, "roastery", 3, 10),
        new PartnerShare(resolved, "ngo", 2, 10), new PartnerShare(resolved, "uni", 0, 10),
        new PartnerShare(hours, "coop", 10, 10), new PartnerShare(hours, "roastery", 0, 10),
        new PartnerShare(hours, "ngo", 0, 10), new PartnerShare(hours, "uni", 0, 10),
        new PartnerShare(comments, "coop", 2, 4), new PartnerShare(comments, "roastery", 2, 4),
        new PartnerShare(comments, "ngo", 0, 4), new PartnerShare(comments, "uni", 0, 4));
  }

  /**
   * The roastery's R-1 answered by the cooperative after 10 h and R-2 after 100 h; the cooperative's C-1 answered
   * by the roastery after 80 h, by the NGO after 72 h and by the cooperative itself after 1 h.
   */
  static List<FirstResponse> firstResponses() {
    Instant created = Instant.parse("2026-10-01T00:00:00Z");
    return List.of(
        FirstResponse.of("R-1", "roastery", "coop", created, created.plusSeconds(10 * 3600)),
        FirstResponse.of("R-2", "roastery", "coop", created, created.plusSeconds(100 * 3600)),
        FirstResponse.of("C-1", "coop", "roastery", created, created.plusSeconds(80 * 3600)),
        FirstResponse.of("C-1", "coop", "ngo", created, created.plusSeconds(72 * 3600)),
        FirstResponse.of("C-1", "coop", "coop", created, created.plusSeconds(3600)));
  }

  static List<PartnerExcluded> exclusions() {
    return List.of(
        new PartnerExcluded(AccessKind.ROLE, "Steering", "ngo"),
        new PartnerExcluded(AccessKind.ROLE, "Steering", "uni"),
        new PartnerExcluded(AccessKind.ROLE, "Partners", "uni"),
        new PartnerExcluded(AccessKind.GROUP, "coop-staff", "roastery"),
        new PartnerExcluded(AccessKind.GROUP, "coop-staff", "ngo"),
        new PartnerExcluded(AccessKind.GROUP, "coop-staff", "uni"));
  }

  /** The setting's reason while it is unset, as the engine words it. */
  static final String ROLES_UNSET = "set rules.CONF-003.params.documentRoles in mutuality.yml "
      + "(The project roles that grant access to the partnership's documents, comma-separated)";

  /**
   * A partnership with no data beside its name: the derived facts are there and empty, the document roles
   * unset. For reports built by hand whose indices are not what the test is about.
   */
  static IndexData empty() {
    Snapshot snapshot = new Snapshot(AS_OF, "s", null, new org.mutuality.model.Partnership("COF", "Coffee", null, false,
        null), null, null, null, null, null, null, null, null, null, null, null, null);
    return new IndexData(snapshot, CLOCK, IndexInput.of(List.of()), IndexInput.of(List.of()), IndexInput.of(List.of()),
        IndexInput.of(List.of()), IndexInput.missing(ROLES_UNSET));
  }

  /** Every input present, document roles set. */
  static IndexData data() {
    return new IndexData(snapshot(), CLOCK, IndexInput.of(activeMembers()), IndexInput.of(partnerShares()),
        IndexInput.of(firstResponses()), IndexInput.of(exclusions()), IndexInput.of(ROLES));
  }
}
