package org.mutuality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.engine.Key;
import org.mutuality.facts.ActiveMember;
import org.mutuality.facts.PartnerShare;
import org.mutuality.model.AccessKind;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;
import org.mutuality.model.Snapshot;

/** Every index on {@link IndexFixture}'s data, with the figures worked out by hand. */
class IndicesTest {
  private static final Report COFFEE = ReportFixture.coffee();
  private final Indices indices = COFFEE.indices();

  // Mutuality index

  @Test
  void theMutualityIndexIsTheGeometricMeanOfTheFourKeyScores() {
    // (81 · 16 · 100 · 100)^(1/4) = (36 · 100)^(1/2) = 60
    MutualityIndex index = MutualityIndex.compute(scores(81, 16, 100, 100));

    assertThat(index.index()).isEqualTo(60);
    assertThat(index.reason()).isNull();
    assertThat(index.keyScores()).containsExactly(Map.entry(Key.COORDINATION, 81), Map.entry(Key.ACCOUNTABILITY, 16),
        Map.entry(Key.IDENTITY, 100), Map.entry(Key.CONFIDENCE, 100));
    assertThat(index.findings()).containsExactly("coordination-fp", "accountability-fp");
  }

  @Test
  void theCoffeeReportsMutualityIndexListsTheKeyScoresAndTheirFindings() {
    // (86 · 86 · 100 · 96)^(1/4) = 71,001,600^(1/4) = 91.79
    MutualityIndex index = indices.mutuality();

    assertThat(index.index()).isEqualTo(92);
    assertThat(index.keyScores().values()).containsExactly(86, 86, 100, 96);
    assertThat(index.findings()).containsExactly("c00d0010e5a7f214", "c00d00509a2b3c4d", "a1c0e0010f3d9b72",
        "a1c0e0020b6c8d03", "c0f00010d41e7a55");
  }

  @Test
  void oneKeyAtZeroMakesTheMutualityIndexZero() {
    assertThat(MutualityIndex.compute(scores(0, 100, 100, 100)).index()).isZero();
  }

  @Test
  void aKeyWithoutAScoreLeavesNoMutualityIndexAndSaysWhich() {
    Map<Key, KeyScore> scores = new EnumMap<>(scores(90, 80, 100, 100));
    scores.put(Key.IDENTITY, new KeyScore(Key.IDENTITY, null, 0.0, 1, 0, List.of()));
    scores.remove(Key.CONFIDENCE);

    MutualityIndex index = MutualityIndex.compute(scores);

    assertThat(index.index()).isNull();
    assertThat(index.reason()).isEqualTo("no score for identity, confidence: no rule of those keys could judge");
    assertThat(index.keyScores()).containsEntry(Key.COORDINATION, 90).containsEntry(Key.IDENTITY, null)
        .containsEntry(Key.CONFIDENCE, null);
  }

  // Partner balance

