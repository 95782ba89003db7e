package org.mutuality.jira.init;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A draft partner mapping for {@code mutuality init}, proposed from what a {@link SiteSurvey} saw: the project's
 * role actors, the members of group actors and the people on recent issues. Never guesses: a person goes to a
 * partner only through a group or e-mail domain that exactly one proposed partner claims, as
 * {@code PartnerMapper} would map them; everyone else is listed as unplaced, for a person to decide.
 *
 * <ul>
 *   <li>One partner per <em>organisation group</em>: a group with members whose name is not a Jira default or
 *       an administration/audience group ({@code jira-*}, {@code confluence-*}, {@code site-admins}, names with a
 *       word such as {@code admins}, {@code users}, {@code viewers}, {@code everyone}), and whose members with a
 *       visible, non-webmail e-mail address mostly (at least 80%) share one domain.
 *   <li>An e-mail domain of at least two people (seen, not apps, not a public webmail domain) joins the group
 *       partner its people belong to when they all belong to the same one; when none of them is in an
 *       organisation group it becomes a partner of its own; when they are spread over several, it is left out.
 *   <li>App accounts ({@code accountType: app}, Cloud only) are proposed as bots.
 * </ul>
 *
 * Partner ids are slugs of the group name or of the domain's first label, made unique; every sector is
 * {@code other}, for a person to choose.
 */
public final class MappingDraft {
  /** Share of a group's visible, non-webmail e-mail addresses one domain must hold for an organisation group. */
  static final double ORGANISATION_SHARE = 0.8;
  /** People a domain needs to be proposed. */
  static final int MIN_DOMAIN_PEOPLE = 2;

