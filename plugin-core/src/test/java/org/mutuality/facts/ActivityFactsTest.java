package org.mutuality.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutuality.model.Comment;
import org.mutuality.model.StatusCategory;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;
import org.mutuality.model.Worklog;

/** The questions {@link PersonActivity} and {@link ItemActivity} answer for the rules. */
class ActivityFactsTest {
  private static Instant at(String day) {
    return Instant.parse(day + "T10:00:00Z");
  }

  private static WorkItem item(String key) {
    return new WorkItem(key, "Task", key, "To Do", StatusCategory.TO_DO, null, null, null, at("2026-09-01"), null,
        null, null, List.of(), List.of(), null, List.of(), List.of("100"), null, "", false, List.of());
  }

  private static Transition status(long seq, String author, String day, StatusCategory to) {
    return new Transition("h" + seq, seq, "COF-1", Transition.STATUS, null, to.name(), null, to, author, at(day));
  }

  private static Transition assignee(long seq, String day, String from, String to) {
    return new Transition("a" + seq, seq, "COF-1", Transition.ASSIGNEE, from, to, null, null, "rita", at(day));
  }

  private static Transition sprint(long seq, String day, String from, String to) {
    return new Transition("s" + seq, seq, "COF-1", Transition.SPRINT, from, to, null, null, "rita", at(day));
  }

  private static Comment comment(String id, String author, String day) {
    return new Comment(id, "COF-1", author, at(day), null, "");
  }

  private static Worklog worklog(String id, String author, String day, long seconds) {
    return new Worklog(id, "COF-1", author, at(day), seconds, null);
  }

  @Test
  void aPersonsActivityIsCountedInAnyPeriodWithBothEndsIncluded() {
    PersonActivity carla = PersonActivity.of("carla", List.of(at("2026-11-03"), at("2026-10-01")),
        List.of(at("2026-11-10"), at("2026-11-01"), at("2026-11-10")),
        List.of(worklog("w2", "carla", "2026-11-05", 600), worklog("w1", "carla", "2026-10-20", 3600)));

    assertThat(carla.statusChanges()).containsExactly(at("2026-10-01"), at("2026-11-03"));
    assertThat(carla.commentsBetween(at("2026-11-01"), at("2026-11-10"))).isEqualTo(3);
    assertThat(carla.commentsBetween(at("2026-11-02"), at("2026-11-09"))).isZero();
    assertThat(carla.commentsBetween(at("2026-11-10"), at("2026-11-01"))).isZero();
    assertThat(carla.statusChangesBetween(at("2026-10-01"), at("2026-11-02"))).isEqualTo(1);
    assertThat(carla.worklogsBetween(at("2026-10-20"), at("2026-11-20"))).isEqualTo(2);
    assertThat(carla.secondsLoggedBetween(at("2026-10-21"), at("2026-11-20"))).isEqualTo(600);
    assertThat(carla.activeBetween(at("2026-11-11"), at("2026-11-20"))).isFalse();
    assertThat(carla.activeBetween(at("2026-11-05"), at("2026-11-05"))).isTrue();
  }

  @Test
  void theLastActivityLeavesOutBotsUnknownAuthorsAndWhatCameLater() {
    ItemActivity item = ItemActivity.of(item("COF-1"),
        List.of(status(1, "rita", "2026-11-01", StatusCategory.IN_PROGRESS),
            status(2, "jirabot", "2026-11-08", StatusCategory.IN_PROGRESS)),
        List.of(), List.of(),
        List.of(comment("c1", "carla", "2026-11-03"), comment("c2", null, "2026-11-09"),
            comment("c3", "carla", "2026-11-30")),
        List.of(worklog("w1", "rita", "2026-11-02", 60)));

    assertThat(item.latestActivity(Set.of("jirabot"), at("2026-11-20"))).isEqualTo(at("2026-11-03"));
    assertThat(item.latestActivity(Set.of("jirabot"), at("2026-11-02"))).isEqualTo(at("2026-11-02"));
    assertThat(item.latestActivity(Set.of("jirabot", "rita", "carla"), at("2026-11-20"))).isNull();
    assertThat(item.lastMoveInto(StatusCategory.IN_PROGRESS, at("2026-11-20"))).isEqualTo(at("2026-11-08"));
    assertThat(item.lastMoveInto(StatusCategory.DONE, at("2026-11-20"))).isNull();
  }