  @Test
  void partnerBalanceNormalisesTheHerfindahlIndexPerDimension() {
    List<PartnerBalance.Dimension> dimensions = indices.partnerBalance().dimensions();

    assertThat(dimensions).extracting(PartnerBalance.Dimension::dimension)
        .containsExactly("resolved", "hours", "comments", "responses");
    // Resolved 5 / 3 / 2 of 10; the university has no active member and no share, so N = 3.
    // H = 0.25 + 0.09 + 0.04 = 0.38; H* = (0.38 − 1/3) / (2/3) = 0.07; balance = 100 · 0.93 = 93.
    PartnerBalance.Dimension resolved = dimensions.get(0);
    assertThat(resolved.index()).isEqualTo(93);
    assertThat(resolved.partners()).isEqualTo(3);
    assertThat(resolved.total()).isEqualTo(10.0);
    assertThat(resolved.herfindahl()).isCloseTo(0.38, within(1e-9));
    assertThat(resolved.normalised()).isCloseTo(0.07, within(1e-9));
    assertThat(resolved.shares()).extracting(s -> s.partner().id(), PartnerBalance.Share::amount)
        .containsExactly(tuple("coop", 5.0), tuple("roastery", 3.0), tuple("ngo", 2.0));
    assertThat(resolved.shares()).extracting(PartnerBalance.Share::share).containsExactly(0.5, 0.3, 0.2);
    // Hours: the cooperative logged all 10; the roastery and the NGO take part with 0. H = 1, H* = 1: 0.
    PartnerBalance.Dimension hours = dimensions.get(1);
    assertThat(hours.index()).isZero();
    assertThat(hours.herfindahl()).isEqualTo(1.0);
    assertThat(hours.shares()).extracting(PartnerBalance.Share::share).containsExactly(1.0, 0.0, 0.0);
    // Comments 2 / 2 / 0: H = 0.5, H* = (0.5 − 1/3) / (2/3) = 0.25: 75.
    PartnerBalance.Dimension comments = dimensions.get(2);
    assertThat(comments.index()).isEqualTo(75);
    assertThat(comments.normalised()).isCloseTo(0.25, within(1e-9));
    // Cross-partner first responses: the cooperative answered, the roastery and the NGO C-1 (the
    // cooperative's own answer on C-1 is not cross-partner): 2 / 1 / 1 of 4. H = 0.375, H* = 0.0625: 93.75.
    PartnerBalance.Dimension responses = dimensions.get(3);
    assertThat(responses.index()).isEqualTo(94);
    assertThat(responses.total()).isEqualTo(4.0);
    assertThat(responses.herfindahl()).isCloseTo(0.375, within(1e-9));
    assertThat(responses.shares()).extracting(s -> s.partner().id(), PartnerBalance.Share::share)
        .containsExactly(tuple("coop", 0.5), tuple("roastery", 0.25), tuple("ngo", 0.25));
  }

