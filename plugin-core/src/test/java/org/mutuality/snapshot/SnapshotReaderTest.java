package org.mutuality.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutuality.model.AccessGrant;
import org.mutuality.model.AccessKind;
import org.mutuality.model.Comment;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.mutuality.model.Dependency;
import org.mutuality.model.DependencyType;
import org.mutuality.model.Snapshot;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;
import org.mutuality.model.Visibility;
import org.mutuality.model.WorkItem;
import org.mutuality.model.WorkPackage;
import org.mutuality.model.Worklog;

class SnapshotReaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsEveryPartOfASnapshot() throws Exception {
    Snapshot snapshot = SnapshotReader.read(write("s.yml", """
        capturedAt: 2026-11-20T09:00:00Z
        partnership: {id: COF, name: Café, description: Coffee families, customLogo: true, lead: ana}
        statuses: {Cupping: in-progress}
        partners:
          - {id: muni, name: Municipality, sector: public}
        people:
          - {id: ana, name: Ana, email: ana@pitalito.gov.co, groups: [muni-staff], roles: [Steering]}
        milestones:
          - {id: "10001", name: Harvest fair, releaseDate: 2026-10-01}
        sprints:
          - {id: "7", name: Sprint 7, state: closed, start: 2026-10-01T00:00:00Z, end: 2026-10-14T00:00:00Z, goal: Census}
        workItems:
          - key: COF-1
            summary: Census
            status: Cupping
            assignee: ana
            created: 2026-09-01T10:00:00Z
            due: 2026-12-01
            fixVersions: ["10001"]
            sprints: ["7"]
            blocks: [COF-2]
            comments:
              - {id: "501", author: ana, created: 2026-11-01T10:00:00Z, visibility: {role: Steering}, body: Budget}
            worklogs:
              - {author: ana, started: 2026-11-02T08:00:00Z, hours: 1.5}
            history:
              - {at: 2026-11-03T10:00:00Z, author: ana, field: status, from: To Do, to: Cupping}
          - {key: COF-2, summary: Road, status: Done, created: 2026-09-01T10:00:00Z, resolved: 2026-10-01T00:00:00Z}
        gaps:
          - {area: worklogs, reason: time tracking is off}
        """));

