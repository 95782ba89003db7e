package org.mutuality.snapshot;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mutuality.io.Documents;
import org.mutuality.io.InputException;
import org.mutuality.io.Located;
import org.mutuality.model.AccessGrant;
import org.mutuality.model.AccessKind;
import org.mutuality.model.Comment;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.mutuality.model.Dependency;
import org.mutuality.model.DependencyType;
import org.mutuality.model.Iteration;
import org.mutuality.model.IterationState;
import org.mutuality.model.Member;
import org.mutuality.model.Milestone;
import org.mutuality.model.Partner;
import org.mutuality.model.Partnership;
import org.mutuality.model.Sector;
import org.mutuality.model.Snapshot;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;
import org.mutuality.model.Visibility;
import org.mutuality.model.WorkItem;
import org.mutuality.model.WorkPackage;
import org.mutuality.model.Worklog;

/**
 * Reads a snapshot file (YAML, or JSON by extension) into a {@link Snapshot}. Every reference is checked:
 * an unknown person, partner, milestone, sprint or work item is an error naming {@code file:line:column}.
 */
public final class SnapshotReader {
  private static final Map<String, StatusCategory> DEFAULT_STATUSES = Map.ofEntries(
      Map.entry("to do", StatusCategory.TO_DO),
      Map.entry("open", StatusCategory.TO_DO),
      Map.entry("backlog", StatusCategory.TO_DO),
      Map.entry("in progress", StatusCategory.IN_PROGRESS),
      Map.entry("in review", StatusCategory.IN_PROGRESS),
      Map.entry("review", StatusCategory.IN_PROGRESS),
      Map.entry("blocked", StatusCategory.IN_PROGRESS),
      Map.entry("done", StatusCategory.DONE),
      Map.entry("closed", StatusCategory.DONE),
      Map.entry("resolved", StatusCategory.DONE));

  private final String file;
  private final Map<String, StatusCategory> statuses = new LinkedHashMap<>(DEFAULT_STATUSES);

  SnapshotReader(String file) {
    this.file = file;
  }

  /** Reads a snapshot file. */
  public static Snapshot read(Path path) throws InputException {
    return new SnapshotReader(path.toString()).convert(Documents.read(path, SnapshotFile.class));
  }

  /** Reads a snapshot from a stream; {@code name} is used in messages and decides YAML or JSON. */
  public static Snapshot read(InputStream in, String name) throws InputException {
    return new SnapshotReader(name).convert(Documents.read(in, name, SnapshotFile.class));
  }

  /** Converts the snapshot part of a scenario file, naming that file in messages. */
  Snapshot convertScenarioPart(SnapshotFile doc) throws InputException {
    return convert(doc);
  }

