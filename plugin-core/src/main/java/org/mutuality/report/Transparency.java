package org.mutuality.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.mutuality.config.Configuration;
import org.mutuality.engine.ParamInfo;
import org.mutuality.engine.RuleCatalogue;
import org.mutuality.engine.RuleInfo;
import org.mutuality.facts.PartnerExcluded;
import org.mutuality.model.AccessGrant;
import org.mutuality.model.AccessKind;
import org.mutuality.model.Comment;
import org.mutuality.model.DataArea;
import org.mutuality.model.Member;
import org.mutuality.model.Visibility;
import org.mutuality.model.Worklog;

/**
 * Transparency (RULES.md, Indices 4): 100 × (share of the comments and worklogs of the window visible to
 * all partners) × (share of partners with a member in a document-access role).
 *
 * <p>Partners are those with an active member in the window, for both factors. Visibility: comments written
 * and worklogs started in the window, bots' left out (as CONF-001 counts them); one is visible to all
 * partners when it is open, or restricted to a role or group that no such partner is shut out of (no
 * {@code PartnerExcluded} fact for it and one of them: a partner without any member in the tracker is shut
 * out of every restriction, and of nothing it could take part in). Document access: of those partners, the
 * ones with a member (any, not a bot) holding one of the project roles CONF-003's setting {@value #SETTING}
 * names (comma-separated, compared in any case). Each factor is shown on its own, so one that can be
 * computed is shown when the other cannot; the index needs both.
 *
 * @param index 0 to 100, rounded half up; {@code null} when a factor cannot be computed
 * @param reason why there is no index, naming the factor; {@code null} when there is one
 * @param visibility the first factor
 * @param access the second factor
 * @param rules the related rules the rule base has: {@link #RELATED_RULES}
 * @param findings the fingerprints of their findings, waived or not, in report order
 */