    assertThat(snapshot.capturedAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    assertThat(snapshot.source()).isEqualTo(dir.resolve("s.yml").toString());
    assertThat(snapshot.partnership().leadId()).isEqualTo("ana");
    WorkItem census = snapshot.workItems().get(0);
    assertThat(census.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
    assertThat(census.updated()).isEqualTo(census.created());
    assertThat(census.due()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(snapshot.workItems().get(1).statusCategory()).isEqualTo(StatusCategory.DONE);
    assertThat(snapshot.comments()).containsExactly(new Comment("501", "COF-1", "ana",
        Instant.parse("2026-11-01T10:00:00Z"), new Visibility(AccessKind.ROLE, "Steering"), "Budget"));
    assertThat(snapshot.worklogs()).containsExactly(new Worklog("COF-1/w1", "COF-1", "ana",
        Instant.parse("2026-11-02T08:00:00Z"), 5400, null));
    assertThat(snapshot.transitions()).containsExactly(new Transition("COF-1/h1", 1, "COF-1", "status", "To Do",
        "Cupping", StatusCategory.TO_DO, StatusCategory.IN_PROGRESS, "ana", Instant.parse("2026-11-03T10:00:00Z")));
    assertThat(snapshot.dependencies()).containsExactly(new Dependency("COF-1", "COF-2", DependencyType.BLOCKS));
    assertThat(snapshot.accessGrants()).containsExactly(
        new AccessGrant("ana", AccessKind.ROLE, "Steering"), new AccessGrant("ana", AccessKind.GROUP, "muni-staff"));
    assertThat(snapshot.gaps()).containsExactly(new DataGap(DataArea.WORKLOGS, "time tracking is off"));
  }

  @Test
  void jsonIsReadToo() throws Exception {
    Snapshot snapshot = SnapshotReader.read(write("s.json", """
        {"partnership": {"id": "COF"}, "people": [{"id": "ana"}],
         "workItems": [{"key": "COF-1", "status": "Open", "assignee": "ana", "created": "2026-09-01T10:00:00Z"}]}
        """));
    assertThat(snapshot.workItems()).extracting(WorkItem::key).containsExactly("COF-1");
  }

  @Test
  void anUnknownPersonIsNamedWithItsPlace() throws Exception {
    Path file = write("s.yml", """
        partnership: {id: COF}
        people: [{id: ana}]
        workItems:
          - key: COF-1
            status: Open
            created: 2026-09-01T10:00:00Z
            comments:
              - {author: anna, created: 2026-11-01T10:00:00Z}
        """);
    assertThatThrownBy(() -> SnapshotReader.read(file))
        .hasMessage(file + ":8:9: work item COF-1: comment author names unknown person 'anna'; list them under "
            + "'people:'");
  }

  @Test
  void readsWorkPackagesDescriptionsAndFlags() throws Exception {
    Snapshot snapshot = SnapshotReader.read(write("s.yml", """
        partnership: {id: COF}
        people: [{id: rita}]
        workPackages:
          - {id: "10001", name: Roasting, lead: rita}
          - {name: Logistics}
        workItems:
          - key: COF-1
            status: Open
            created: 2026-09-01T10:00:00Z
            components: [Roasting]
            description: "Context: the washed lot. Decision: roast lighter."
            flagged: true
          - {key: COF-2, status: Open, created: 2026-09-01T10:00:00Z}
        """));
    assertThat(snapshot.workPackages()).containsExactly(
        new WorkPackage("10001", "Roasting", "rita"), new WorkPackage("Logistics", "Logistics", null));
    WorkItem first = snapshot.workItems().get(0);
    assertThat(first.description()).isEqualTo("Context: the washed lot. Decision: roast lighter.");
    assertThat(first.flagged()).isTrue();
    WorkItem second = snapshot.workItems().get(1);
    assertThat(second.description()).isEmpty();
    assertThat(second.flagged()).isFalse();
  }

  @Test
  void aWorkPackageLeadMustBeAPerson() throws Exception {
    Path file = write("s.yml", """
        partnership: {id: COF}
        people: [{id: rita}]
        workPackages:
          - {name: Roasting, lead: rosa}
        """);
    assertThatThrownBy(() -> SnapshotReader.read(file))
        .hasMessage(file + ":4:5: work package Roasting: lead names unknown person 'rosa'; list them under "
            + "'people:'");
  }

  @Test
  void aStatusWithoutCategoryIsAnError() throws Exception {
    Path file = write("s.yml", """
        partnership: {id: COF}
        workItems:
          - {key: COF-1, status: Cupping, created: 2026-09-01T10:00:00Z}
        """);
    assertThatThrownBy(() -> SnapshotReader.read(file))
        .hasMessage(file + ":3:5: status 'Cupping' has no category; add it under 'statuses:' as to-do, in-progress "
            + "or done");
  }

  @Test
  void aBadDateNamesItsPath() throws Exception {
    Path file = write("s.yml", """
        partnership: {id: COF}
        workItems:
          - {key: COF-1, status: Open, created: yesterday}
        """);
    assertThatThrownBy(() -> SnapshotReader.read(file))
        .hasMessage(file + ":3:41: workItems[0].created: 'yesterday' is not a timestamp; write it like "
            + "2026-11-20T09:00:00Z");
  }

  @Test
  void duplicatesAndDanglingLinksAreErrors() throws Exception {
    Path twice = write("twice.yml", """
        partnership: {id: COF}
        workItems:
          - {key: COF-1, status: Open, created: 2026-09-01T10:00:00Z}
          - {key: COF-1, status: Open, created: 2026-09-01T10:00:00Z}
        """);
    assertThatThrownBy(() -> SnapshotReader.read(twice)).hasMessage(twice + ":4:5: work item 'COF-1' is listed twice");
    Path dangling = write("dangling.yml", """
        partnership: {id: COF}
        workItems:
          - {key: COF-1, status: Open, created: 2026-09-01T10:00:00Z, blocks: [COF-9]}
        """);
    assertThatThrownBy(() -> SnapshotReader.read(dangling))
        .hasMessage(dangling + ":3:5: work item COF-1: blocks names unknown work item 'COF-9'");
  }

  @Test
  void aMissingFileSaysSo() {
    Path missing = dir.resolve("nope.yml");
    assertThatThrownBy(() -> SnapshotReader.read(missing)).hasMessage(missing + ": no such file");
  }
}