  private Snapshot convert(SnapshotFile doc) throws InputException {
    if (doc.partnership == null) {
      throw error(doc, "'partnership' is missing");
    }
    for (Map.Entry<String, String> status : doc.statuses.entrySet()) {
      statuses.put(status.getKey().toLowerCase(Locale.ROOT), category(doc, status.getValue()));
    }
    SnapshotFile.PartnershipEntry p = doc.partnership;
    Partnership partnership = new Partnership(
        required(p, p.id, "partnership.id"), p.name, p.description, p.customLogo, p.lead);

    List<Partner> partners = new ArrayList<>();
    Set<String> partnerIds = new java.util.TreeSet<>();
    for (SnapshotFile.PartnerEntry e : doc.partners) {
      String id = required(e, e.id, "partners[].id");
      unique(e, partnerIds, id, "partner");
      partners.add(new Partner(id, e.name, sector(e, e.sector), e.expertise));
    }

    List<Member> members = new ArrayList<>();
    List<AccessGrant> grants = new ArrayList<>();
    Set<String> people = new HashSet<>();
    for (SnapshotFile.PersonEntry e : doc.people) {
      String id = required(e, e.id, "people[].id");
      unique(e, people, id, "person");
      if (e.partner != null && !partnerIds.contains(e.partner)) {
        throw error(e, "person '" + id + "' names unknown partner '" + e.partner + "'; partners are " + partnerIds);
      }
      members.add(new Member(id, e.name, e.email, e.groups, e.partner, e.bot));
      e.roles.forEach(role -> grants.add(new AccessGrant(id, AccessKind.ROLE, role)));
      e.groups.forEach(group -> grants.add(new AccessGrant(id, AccessKind.GROUP, group)));
      e.securityLevels.forEach(level -> grants.add(new AccessGrant(id, AccessKind.SECURITY_LEVEL, level)));
    }
    if (p.lead != null) {
      person(p, people, p.lead, "partnership.lead");
    }
    person(doc, people, doc.reader, "reader");

    List<Milestone> milestones = new ArrayList<>();
    Set<String> milestoneIds = new HashSet<>();
    for (SnapshotFile.MilestoneEntry e : doc.milestones) {
      String id = required(e, e.id, "milestones[].id");
      unique(e, milestoneIds, id, "milestone");
      milestones.add(new Milestone(id, e.name, e.releaseDate, e.released));
    }

    List<Iteration> iterations = new ArrayList<>();
    Set<String> sprintIds = new HashSet<>();
    for (SnapshotFile.SprintEntry e : doc.sprints) {
      String id = required(e, e.id, "sprints[].id");
      unique(e, sprintIds, id, "sprint");
      iterations.add(new Iteration(id, e.name, sprintState(e), e.start, e.end, e.complete, e.goal));
    }

    List<WorkPackage> workPackages = new ArrayList<>();
    Set<String> packageNames = new HashSet<>();
    for (SnapshotFile.WorkPackageEntry e : doc.workPackages) {
      String name = required(e, e.name, "workPackages[].name");
      unique(e, packageNames, name, "work package");
      person(e, people, e.lead, "work package " + name + ": lead");
      workPackages.add(new WorkPackage(e.id, name, e.lead));
    }

    Set<String> keys = new HashSet<>();
    for (SnapshotFile.ItemEntry e : doc.workItems) {
      unique(e, keys, required(e, e.key, "workItems[].key"), "work item");
    }

    List<WorkItem> items = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    List<Worklog> worklogs = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    List<Dependency> dependencies = new ArrayList<>();
    for (SnapshotFile.ItemEntry e : doc.workItems) {
      String key = e.key;
      String where = "work item " + key;
      if (e.created == null) {
        throw error(e, where + ": 'created' is missing");
      }
      String status = required(e, e.status, where + ": status");
      person(e, people, e.assignee, where + ": assignee");
      person(e, people, e.reporter, where + ": reporter");
      if (e.partner != null && !partnerIds.contains(e.partner)) {
        throw error(e, where + ": unknown partner '" + e.partner + "'; partners are " + partnerIds);
      }
      for (String version : e.fixVersions) {
        reference(e, milestoneIds, version, where + ": fixVersions names unknown milestone");
      }
      for (String sprint : e.sprints) {
        reference(e, sprintIds, sprint, where + ": sprints names unknown sprint");
      }
      if (e.parent != null) {
        reference(e, keys, e.parent, where + ": parent names unknown work item");
      }
      for (String participant : e.participants) {
        person(e, people, participant, where + ": participants");
      }
      items.add(new WorkItem(
          key, e.type, e.summary, status, statusCategory(e, status), e.assignee, e.reporter, e.partner, e.created,
          e.updated == null ? e.created : e.updated, e.resolved, e.due, e.labels, e.components, e.parent,
          e.fixVersions, e.sprints, blankToNull(e.securityLevel), e.description, e.flagged, e.participants));
      for (String blocked : e.blocks) {
        reference(e, keys, blocked, where + ": blocks names unknown work item");
        dependencies.add(new Dependency(key, blocked, DependencyType.BLOCKS));
      }
      for (String related : e.relates) {
        reference(e, keys, related, where + ": relates names unknown work item");
        dependencies.add(new Dependency(key, related, DependencyType.RELATES));
      }
      int index = 0;
      for (SnapshotFile.CommentEntry c : e.comments) {
        index++;
        person(c, people, c.author, where + ": comment author");
        if (c.created == null) {
          throw error(c, where + ": comment 'created' is missing");
        }
        comments.add(new Comment(
            c.id == null ? key + "/c" + index : c.id, key, c.author, c.created, visibility(c.visibility), c.body));
      }
      index = 0;
      for (SnapshotFile.WorklogEntry w : e.worklogs) {
        index++;
        person(w, people, w.author, where + ": worklog author");
        if (w.started == null) {
          throw error(w, where + ": worklog 'started' is missing");
        }
        worklogs.add(new Worklog(
            w.id == null ? key + "/w" + index : w.id, key, w.author, w.started, Math.round(w.hours * 3600),
            visibility(w.visibility)));
      }
      index = 0;
      for (SnapshotFile.ChangeEntry h : e.history) {
        index++;
        transitions.add(transition(key, index, h, people));
      }
    }

    List<DataGap> gaps = new ArrayList<>();
    for (SnapshotFile.GapEntry g : doc.gaps) {
      gaps.add(new DataGap(area(g), required(g, g.reason, "gaps[].reason")));
    }
    return new Snapshot(
        doc.capturedAt, doc.source == null ? file : doc.source, doc.reader, partnership, partners, members, items, comments,
        worklogs, transitions, dependencies, milestones, iterations, workPackages, grants, gaps);
  }

