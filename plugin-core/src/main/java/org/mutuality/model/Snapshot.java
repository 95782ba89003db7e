package org.mutuality.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a tracker said about one partnership at one moment, plus what it could not say.
 *
 * @param capturedAt when the data was read; offline audits default their {@code asOf} to it
 * @param source where it came from, for provenance (a site URL or a file name); never holds credentials
 * @param readerId the person id of the account the data was read as (an integration account), {@code null} when
 *     unknown; what that account cannot see is missing from the snapshot
 * @param partnership the partnership (project)
 * @param partners the partner organisations
 * @param members the people
 * @param workItems the work items
 * @param comments comments on the work items
 * @param worklogs time logged on the work items
 * @param transitions field changes from the work items' histories
 * @param dependencies links between work items
 * @param milestones planned deliveries
 * @param iterations sprints
 * @param workPackages the components work is organised in, with their leads
 * @param accessGrants who holds which role or group, and who may see which security level
 * @param gaps what could not be read
 */
public record Snapshot(
    Instant capturedAt,
    String source,
    String readerId,
    Partnership partnership,
    List<Partner> partners,
    List<Member> members,
    List<WorkItem> workItems,
    List<Comment> comments,
    List<Worklog> worklogs,
    List<Transition> transitions,
    List<Dependency> dependencies,
    List<Milestone> milestones,
    List<Iteration> iterations,
    List<WorkPackage> workPackages,
    List<AccessGrant> accessGrants,
    List<DataGap> gaps) {

  public Snapshot {
    Objects.requireNonNull(partnership, "partnership");
    source = source == null ? "" : source;
    partners = copy(partners);
    members = copy(members);
    workItems = copy(workItems);
    comments = copy(comments);
    worklogs = copy(worklogs);
    transitions = copy(transitions);
    dependencies = copy(dependencies);
    milestones = copy(milestones);
    iterations = copy(iterations);
    workPackages = copy(workPackages);
    accessGrants = copy(accessGrants);
    gaps = copy(gaps);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The areas that could not be read. */
  public Set<DataArea> missingAreas() {
    Set<DataArea> areas = EnumSet.noneOf(DataArea.class);
    gaps.forEach(gap -> areas.add(gap.area()));
    return areas;
  }

  /** This snapshot with other partners and members, e.g. after partner mapping. */
  public Snapshot withPeople(List<Partner> newPartners, List<Member> newMembers, List<WorkItem> newItems) {
    return new Snapshot(
        capturedAt, source, readerId, partnership, newPartners, newMembers, newItems, comments, worklogs, transitions,
        dependencies, milestones, iterations, workPackages, accessGrants, gaps);
  }

  /** The number of facts, for progress lines and logs. */
  public long size() {
    return (long) partners.size() + members.size() + workItems.size() + comments.size() + worklogs.size()
        + transitions.size() + dependencies.size() + milestones.size() + iterations.size()
        + workPackages.size() + accessGrants.size();
  }
}