  @Test
  void theAssigneeAtAnInstantIsReadFromTheHistoryAndTiesGoByTheOrderRecorded() {
    ItemActivity item = ItemActivity.of(item("COF-1"), List.of(),
        List.of(assignee(3, "2026-11-05", "carla", "rob"), assignee(2, "2026-11-05", "rita", "carla"),
            assignee(1, "2026-11-01", null, "rita")),
        List.of(), List.of(), List.of());

    assertThat(item.assigneeAt(at("2026-11-05"), "nora")).isEqualTo("rob");
    assertThat(item.lastAssigneeChange(at("2026-11-20")).sequence()).isEqualTo(3);
    assertThat(item.lastAssigneeChange(at("2026-11-04")).sequence()).isEqualTo(1);
    assertThat(item.lastAssigneeChange(at("2026-10-31"))).isNull();
    assertThat(item.assigneeAt(at("2026-11-02"), "nora")).isEqualTo("rita");
    assertThat(item.assigneeAt(at("2026-10-01"), "nora")).isNull();
    assertThat(ItemActivity.of(item("COF-2"), List.of(), List.of(), List.of(), List.of(), List.of())
        .assigneeAt(at("2026-10-01"), "nora")).isEqualTo("nora");
  }

  @Test
  void sprintScopeAndDoneAreReadAtTheSprintsStartAndEndAndEverySprintNamedIsMentioned() {
    ItemActivity item = ItemActivity.of(item("COF-1"),
        List.of(status(1, "rita", "2026-11-02", StatusCategory.IN_PROGRESS),
            status(2, "rita", "2026-11-06", StatusCategory.DONE),
            status(3, "rita", "2026-11-06", StatusCategory.IN_PROGRESS)),
        List.of(),
        List.of(sprint(1, "2026-10-20", null, "101"), sprint(2, "2026-11-04", "101", "101,102")),
        List.of(), List.of());

    assertThat(item.inSprintAt("101", at("2026-11-01"), List.of())).isTrue();
    assertThat(item.inSprintAt("102", at("2026-11-01"), List.of())).isFalse();
    assertThat(item.inSprintAt("102", at("2026-11-04"), List.of())).isTrue();
    assertThat(item.inSprintAt("101", at("2026-10-01"), List.of("101"))).isFalse();
    assertThat(ItemActivity.of(item("COF-2"), List.of(), List.of(), List.of(), List.of(), List.of())
        .inSprintAt("101", at("2026-10-01"), List.of("101"))).isTrue();

    assertThat(item.mentionedSprints()).containsExactly("100", "101", "102");

    assertThat(item.doneBy(at("2026-11-06"), null)).isFalse();
    assertThat(item.doneBy(at("2026-11-05"), at("2026-11-04"))).isFalse();
    assertThat(item.doneBy(at("2026-11-01"), at("2026-10-30"))).isTrue();
    assertThat(item.doneBy(at("2026-11-01"), null)).isFalse();
  }

  @Test
  void peopleAreFoundAmongAuthorsUpToAnInstantAndFirstAnswersSkipTheReporter() {
    Set<String> coop = Set.of("carla", "chris");
    ItemActivity item = ItemActivity.of(item("COF-1"),
        List.of(status(1, "rob", "2026-11-02", StatusCategory.IN_PROGRESS)), List.of(), List.of(),
        List.of(comment("c1", "carla", "2026-11-01"), comment("c2", "chris", "2026-11-03"),
            comment("c3", null, "2026-11-04")),
        List.of(worklog("w1", "rob", "2026-11-05", 60)));

    assertThat(item.commentedBy(coop, at("2026-11-01"))).isTrue();
    assertThat(item.commentedBy(coop, at("2026-10-31"))).isFalse();
    assertThat(item.statusChangedBy(coop, at("2026-11-20"))).isFalse();
    assertThat(item.statusChangedBy(Set.of("rob"), at("2026-11-02"))).isTrue();
    assertThat(item.firstCommentAfter(coop, at("2026-10-30"), "carla", at("2026-11-20"))).isEqualTo(at("2026-11-03"));
    assertThat(item.firstCommentAfter(coop, at("2026-10-30"), "carla", at("2026-11-02"))).isNull();
    assertThat(item.firstCommentAfter(coop, at("2026-11-01"), null, at("2026-11-20"))).isEqualTo(at("2026-11-03"));
    assertThat(item.actedAfter("rob", at("2026-11-02"), at("2026-11-20"))).isTrue();
    assertThat(item.actedAfter("rob", at("2026-11-02"), at("2026-11-04"))).isFalse();
    assertThat(item.actedAfter("chris", at("2026-11-03"), at("2026-11-20"))).isFalse();
  }