  private Transition transition(String key, int index, SnapshotFile.ChangeEntry h, Set<String> people)
      throws InputException {
    String where = "work item " + key + ": history";
    if (h.at == null) {
      throw error(h, where + " entry has no 'at'");
    }
    String field = required(h, h.field, where + ": field");
    person(h, people, h.author, where + ": author");
    StatusCategory fromCategory = null;
    StatusCategory toCategory = null;
    if (Transition.STATUS.equals(field)) {
      fromCategory = h.from == null ? null : statusCategory(h, h.from);
      toCategory = h.to == null ? null : statusCategory(h, h.to);
    } else if (Transition.ASSIGNEE.equals(field)) {
      person(h, people, h.from, where + ": from");
      person(h, people, h.to, where + ": to");
    }
    return new Transition(
        h.id == null ? key + "/h" + index : h.id, index, key, field, h.from, h.to, fromCategory, toCategory, h.author,
        h.at);
  }

  private StatusCategory statusCategory(Located at, String status) throws InputException {
    StatusCategory category = statuses.get(status.toLowerCase(Locale.ROOT));
    if (category == null) {
      throw error(at, "status '" + status + "' has no category; add it under 'statuses:' as to-do, "
          + "in-progress or done");
    }
    return category;
  }

  private StatusCategory category(Located at, String text) throws InputException {
    try {
      return StatusCategory.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw error(at, "'" + text + "' is not a status category; use to-do, in-progress or done");
    }
  }

  private Sector sector(Located at, String text) throws InputException {
    if (text == null) {
      return Sector.OTHER;
    }
    try {
      return Sector.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(at, e.getMessage());
    }
  }

  private IterationState sprintState(SnapshotFile.SprintEntry e) throws InputException {
    String state = required(e, e.state, "sprint " + e.id + ": state");
    try {
      return IterationState.valueOf(state.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw error(e, "sprint " + e.id + ": '" + state + "' is not a state; use future, active or closed");
    }
  }

  private DataArea area(SnapshotFile.GapEntry g) throws InputException {
    String area = required(g, g.area, "gaps[].area");
    try {
      return DataArea.valueOf(area.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw error(g, "'" + area + "' is not a data area; use one of " + List.of(DataArea.values()));
    }
  }

  private Visibility visibility(SnapshotFile.VisibilityEntry v) throws InputException {
    if (v == null) {
      return null;
    }
    if ((v.role == null) == (v.group == null)) {
      throw error(v, "visibility needs exactly one of 'role' or 'group'");
    }
    return v.role != null ? new Visibility(AccessKind.ROLE, v.role) : new Visibility(AccessKind.GROUP, v.group);
  }

  private void person(Located at, Set<String> people, String id, String what) throws InputException {
    if (id != null && !people.contains(id)) {
      throw error(at, what + " names unknown person '" + id + "'; list them under 'people:'");
    }
  }

  private void reference(Located at, Set<String> known, String id, String what) throws InputException {
    if (!known.contains(id)) {
      throw error(at, what + " '" + id + "'");
    }
  }

  private void unique(Located at, Set<String> seen, String id, String what) throws InputException {
    if (!seen.add(id)) {
      throw error(at, what + " '" + id + "' is listed twice");
    }
  }

  private String required(Located at, String value, String what) throws InputException {
    if (value == null || value.isBlank()) {
      throw error(at, what + " is missing");
    }
    return value;
  }

  private InputException error(Located at, String message) {
    return new InputException(Documents.position(file, at), message);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
