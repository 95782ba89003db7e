package org.mutuality.report;

import java.util.Objects;
import org.mutuality.facts.ActiveMember;
import org.mutuality.facts.FirstResponse;
import org.mutuality.facts.PartnerExcluded;
import org.mutuality.facts.PartnerShare;
import org.mutuality.model.AuditClock;
import org.mutuality.model.Snapshot;

/**
 * What the indices are computed from, beside the findings and key scores: the audited snapshot (after
 * partner mapping), the audit's clock, the derived facts the rule base inferred, read back through its
 * queries, and the document-access roles of the configuration.
 *
 * @param snapshot the snapshot as audited: partners, people (bots marked), comments, worklogs, access
 *     grants and what could not be read
 * @param clock the audit's instant and window
 * @param activeMembers people with activity in the window (query {@code activeMembers})
 * @param partnerShares each partner's share of resolved work items, logged hours and comments (query
 *     {@code partnerShares})
 * @param firstResponses each partner's first answer on each work item created in the window (query
 *     {@code firstResponses})
 * @param exclusions the partners each comment or worklog restriction shuts out (query {@code partnerExclusions})
 * @param documentRoles the project roles that grant access to the partnership's documents (CONF-003's
 *     {@code documentRoles} setting)
 */
public record IndexData(
    Snapshot snapshot,
    AuditClock clock,
    IndexInput<ActiveMember> activeMembers,
    IndexInput<PartnerShare> partnerShares,
    IndexInput<FirstResponse> firstResponses,
    IndexInput<PartnerExcluded> exclusions,
    IndexInput<String> documentRoles) {

  /** The rule base's query for {@link ActiveMember} facts, bound to {@code $member}. */
  public static final String ACTIVE_MEMBERS_QUERY = "activeMembers";
  /** The rule base's query for {@link PartnerShare} facts, bound to {@code $share}. */
  public static final String PARTNER_SHARES_QUERY = "partnerShares";
  /** The rule base's query for {@link FirstResponse} facts, bound to {@code $response}. */
  public static final String FIRST_RESPONSES_QUERY = "firstResponses";
  /** The rule base's query for {@link PartnerExcluded} facts, bound to {@code $excluded}. */
  public static final String EXCLUSIONS_QUERY = "partnerExclusions";

  public IndexData {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(activeMembers, "activeMembers");
    Objects.requireNonNull(partnerShares, "partnerShares");
    Objects.requireNonNull(firstResponses, "firstResponses");
    Objects.requireNonNull(exclusions, "exclusions");
    Objects.requireNonNull(documentRoles, "documentRoles");
  }
}