public record Transparency(
    Integer index, String reason, VisibilityFactor visibility, AccessFactor access, List<String> rules,
    List<String> findings) {
  /** The rule whose setting names the document-access roles. */
  public static final String DOCUMENT_ROLES_RULE = "CONF-003";
  /** The parameter of {@link #DOCUMENT_ROLES_RULE} that names them. */
  public static final String DOCUMENT_ROLES_PARAM = "documentRoles";
  /** Where {@code mutuality.yml} names them. */
  public static final String SETTING = "rules.CONF-003.params.documentRoles";
  /** The rules that look at what partners can see. */
  public static final List<String> RELATED_RULES =
      List.of("CONF-001", "CONF-002", "CONF-003", "CONF-004", "DATA-002");

  public Transparency {
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(access, "access");
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
  }

  /**
   * The share of the window's comments and worklogs that every partner can read.
   *
   * @param share 0 to 1; {@code null} when it cannot be computed
   * @param reason why it cannot be computed; {@code null} when it can
   * @param comments comments written in the window, bots' left out
   * @param visibleComments those every partner can read
   * @param worklogs worklogs started in the window, bots' left out
   * @param visibleWorklogs those every partner can read
   * @param restrictions the restrictions that hide some of them from a partner, by kind and name
   */
  public record VisibilityFactor(
      Double share, String reason, int comments, int visibleComments, int worklogs, int visibleWorklogs,
      List<HidingRestriction> restrictions) {
    public VisibilityFactor {
      restrictions = List.copyOf(restrictions);
    }
  }

  /**
   * A role or group that comments or worklogs of the window are restricted to and that some partner has no
   * member in.
   *
   * @param kind role or group
   * @param name its name
   * @param comments comments of the window restricted to it
   * @param worklogs worklogs of the window restricted to it
   * @param excludedPartners the partners with an active member it shuts out, in the configuration's order
   */
  public record HidingRestriction(
      AccessKind kind, String name, int comments, int worklogs, List<String> excludedPartners) {
    public HidingRestriction {
      excludedPartners = List.copyOf(excludedPartners);
    }
  }

  /**
   * The share of partners with a member in a document-access role.
   *
   * @param share 0 to 1; {@code null} when it cannot be computed
   * @param reason why it cannot be computed, e.g. the setting to add; {@code null} when it can
   * @param setting where the roles are set: {@value Transparency#SETTING}
   * @param roles the document-access roles, as set; empty when unset
   * @param partners the partners counted, each with its members in those roles; empty when not computed
   */
  public record AccessFactor(
      Double share, String reason, String setting, List<String> roles, List<PartnerAccess> partners) {
    public AccessFactor {
      roles = List.copyOf(roles);
      partners = List.copyOf(partners);
    }
  }

  /**
   * A partner's document access.
   *
   * @param partner the partner
   * @param members its people (not bots) holding a document-access role, by id; empty when none does
   */
  public record PartnerAccess(Indices.PartnerRef partner, List<String> members) {
    public PartnerAccess {
      members = List.copyOf(members);
    }
  }

  /**
   * The project roles that grant access to the partnership's documents: CONF-003's setting {@value #SETTING}
   * (comma-separated role names), or why there are none: CONF-003 is not in the rule base, has no such
   * parameter, or the setting is unset (worded as the engine words a missing setting).
   */
  public static IndexInput<String> documentRoles(RuleCatalogue catalogue, Configuration config) {
    RuleInfo rule = catalogue.get(DOCUMENT_ROLES_RULE);
    ParamInfo param = rule == null ? null : rule.param(DOCUMENT_ROLES_PARAM);
    if (param == null) {
      return IndexInput.missing((rule == null ? DOCUMENT_ROLES_RULE + " is not in the rule base"
          : DOCUMENT_ROLES_RULE + " has no parameter " + DOCUMENT_ROLES_PARAM)
          + ", so no setting names the document-access roles (" + SETTING + ")");
    }
    List<String> roles = new ArrayList<>();
    for (String role : config.params(rule).get(DOCUMENT_ROLES_PARAM).split(",")) {
      if (!role.isBlank()) {
        roles.add(role.trim());
      }
    }
    return roles.isEmpty()
        ? IndexInput.missing("set " + SETTING + " in mutuality.yml (" + param.description() + ")")
        : IndexInput.of(roles);
  }

  /** The transparency of an audit. */
  public static Transparency compute(IndexData data, List<ReportFinding> findings, List<RuleResult> rules) {
    VisibilityFactor visibility = visibility(data);
    AccessFactor access = access(data);
    List<String> reasons = new ArrayList<>();
    if (visibility.share() == null) {
      reasons.add("visibility cannot be computed: " + visibility.reason());
    }
    if (access.share() == null) {
      reasons.add("document access cannot be computed: " + access.reason());
    }
    Integer index = reasons.isEmpty() ? Indices.percent(100 * visibility.share() * access.share()) : null;
    String reason = reasons.isEmpty() ? null : String.join("; ", reasons);
    return new Transparency(index, reason, visibility, access, Indices.presentRules(RELATED_RULES, rules),
        Indices.findingsOf(RELATED_RULES, findings));
  }

  private static VisibilityFactor visibility(IndexData data) {
    String gap = Indices.gap(data.snapshot(), DataArea.COMMENTS, DataArea.WORKLOGS, DataArea.ROLES, DataArea.GROUPS);
    if (gap != null) {
      return new VisibilityFactor(null, gap, 0, 0, 0, 0, List.of());
    }
    String missing = data.exclusions().isMissing() ? data.exclusions().missing()
        : data.activeMembers().isMissing() ? data.activeMembers().missing() : null;
    if (missing != null) {
      return new VisibilityFactor(null, missing, 0, 0, 0, 0, List.of());
    }
    // Restrictions that shut out a partner taking part: one with an active member in the window.
    Set<String> active = Indices.activePartners(data.activeMembers().values());
    Map<Visibility, Set<String>> excluded = new HashMap<>();
    for (PartnerExcluded exclusion : data.exclusions().values()) {
      if (active.contains(exclusion.partnerId())) {
        excluded.computeIfAbsent(new Visibility(exclusion.kind(), exclusion.name()), v -> new HashSet<>())
            .add(exclusion.partnerId());
      }
    }
    Set<String> bots = new HashSet<>();
    for (Member member : data.snapshot().members()) {
      if (member.bot()) {
        bots.add(member.id());
      }
    }
    Instant start = data.clock().windowStart();
    Instant asOf = data.clock().asOf();

    int comments = 0;
    int visibleComments = 0;
    Map<Visibility, int[]> hiding = new LinkedHashMap<>();
    for (Comment comment : data.snapshot().comments()) {
      if (comment.created().isBefore(start) || comment.created().isAfter(asOf) || bots.contains(comment.authorId())) {
        continue;
      }
      comments++;
      if (comment.visibility() == null || !excluded.containsKey(comment.visibility())) {
        visibleComments++;
      } else {
        hiding.computeIfAbsent(comment.visibility(), v -> new int[2])[0]++;
      }
    }
    int worklogs = 0;
    int visibleWorklogs = 0;
    for (Worklog worklog : data.snapshot().worklogs()) {
      if (worklog.started().isBefore(start) || worklog.started().isAfter(asOf) || bots.contains(worklog.authorId())) {
        continue;
      }
      worklogs++;
      if (worklog.visibility() == null || !excluded.containsKey(worklog.visibility())) {
        visibleWorklogs++;
      } else {
        hiding.computeIfAbsent(worklog.visibility(), v -> new int[2])[1]++;
      }
    }

    Map<String, Indices.PartnerRef> partners = Indices.partners(data.snapshot());
    List<HidingRestriction> restrictions = new ArrayList<>();
    hiding.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(Visibility::kind)
            .thenComparing(Visibility::name)))
        .forEach(e -> restrictions.add(new HidingRestriction(e.getKey().kind(), e.getKey().name(), e.getValue()[0],
            e.getValue()[1], Indices.inPartnerOrder(excluded.get(e.getKey()), partners))));
    if (comments + worklogs == 0) {
      return new VisibilityFactor(null, "no comment was written and no work was logged in the window", 0, 0, 0, 0,
          List.of());
    }
    double share = (double) (visibleComments + visibleWorklogs) / (comments + worklogs);
    return new VisibilityFactor(share, null, comments, visibleComments, worklogs, visibleWorklogs, restrictions);
  }

  private static AccessFactor access(IndexData data) {
    IndexInput<String> roles = data.documentRoles();
    if (roles.isMissing()) {
      return new AccessFactor(null, roles.missing(), SETTING, List.of(), List.of());
    }
    String gap = Indices.gap(data.snapshot(), DataArea.ROLES);
    if (gap == null && data.activeMembers().isMissing()) {
      gap = data.activeMembers().missing();
    }
    if (gap != null) {
      return new AccessFactor(null, gap, SETTING, roles.values(), List.of());
    }
    Set<String> roleNames = new HashSet<>();
    roles.values().forEach(role -> roleNames.add(role.toLowerCase(Locale.ROOT)));
    Map<String, String> partnerOf = new HashMap<>();
    for (Member member : data.snapshot().members()) {
      if (!member.bot() && member.partnerId() != null) {
        partnerOf.put(member.id(), member.partnerId());
      }
    }
    Map<String, Set<String>> holders = new HashMap<>();
    for (AccessGrant grant : data.snapshot().accessGrants()) {
      String partner = partnerOf.get(grant.memberId());
      if (partner != null && grant.kind() == AccessKind.ROLE
          && roleNames.contains(grant.name().toLowerCase(Locale.ROOT))) {
        holders.computeIfAbsent(partner, p -> new TreeSet<>()).add(grant.memberId());
      }
    }
    Map<String, Indices.PartnerRef> partners = Indices.partners(data.snapshot());
    List<String> active = Indices.inPartnerOrder(Indices.activePartners(data.activeMembers().values()), partners);
    if (active.isEmpty()) {
      return new AccessFactor(null, "no partner has an active member in the window", SETTING, roles.values(),
          List.of());
    }
    List<PartnerAccess> access = new ArrayList<>();
    int withAccess = 0;
    for (String partner : active) {
      Set<String> members = holders.getOrDefault(partner, Set.of());
      if (!members.isEmpty()) {
        withAccess++;
      }
      access.add(new PartnerAccess(Indices.partner(partners, partner), List.copyOf(members)));
    }
    return new AccessFactor((double) withAccess / active.size(), null, SETTING, roles.values(), access);
  }
}
