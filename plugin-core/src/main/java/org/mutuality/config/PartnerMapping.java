package org.mutuality.config;

import java.util.List;
import java.util.Locale;
import org.mutuality.model.Member;
import org.mutuality.model.Partner;

/**
 * How people and work items map to one partner: explicit person ids, groups, e-mail domains, and the
 * components (work packages) the partner owns.
 *
 * @param partner the partner
 * @param people person ids that belong to it
 * @param groups groups whose members belong to it
 * @param domains e-mail domains of its people
 * @param components components whose work items it owns
 */
public record PartnerMapping(
    Partner partner, List<String> people, List<String> groups, List<String> domains, List<String> components) {
  public PartnerMapping {
    people = List.copyOf(people);
    groups = List.copyOf(groups);
    domains = domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    components = List.copyOf(components);
  }

  boolean listsPerson(Member member) {
    return people.contains(member.id());
  }

  boolean matchesGroupOrDomain(Member member) {
    if (member.groups().stream().anyMatch(groups::contains)) {
      return true;
    }
    String email = member.email();
    int at = email == null ? -1 : email.lastIndexOf('@');
    return at >= 0 && domains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
  }
}