  @Test
  void changesCollectedTogetherAreSplitByFieldAndOtherFieldsLeftOut() {
    Transition priority = new Transition("p1", 9, "COF-1", "priority", "Medium", "High", null, null, "rita",
        at("2026-11-02"));
    ItemActivity item = ItemActivity.of(item("COF-1"),
        List.of(sprint(2, "2026-11-03", null, "101"), priority, status(1, "rita", "2026-11-01", StatusCategory.DONE),
            assignee(3, "2026-11-04", null, "rob")),
        List.of(), List.of());

    assertThat(item.statusChanges()).extracting(Transition::id).containsExactly("h1");
    assertThat(item.assigneeChanges()).extracting(Transition::id).containsExactly("a3");
    assertThat(item.sprintChanges()).extracting(Transition::id).containsExactly("s2");
  }

  private static WorkItem item(String key, String reporter, String assignee, StatusCategory category, String created,
      String resolved) {
    return new WorkItem(key, "Task", key, category.name(), category, assignee, reporter, null,
        created == null ? null : at(created), null, resolved == null ? null : at(resolved), null, List.of(),
        List.of(), null, List.of(), List.of(), null, "", false, List.of());
  }

  @Test
  void activitiesAreComputedOncePerWorkItemAndPerPersonFromTheSnapshotsFacts() {
    WorkItem one = item("COF-1", "carla", "rob", StatusCategory.IN_PROGRESS, "2026-11-01", null);
    WorkItem two = item("COF-2", "rob", "carla", StatusCategory.DONE, "2026-10-01", "2026-11-02");
    Transition priority = new Transition("p1", 9, "COF-1", "priority", "Medium", "High", null, null, "rita",
        at("2026-11-02"));
    List<Transition> changes = List.of(status(1, "rita", "2026-11-03", StatusCategory.IN_PROGRESS), priority,
        assignee(2, "2026-11-04", null, "rob"));
    List<Comment> comments = List.of(comment("c2", "carla", "2026-11-05"), comment("c1", "carla", "2026-11-05"),
        new Comment("c3", "COF-2", "rob", at("2026-10-02"), null, "we"));
    List<Worklog> worklogs = List.of(worklog("w1", "rita", "2026-11-06", 60));
    org.mutuality.model.Member carla = new org.mutuality.model.Member("carla", "Carla", null, List.of(), "coop",
        false, List.of());
    org.mutuality.model.Member rita = new org.mutuality.model.Member("rita", "Rita", null, List.of(), "roaster",
        false, List.of());

    List<ItemActivity> items = ItemActivity.allOf(List.of(one, two), changes, comments, worklogs);
    assertThat(items).extracting(ItemActivity::itemKey).containsExactly("COF-1", "COF-2");
    assertThat(items.get(0).statusChanges()).extracting(Transition::id).containsExactly("h1");
    assertThat(items.get(0).assigneeChanges()).extracting(Transition::id).containsExactly("a2");
    assertThat(items.get(0).comments()).extracting(Comment::id).containsExactly("c1", "c2");
    assertThat(items.get(0).worklogs()).extracting(Worklog::id).containsExactly("w1");
    assertThat(items.get(1).comments()).extracting(Comment::id).containsExactly("c3");

    List<PersonActivity> people = PersonActivity.allOf(List.of(carla, rita, carla), List.of(one, two), changes,
        comments, worklogs);
    assertThat(people).extracting(PersonActivity::memberId).containsExactly("carla", "rita");
    PersonActivity ofCarla = people.get(0);
    assertThat(ofCarla.comments()).containsExactly(at("2026-11-05"), at("2026-11-05"));
    assertThat(ofCarla.written()).extracting(Comment::id).containsExactly("c2", "c1");
    assertThat(ofCarla.reported()).containsExactly(one);
    assertThat(ofCarla.assigned()).containsExactly(two);
    PersonActivity ofRita = people.get(1);
    assertThat(ofRita.statusChanges()).containsExactly(at("2026-11-03"));
    assertThat(ofRita.changes()).hasSize(3);
    assertThat(ofRita.changesBetween(at("2026-11-02"), at("2026-11-03"))).isEqualTo(2);
    assertThat(ofRita.worklogs()).extracting(Worklog::id).containsExactly("w1");
  }

