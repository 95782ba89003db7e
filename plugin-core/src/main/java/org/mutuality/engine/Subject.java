package org.mutuality.engine;

import java.util.Objects;
import org.mutuality.model.Iteration;
import org.mutuality.model.Member;
import org.mutuality.model.Milestone;
import org.mutuality.model.Partner;
import org.mutuality.model.Partnership;
import org.mutuality.model.WorkItem;
import org.mutuality.model.WorkPackage;

/**
 * What a finding is about: its type, the stable id (partner id from configuration, the tracker's person id,
 * issue key, version, sprint or work package id) and a display name.
 */
public record Subject(SubjectType type, String id, String name) implements Comparable<Subject> {
  public Subject {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
  }

  public static Subject project(Partnership partnership) {
    return new Subject(SubjectType.PROJECT, partnership.id(), partnership.name());
  }

  public static Subject partner(Partner partner) {
    return new Subject(SubjectType.PARTNER, partner.id(), partner.name());
  }

  /** A pair of partners, in a stable order so that (a, b) and (b, a) are one subject. */
  public static Subject pair(Partner first, Partner second) {
    Partner a = first.id().compareTo(second.id()) <= 0 ? first : second;
    Partner b = a == first ? second : first;
    return new Subject(SubjectType.PARTNER_PAIR, a.id() + "+" + b.id(), a.name() + " and " + b.name());
  }

  public static Subject person(Member member) {
    return new Subject(SubjectType.PERSON, member.id(), member.displayName());
  }

  public static Subject issue(WorkItem item) {
    return new Subject(SubjectType.ISSUE, item.key(), item.summary());
  }

  public static Subject version(Milestone milestone) {
    return new Subject(SubjectType.VERSION, milestone.id(), milestone.name());
  }

  public static Subject sprint(Iteration iteration) {
    return new Subject(SubjectType.SPRINT, iteration.id(), iteration.name());
  }

  public static Subject workPackage(WorkPackage workPackage) {
    return new Subject(SubjectType.WORK_PACKAGE, workPackage.id(), workPackage.name());
  }

  @Override
  public int compareTo(Subject other) {
    int byType = type.compareTo(other.type);
    return byType != 0 ? byType : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return type.label() + " " + id;
  }
}
