package org.mutuality.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.io.InputException;
import org.mutuality.io.Position;
import org.mutuality.model.Member;
import org.mutuality.model.Partner;
import org.mutuality.model.Snapshot;
import org.mutuality.model.WorkItem;

/**
 * Applies the partner mapping of {@code mutuality.yml} to a snapshot.
 *
 * <p>People: a partner that the snapshot already states is kept; otherwise an explicit listing under one partner
 * wins, then a group or e-mail domain that matches exactly one partner. An account that several partners claim
 * (listed under several, or, listed under none, matched by the groups or domains of several) is a shared
 * account: it stays unmapped, since the mapping is never guessed, and it is left out of every count like a bot,
 * with the claiming partners recorded. Accounts listed under {@code bots} become bots.
 *
 * <p>Work items: an owner that the snapshot states is kept; otherwise a component that a partner owns, else
 * the assignee's partner.
 */
public final class PartnerMapper {
  private PartnerMapper() {}

  /**
   * Maps a snapshot's people and work items to partners.
   *
   * @throws InputException when the snapshot names a partner that the configuration does not list
   */
  public static Snapshot apply(Snapshot snapshot, Configuration config) throws InputException {
    List<Partner> partners = config.partners().isEmpty()
        ? snapshot.partners()
        : config.partners().stream().map(PartnerMapping::partner).toList();
    java.util.Set<String> partnerIds = new java.util.TreeSet<>();
    partners.forEach(p -> partnerIds.add(p.id()));

    List<Member> members = new ArrayList<>(snapshot.members().size());
    Map<String, String> partnerOf = new HashMap<>();
    for (Member member : snapshot.members()) {
      List<String> claims = member.partnerId() != null ? List.of(member.partnerId()) : claims(member, config.partners());
      String partner = claims.size() == 1 ? claims.get(0) : null;
      if (partner != null && !partnerIds.contains(partner)) {
        throw new InputException(new Position(snapshot.source(), 0, 0), "person '" + member.id()
            + "' belongs to partner '" + partner + "', which " + config.file() + " does not list; partners are "
            + partnerIds);
      }
      List<String> claimedBy = claims.size() > 1 ? claims : List.of();
      boolean bot = member.bot() || config.bots().contains(member.id()) || !claimedBy.isEmpty();
      members.add(new Member(
          member.id(), member.displayName(), member.email(), member.groups(), partner, bot, claimedBy));
      // Work assigned to a bot belongs to no partner: bots are left out of every count.
      if (partner != null && !bot) {
        partnerOf.put(member.id(), partner);
      }
    }

    Map<String, String> componentOwner = new HashMap<>();
    for (PartnerMapping mapping : config.partners()) {
      mapping.components().forEach(c -> componentOwner.putIfAbsent(c, mapping.partner().id()));
    }
    List<WorkItem> items = new ArrayList<>(snapshot.workItems().size());
    for (WorkItem item : snapshot.workItems()) {
      String owner = item.partnerId();
      for (int i = 0; owner == null && i < item.components().size(); i++) {
        owner = componentOwner.get(item.components().get(i));
      }
      if (owner == null && item.assigneeId() != null) {
        owner = partnerOf.get(item.assigneeId());
      }
      items.add(owner == null || owner.equals(item.partnerId()) ? item : item.withPartner(owner));
    }
    return snapshot.withPeople(partners, members, items);
  }

  /** The partners whose mapping claims a person: those listing it, else those matching a group or domain. */
  private static List<String> claims(Member member, List<PartnerMapping> mappings) {
    List<String> listing = new ArrayList<>();
    for (PartnerMapping mapping : mappings) {
      if (mapping.listsPerson(member)) {
        listing.add(mapping.partner().id());
      }
    }
    if (!listing.isEmpty()) {
      return listing;
    }
    List<String> matching = new ArrayList<>();
    for (PartnerMapping mapping : mappings) {
      if (mapping.matchesGroupOrDomain(member)) {
        matching.add(mapping.partner().id());
      }
    }
    return matching;
  }
}