  @Test
  void aPersonsAssignedWorkAndFirstContributionAreReadFromTheirActivity() {
    WorkItem open = item("COF-1", "carla", "carla", StatusCategory.IN_PROGRESS, "2026-11-01", null);
    WorkItem resolved = item("COF-2", "carla", "carla", StatusCategory.DONE, "2026-10-01", "2026-11-02");
    WorkItem waiting = item("COF-3", null, "carla", StatusCategory.TO_DO, "2026-11-01", null);
    PersonActivity carla = new PersonActivity("carla", List.of(), List.of(), List.of(), List.of(),
        List.of(comment("c1", "carla", "2026-11-03")), List.of(open), List.of(open, resolved, waiting));

    assertThat(carla.inProgressAt(at("2026-11-20"))).containsExactly("COF-1");
    assertThat(carla.holdsOpenAt(at("2026-11-20"))).isTrue();
    assertThat(carla.holdsOpenAt(at("2026-10-20"))).isTrue();
    assertThat(new PersonActivity("rob", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(resolved)).holdsOpenAt(at("2026-11-20"))).isFalse();
    assertThat(carla.assignedOpenOrResolved(at("2026-11-02"), at("2026-11-20")))
        .containsExactly("COF-1", "COF-2", "COF-3");
    assertThat(carla.assignedOpenOrResolved(at("2026-11-03"), at("2026-11-20"))).containsExactly("COF-1", "COF-3");

    FirstContribution first = carla.firstContribution("coop", at("2026-10-15"), at("2026-11-20"));
    assertThat(first).isEqualTo(new FirstContribution("carla", "coop", "COF-1", FirstContribution.REPORTED,
        at("2026-11-01")));
    assertThat(carla.newcomer(at("2026-10-15"), at("2026-11-20"))).isTrue();
    assertThat(carla.firstContribution("coop", at("2026-11-02"), at("2026-11-20"))).isNull();
    assertThat(carla.newcomer(at("2026-10-15"), at("2026-10-20"))).isFalse();
    assertThat(carla.firstContribution("coop", at("2026-10-15"), at("2026-11-02")).kind())
        .isEqualTo(FirstContribution.REPORTED);

    CollectiveLexicon lexicon = CollectiveLexicon.of(List.of(), "we, together");
    PersonActivity rob = new PersonActivity("rob", List.of(), List.of(), List.of(), List.of(),
        List.of(new Comment("c2", "COF-1", "rob", at("2026-11-03"), null, "We will do it together"),
            new Comment("c3", "COF-1", "rob", at("2026-11-04"), null, "Done"),
            new Comment("c4", "COF-1", "rob", at("2026-09-01"), null, "We agreed")),
        List.of(), List.of());
    assertThat(rob.commentsSpeaking(lexicon, at("2026-10-01"), at("2026-11-20"))).isEqualTo(1);
  }

  @Test
  void anItemsMovesIntoDoneAndItsStatusHistoryUpToAnInstant() {
    ItemActivity item = ItemActivity.of(item("COF-1"),
        List.of(status(1, "rita", "2026-11-02", StatusCategory.DONE),
            status(2, "rita", "2026-11-03", StatusCategory.DONE),
            status(3, "rita", "2026-11-06", StatusCategory.IN_PROGRESS)),
        List.of(), List.of(), List.of(), List.of());

    assertThat(item.movesIntoDone()).extracting(Transition::id).containsExactly("h1", "h2");
    assertThat(item.statusChangesUpTo(at("2026-11-03"))).extracting(Transition::id).containsExactly("h1", "h2");
    assertThat(item.statusChangedBetween(at("2026-11-04"), at("2026-11-06"))).isTrue();
    assertThat(item.statusChangedBetween(at("2026-11-04"), at("2026-11-05"))).isFalse();
  }
}