  @Test
  void equalSharesBalanceFully() {
    IndexData data = with(IndexFixture.activeMembers(), List.of(
        new PartnerShare(PartnerShare.RESOLVED, "coop", 4, 12),
        new PartnerShare(PartnerShare.RESOLVED, "roastery", 4, 12),
        new PartnerShare(PartnerShare.RESOLVED, "ngo", 4, 12)));

    PartnerBalance.Dimension resolved = PartnerBalance.compute(data, List.of(), List.of()).dimensions().get(0);

    assertThat(resolved.index()).isEqualTo(100);
    assertThat(resolved.normalised()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void aPartnerWithAShareButNoActiveMemberTakesPart() {
    // The university resolved 2 work items (its assignee's) without any activity of its own: N = 4.
    List<PartnerShare> shares = new ArrayList<>(IndexFixture.partnerShares());
    shares.replaceAll(s -> s.dimension().equals(PartnerShare.RESOLVED) && s.partnerId().equals("uni")
        ? new PartnerShare(PartnerShare.RESOLVED, "uni", 2, 12) : s.dimension().equals(PartnerShare.RESOLVED)
        ? new PartnerShare(PartnerShare.RESOLVED, s.partnerId(), s.amount(), 12) : s);

    PartnerBalance.Dimension resolved =
        PartnerBalance.compute(with(IndexFixture.activeMembers(), shares), List.of(), List.of()).dimensions().get(0);

    // Shares 5/12, 3/12, 2/12, 2/12: H = (25 + 9 + 4 + 4) / 144 = 42/144; H* = (42/144 − 1/4) / (3/4) = 1/18.
    assertThat(resolved.partners()).isEqualTo(4);
    assertThat(resolved.herfindahl()).isCloseTo(42.0 / 144, within(1e-9));
    assertThat(resolved.normalised()).isCloseTo(1.0 / 18, within(1e-9));
    assertThat(resolved.index()).isEqualTo(94);
  }

  @Test
  void onePartnerTakingPartIsNoBalance() {
    IndexData data = with(List.of(new ActiveMember("carla", "coop")), List.of(
        new PartnerShare(PartnerShare.RESOLVED, "coop", 4, 4),
        new PartnerShare(PartnerShare.RESOLVED, "roastery", 0, 4)));

    PartnerBalance.Dimension resolved = PartnerBalance.compute(data, List.of(), List.of()).dimensions().get(0);

    assertThat(resolved.index()).isNull();
    assertThat(resolved.reason())
        .isEqualTo("only Growers' Cooperative takes part: a balance needs at least 2 partners with active members");
    assertThat(resolved.partners()).isEqualTo(1);
    assertThat(resolved.herfindahl()).isNull();
    assertThat(resolved.shares()).extracting(PartnerBalance.Share::share).containsExactly(1.0);
  }

  @Test
  void aDimensionWithNothingInItIsNotComputed() {
    PartnerBalance balance =
        PartnerBalance.compute(with(IndexFixture.activeMembers(), List.of()), List.of(), List.of());

    assertThat(balance.dimensions()).extracting(PartnerBalance.Dimension::index).containsExactly(null, null, null, 94);
    assertThat(balance.dimensions()).extracting(PartnerBalance.Dimension::reason).containsExactly(
        "no work item was resolved by a person mapped to a partner in the window",
        "no hours were logged by a person mapped to a partner in the window",
        "no comment was written by a person mapped to a partner in the window",
        null);
  }

  @Test
  void aRuleBaseWithoutTheQueriesStillAuditsAndTheIndicesSayWhy() {
    String noShares = "the rule base has no query \"partnerShares\" to read PartnerShare facts through";
    String noResponses = "the rule base has no query \"firstResponses\" to read FirstResponse facts through";
    IndexData data = new IndexData(IndexFixture.snapshot(), IndexFixture.CLOCK,
        IndexInput.of(IndexFixture.activeMembers()),
        IndexInput.missing(noShares), IndexInput.missing(noResponses), IndexInput.of(IndexFixture.exclusions()),
        IndexInput.of(IndexFixture.ROLES));

    Indices computed = Indices.compute(data, COFFEE.scores(), COFFEE.findings(), COFFEE.rules());

    assertThat(computed.partnerBalance().dimensions()).extracting(PartnerBalance.Dimension::reason)
        .containsExactly(noShares, noShares, noShares, noResponses);
    assertThat(computed.reciprocity().index()).isNull();
    assertThat(computed.reciprocity().reason()).isEqualTo(noResponses);
    assertThat(computed.reciprocity().cells()).isEmpty();
    assertThat(computed.transparency().index()).isEqualTo(53);
    assertThat(computed.mutuality().index()).isEqualTo(92);
  }

  @Test
  void dataTheSourceCouldNotReadLeavesItsIndicesUncomputed() {
    Snapshot gaps = withGaps(new DataGap(DataArea.COMMENTS, "GET /rest/api/3/issue/COF-1/comment answered 403"));
    IndexData data = new IndexData(gaps, IndexFixture.CLOCK, IndexInput.of(IndexFixture.activeMembers()),
        IndexInput.of(IndexFixture.partnerShares()), IndexInput.of(IndexFixture.firstResponses()),
        IndexInput.of(IndexFixture.exclusions()), IndexInput.of(IndexFixture.ROLES));

    Indices computed = Indices.compute(data, COFFEE.scores(), COFFEE.findings(), COFFEE.rules());

    String reason = "could not read comments: GET /rest/api/3/issue/COF-1/comment answered 403";
    assertThat(computed.partnerBalance().dimensions()).extracting(PartnerBalance.Dimension::reason)
        .containsExactly(null, null, reason, reason);
    assertThat(computed.transparency().visibility().reason()).isEqualTo(reason);
    assertThat(computed.transparency().reason()).isEqualTo("visibility cannot be computed: " + reason);
    assertThat(computed.reciprocity().reason()).isEqualTo(reason);
  }

  // Transparency

  @Test
  void transparencyMultipliesVisibilityByDocumentAccess() {
    Transparency transparency = indices.transparency();

    // 7 of 8 comments and 1 of 2 worklogs are visible to every partner with an active member: 8 / 10 = 0.8.
    Transparency.VisibilityFactor visibility = transparency.visibility();
    assertThat(visibility.share()).isEqualTo(0.8);
    assertThat(List.of(visibility.comments(), visibility.visibleComments(), visibility.worklogs(),
        visibility.visibleWorklogs())).containsExactly(8, 7, 2, 1);
    assertThat(visibility.restrictions())
        .extracting(Transparency.HidingRestriction::kind, Transparency.HidingRestriction::name,
            Transparency.HidingRestriction::comments, Transparency.HidingRestriction::worklogs,
            Transparency.HidingRestriction::excludedPartners)
        .containsExactly(
            tuple(AccessKind.ROLE, "Steering", 1, 0, List.of("ngo")),
            tuple(AccessKind.GROUP, "coop-staff", 0, 1, List.of("roastery", "ngo")));
    // Carla (Documents) and Rob (Admins, matched in any case) give the cooperative and the roastery document
    // access; the NGO's only role holder is a bot: 2 of 3.
    Transparency.AccessFactor access = transparency.access();
    assertThat(access.share()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(access.roles()).containsExactly("Documents", "ADMINS");
    assertThat(access.partners()).extracting(p -> p.partner().id(), Transparency.PartnerAccess::members)
        .containsExactly(tuple("coop", List.of("carla")), tuple("roastery", List.of("rob")), tuple("ngo", List.of()));
    // 100 · 0.8 · 2/3 = 53.3
    assertThat(transparency.index()).isEqualTo(53);
    assertThat(transparency.reason()).isNull();
    assertThat(transparency.rules()).containsExactly("CONF-001", "CONF-002", "CONF-003");
    assertThat(transparency.findings()).containsExactly("c0f00010d41e7a55");
  }

  @Test
  void withoutTheDocumentRolesSettingTransparencyShowsVisibilityAndNamesTheSetting() {
    String unset = "set rules.CONF-003.params.documentRoles in mutuality.yml (the roles that grant document access)";
    IndexData data = new IndexData(IndexFixture.snapshot(), IndexFixture.CLOCK,
        IndexInput.of(IndexFixture.activeMembers()),
        IndexInput.of(IndexFixture.partnerShares()), IndexInput.of(IndexFixture.firstResponses()),
        IndexInput.of(IndexFixture.exclusions()), IndexInput.missing(unset));

    Transparency transparency = Transparency.compute(data, List.of(), List.of());

    assertThat(transparency.index()).isNull();
    assertThat(transparency.reason()).isEqualTo("document access cannot be computed: " + unset);
    assertThat(transparency.visibility().share()).isEqualTo(0.8);
    assertThat(transparency.access().share()).isNull();
    assertThat(transparency.access().reason()).isEqualTo(unset);
    assertThat(transparency.access().setting()).isEqualTo("rules.CONF-003.params.documentRoles");
    assertThat(transparency.access().partners()).isEmpty();
  }

  // Reciprocity matrix

  @Test
  void theReciprocityMatrixCountsTheCellsWithAnswersWithin72Hours() {
    ReciprocityMatrix matrix = indices.reciprocity();

    assertThat(matrix.partners()).extracting(Indices.PartnerRef::id).containsExactly("coop", "roastery", "ngo");
    // Rows own the work items, columns answered. The roastery's were answered by the cooperative
    // after 10 and 100 h: median 55. The cooperative's C-1: the roastery after 80 h, the NGO after 72 h (at the
    // threshold counts as within). The cooperative's own answer is the diagonal, left out.
    assertThat(matrix.cells())
        .extracting(ReciprocityMatrix.Cell::owner, ReciprocityMatrix.Cell::responder, ReciprocityMatrix.Cell::responses,
            ReciprocityMatrix.Cell::medianHours)
        .containsExactly(
            tuple("coop", "roastery", 1, 80.0), tuple("coop", "ngo", 1, 72.0),
            tuple("roastery", "coop", 2, 55.0), tuple("roastery", "ngo", 0, null),
            tuple("ngo", "coop", 0, null), tuple("ngo", "roastery", 0, null));
    assertThat(matrix.cells()).extracting(c -> c.within(72)).containsExactly(false, true, true, null, null, null);
    // 2 of the 3 cells with answers are within 72 h: 67.
    assertThat(matrix.cellsCounted()).isEqualTo(3);
    assertThat(matrix.cellsWithin()).isEqualTo(2);
    assertThat(matrix.index()).isEqualTo(67);
    assertThat(matrix.thresholdHours()).isEqualTo(72.0);
    assertThat(matrix.rules()).containsExactly("DATA-001");
    assertThat(matrix.findings()).isEmpty();
  }

  @Test
  void noCrossPartnerAnswerLeavesOnlyEmptyCells() {
    IndexData data = new IndexData(IndexFixture.snapshot(), IndexFixture.CLOCK,
        IndexInput.of(IndexFixture.activeMembers()),
        IndexInput.of(List.of()), IndexInput.of(IndexFixture.firstResponses().subList(4, 5)), IndexInput.of(List.of()),
        IndexInput.of(IndexFixture.ROLES));

    ReciprocityMatrix matrix = ReciprocityMatrix.compute(data, List.of(), List.of());

    assertThat(matrix.index()).isNull();
    assertThat(matrix.reason())
        .isEqualTo("no partner answered on a work item of another partner created in the window");
    assertThat(matrix.cells()).hasSize(6).allMatch(ReciprocityMatrix.Cell::isEmpty);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(ReciprocityMatrix.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
    assertThat(ReciprocityMatrix.median(List.of(9.0, 1.0, 5.0, 2.0))).isEqualTo(3.5);
  }

  // Findings behind the indices

  @Test
  void eachIndexListsTheRelatedRulesOfTheRuleBaseAndTheirFindings() {
    assertThat(indices.partnerBalance().rules()).containsExactly("COORD-001", "DATA-001");
    assertThat(indices.partnerBalance().findings()).containsExactly("c00d0010e5a7f214");
  }

  private static Map<Key, KeyScore> scores(int coordination, int accountability, int identity, int confidence) {
    Map<Key, KeyScore> scores = new EnumMap<>(Key.class);
    scores.put(Key.COORDINATION, new KeyScore(Key.COORDINATION, coordination, 1.0, 1, 1, List.of("coordination-fp")));
    scores.put(Key.ACCOUNTABILITY,
        new KeyScore(Key.ACCOUNTABILITY, accountability, 1.0, 1, 1, List.of("accountability-fp")));
    scores.put(Key.IDENTITY, new KeyScore(Key.IDENTITY, identity, 1.0, 1, 1, List.of()));
    scores.put(Key.CONFIDENCE, new KeyScore(Key.CONFIDENCE, confidence, 1.0, 1, 1, List.of()));
    return scores;
  }

  private static IndexData with(List<ActiveMember> active, List<PartnerShare> shares) {
    return new IndexData(IndexFixture.snapshot(), IndexFixture.CLOCK, IndexInput.of(active), IndexInput.of(shares),
        IndexInput.of(IndexFixture.firstResponses()), IndexInput.of(IndexFixture.exclusions()),
        IndexInput.of(IndexFixture.ROLES));
  }

  private static Snapshot withGaps(DataGap... gaps) {
    Snapshot s = IndexFixture.snapshot();
    return new Snapshot(s.capturedAt(), s.source(), s.readerId(), s.partnership(), s.partners(), s.members(), s.workItems(),
        s.comments(), s.worklogs(), s.transitions(), s.dependencies(), s.milestones(), s.iterations(),
        s.workPackages(), s.accessGrants(), List.of(gaps));
  }
}