  private static final Pattern DEFAULT_GROUP = Pattern.compile(
      "(jira|confluence|atlassian|bitbucket|jsm|opsgenie|statuspage|site|org)[-_ ].*|administrators|users");
  private static final Set<String> AUDIENCE_WORDS = Set.of("admin", "admins", "administrator", "administrators",
      "user", "users", "viewer", "viewers", "everyone", "all", "guests", "external", "externals", "contractors");
  private static final Set<String> WEBMAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
      "live.com", "msn.com", "yahoo.com", "yahoo.es", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com",
      "proton.me", "protonmail.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.com", "yandex.com", "yandex.ru",
      "qq.com", "163.com", "126.com", "zoho.com", "hey.com", "fastmail.com", "tutanota.com", "mail.ru", "orange.fr",
      "free.fr", "laposte.net", "libero.it", "t-online.de", "hotmail.es", "hotmail.fr", "outlook.es", "live.co.uk");

  /**
   * A person the survey saw.
   *
   * @param id the person id ({@code accountId} on Cloud, {@code key} else {@code name} on Data Center): what
   *     {@code people:} in {@code mutuality.yml} lists
   * @param displayName the name shown, or {@code null}
   * @param domain the domain of the e-mail address when it is visible (lower case), else {@code null}
   * @param app whether the account is an app ({@code accountType: app})
   */
  public record Person(String id, String displayName, String domain, boolean app) {
    public Person {
      Objects.requireNonNull(id, "id");
      domain = domain == null || domain.isBlank() ? null : domain.trim().toLowerCase(Locale.ROOT);
    }

    /** The display name, else the id. */
    public String label() {
      return displayName == null || displayName.isBlank() ? id : displayName;
    }
  }

  /**
   * A group the survey saw as a role actor.
   *
   * @param name the group name (what {@code groups:} lists)
   * @param memberIds the active members' person ids
   * @param roles the project roles it is an actor of ({@code COF/Members})
   */
  public record Group(String name, List<String> memberIds, List<String> roles) {
    public Group {
      memberIds = List.copyOf(memberIds);
      roles = List.copyOf(roles);
    }
  }

  /**
   * What a survey of the site saw.
   *
   * @param site the site URL
   * @param projects the project keys
   * @param people everyone seen, each once
   * @param groups the group actors, with their members
   * @param recentDays how far back issues were read
   * @param issuesRead issues read
   * @param issuesCapped whether more issues matched than were read
   */
  public record Survey(String site, List<String> projects, List<Person> people, List<Group> groups, int recentDays,
      int issuesRead, boolean issuesCapped) {
    public Survey {
      projects = List.copyOf(projects);
      people = List.copyOf(people);
      groups = List.copyOf(groups);
    }
  }

  /**
   * A proposed partner.
   *
   * @param id the slugged id
   * @param name a name to start from (the group or domain)
   * @param groups groups it claims
   * @param domains e-mail domains it claims
   * @param people the people it would map, by name
   */
  public record Partner(String id, String name, List<String> groups, List<String> domains, List<Person> people) {
    public Partner {
      groups = List.copyOf(groups);
      domains = List.copyOf(domains);
      people = List.copyOf(people);
    }
  }

  /**
   * Something the draft leaves out, and why.
   *
   * @param what a group ({@code group X}) or a domain ({@code domain x.org})
   * @param reason why
   */
  public record LeftOut(String what, String reason) {
  }

  /**
   * A person the draft could not place.
   *
   * @param person the person
   * @param reason why (no group or domain of a partner; claimed by two partners)
   */
  public record Unplaced(Person person, String reason) {
  }

  /**
   * The draft.
   *
   * @param survey what it was proposed from
   * @param partners the proposed partners
   * @param bots app accounts
   * @param unplaced people no proposed partner claims, or two claim
   * @param leftOut groups and domains not proposed, with the reason
   */
  public record Draft(Survey survey, List<Partner> partners, List<Person> bots, List<Unplaced> unplaced,
      List<LeftOut> leftOut) {
    public Draft {
      partners = List.copyOf(partners);
      bots = List.copyOf(bots);
      unplaced = List.copyOf(unplaced);
      leftOut = List.copyOf(leftOut);
    }
  }

  private MappingDraft() {
  }

  /** Proposes partners, bots and the unplaced from a survey. Deterministic: the same survey, the same draft. */
  public static Draft propose(Survey survey) {
    Map<String, Person> people = new LinkedHashMap<>();
    survey.people().forEach(p -> people.putIfAbsent(p.id(), p));
    List<Person> bots = people.values().stream().filter(Person::app).sorted(BY_NAME).toList();
    Map<String, Set<String>> groupsOf = new TreeMap<>();
    for (Group g : survey.groups()) {
      g.memberIds().forEach(id -> groupsOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(g.name()));
    }

    List<LeftOut> leftOut = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, Draftee> byGroup = new TreeMap<>();
    for (Group g : survey.groups().stream().sorted(Comparator.comparing(Group::name)).toList()) {
      String reason = notOrganisation(g, people);
      if (reason != null) {
        leftOut.add(new LeftOut("group " + g.name(), reason));
        continue;
      }
      Draftee partner = new Draftee(unique(slug(g.name()), ids), g.name());
      partner.groups.add(g.name());
      byGroup.put(g.name(), partner);
    }

    Map<String, List<Person>> byDomain = new TreeMap<>();
    people.values().stream().filter(p -> !p.app() && p.domain() != null)
        .forEach(p -> byDomain.computeIfAbsent(p.domain(), d -> new ArrayList<>()).add(p));
    List<Draftee> domainPartners = new ArrayList<>();
    for (Map.Entry<String, List<Person>> entry : byDomain.entrySet()) {
      String domain = entry.getKey();
      List<Person> members = entry.getValue();
      if (members.size() < MIN_DOMAIN_PEOPLE) {
        continue;
      }
      if (WEBMAIL.contains(domain)) {
        leftOut.add(new LeftOut("domain " + domain, "a public e-mail provider (" + members.size() + " people)"));
        continue;
      }
      Set<String> partnerGroups = new LinkedHashSet<>();
      for (Person p : members) {
        groupsOf.getOrDefault(p.id(), Set.of()).stream().filter(byGroup::containsKey).forEach(partnerGroups::add);
      }
      if (partnerGroups.size() == 1) {
        byGroup.get(partnerGroups.iterator().next()).domains.add(domain);
      } else if (partnerGroups.isEmpty()) {
        Draftee partner = new Draftee(unique(slug(domain.substring(0, domain.indexOf('.') < 0 ? domain.length()
            : domain.indexOf('.'))), ids), domain);
        partner.domains.add(domain);
        domainPartners.add(partner);
      } else {
        leftOut.add(new LeftOut("domain " + domain, "its " + members.size() + " people are in the groups of "
            + partnerGroups.size() + " partners (" + String.join(", ", partnerGroups) + ")"));
      }
    }

    List<Draftee> all = new ArrayList<>(byGroup.values());
    all.addAll(domainPartners);
    List<Unplaced> unplaced = new ArrayList<>();
    for (Person p : people.values().stream().filter(p -> !p.app()).sorted(BY_NAME).toList()) {
      Set<String> personGroups = groupsOf.getOrDefault(p.id(), Set.of());
      List<Draftee> claims = all.stream().filter(d -> d.groups.stream().anyMatch(personGroups::contains)
          || p.domain() != null && d.domains.contains(p.domain())).toList();
      if (claims.size() == 1) {
        claims.get(0).people.add(p);
      } else if (claims.isEmpty()) {
        unplaced.add(new Unplaced(p, "no group or e-mail domain of a proposed partner"
            + (p.domain() == null ? " (e-mail hidden)" : " (e-mail domain " + p.domain() + ")")));
      } else {
        unplaced.add(new Unplaced(p, "claimed by " + claims.size() + " proposed partners ("
            + String.join(", ", claims.stream().map(d -> d.id).toList()) + ")"));
      }
    }
    List<Partner> partners = all.stream().map(d -> new Partner(d.id, d.name, d.groups, d.domains, d.people))
        .toList();
    return new Draft(survey, partners, bots, unplaced, leftOut);
  }

  private static final Comparator<Person> BY_NAME = Comparator.comparing((Person p) -> p.label().toLowerCase(
      Locale.ROOT)).thenComparing(Person::id);

  /** Why a group is not an organisation's, or {@code null} when it looks like one. */
  static String notOrganisation(Group g, Map<String, Person> people) {
    String name = g.name().toLowerCase(Locale.ROOT);
    if (DEFAULT_GROUP.matcher(name).matches()) {
      return "a Jira default or site group";
    }
    for (String word : name.split("[^\\p{L}\\p{N}]+")) {
      if (AUDIENCE_WORDS.contains(word)) {
        return "an administration or audience group (\"" + word + "\")";
      }
    }
    if (g.memberIds().isEmpty()) {
      return "no active members";
    }
    Map<String, Integer> domains = new TreeMap<>();
    int visible = 0;
    for (String id : g.memberIds()) {
      Person p = people.get(id);
      if (p != null && p.domain() != null && !WEBMAIL.contains(p.domain())) {
        domains.merge(p.domain(), 1, Integer::sum);
        visible++;
      }
    }
    int top = domains.values().stream().max(Integer::compare).orElse(0);
    if (visible > 0 && top < ORGANISATION_SHARE * visible) {
      return "its members' e-mail domains are mixed (" + String.join(", ", domains.keySet()) + ")";
    }
    return null;
  }

  /** A lower-case id of letters, digits and dashes, accents removed, e.g. {@code Alcaldía Pitalito} → {@code alcaldia-pitalito}. */
  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "partner" : slug;
  }

  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  /** A partner being drafted. */
  private static final class Draftee {
    final String id;
    final String name;
    final List<String> groups = new ArrayList<>();
    final List<String> domains = new ArrayList<>();
    final List<Person> people = new ArrayList<>();

    Draftee(String id, String name) {
      this.id = id;
      this.name = name;
    }
  }
}
