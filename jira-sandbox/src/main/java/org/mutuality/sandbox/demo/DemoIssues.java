package org.mutuality.sandbox.demo;

import java.util.List;
import org.mutuality.sandbox.site.Visibility;

/**
 * The demo issues. Problems planted on purpose: the roaster resolves most of the work; the cooperative's open
 * issues are overdue; "Export fair Q4" is overdue with open issues; meetings stopped 40 days ago; a decision was
 * rushed by one partner; comments restricted to the Steering Committee hide information from the university; a
 * confidential issue is linked to the university's study; an unassigned issue is in progress; Felipe holds four
 * issues in progress; a hand-over from the cooperative to the university went unanswered; an issue resolved by the
 * roaster was reopened by the cooperative; an unmapped freelancer holds work and leads a component; three issues are
 * flagged as impeded (COF-30, COF-33, PIT-3), and the municipality's permit (PIT-3) blocks work in COF.
 *
 * <p>For the identity, confidence and DATA rules of issue 7 (written from RULES.md; figures for a read of COF alone
 * at {@link DemoSite#NOW}, with the Participants field and sandbox/mutuality.yml's mapping):
 * <ul>
 *   <li>IDEN-002/IDEN-003: COF's description ({@link DemoSite}) has 150 characters (&lt; 200) and names three of the
 *       five partners, not Fundación Raíces nor the Universidad del Alto Magdalena.
 *   <li>IDEN-004: Fundación Raíces has nobody in any COF role ({@link DemoSite}'s roles).
 *   <li>IDEN-005: sprints 3, 4 and 5 have no goal, sprint 6 has one: 3 of the 4 sprints started in the last 90 days
 *       (75%; 4 of 5, 80%, counting sprint 2, which ends in them).
 *   <li>IDEN-007: labels of the work items each partner owns, updated in the last 90 days: the municipality
 *       (minutes, permits) and the roaster (9 labels) share none, 0 of 11; so do the cooperative and the NGO (0 of 8)
 *       and the NGO and the university (0 of 5). Over the whole year, municipality–cooperative 1 of 14 (0.07).
 *   <li>IDEN-008: Sofía Trujillo (university), new, comments first on COF-15 34 days ago; nobody answers.
 *   <li>CONF-004: COF-38 ("Steering only": the Steering Committee and the reporter) relates to the university's
 *       COF-36, and nobody of the university is in the level; COF-34 ("Commercial confidential") relates to COF-36
 *       too.
 *   <li>CONF-005: the last meeting record, COF-12, was created 40 days ago (31 &lt; 40 &le; 62: minor).
 *   <li>CONF-006: on the last 3 meeting records (COF-12, COF-11, COF-10) Fundación Raíces neither comments nor is a
 *       participant (COF-10's minutes say it sent apologies); the other four partners are on each.
 *   <li>CONF-008: COF-15, resolved by the university, was moved out of Done by the cooperative: 1 of the
 *       university's 1 resolved work item in the last 90 days (100%); the roaster's COF-20, 1 of its 16 (6%), stays
 *       under 15%.
 *   <li>CONF-009: sprint 3 ends on 2026-09-14 and sprint 4 starts on 2026-10-05, 21 days later (&gt; 14).
 *   <li>DATA-002 passes: the integration account (the reader) holds every role, so the CONF-001 findings stand.
 *   <li>DATA-005 passes just: 19 of the 37 open work items (51%) have a due date or a fix version (COF-37, 40, 41 and
 *       48 carry due dates in the future for that), so ACCT-001 and ACCT-002 judge.
 * </ul>
 */
final class DemoIssues {
  /** The issue whose comments, worklogs and changelog exceed every preview. */
  static final int HEAVY = 5;

  private DemoIssues() {
  }

  private static IssueSpec cof(int n, String type, String summary) {
    return new IssueSpec("COF", n, type, summary);
  }

  static List<IssueSpec> cof() {
    Visibility steering = Visibility.role(DemoSite.STEERING);
    return List.of(
        cof(1, "Epic", "Coffee quality programme 2026").people("jorge.perdomo", "laura.restrepo").created(118)
            .inProgress(117).component("Harvest & Quality")
            .describe("Everything we do together to raise cup scores of the cooperative's lots.\n\nOwned by the "
                + "cooperative, with the roaster and the university."),
        cof(2, "Epic", "Export fair and direct trade").people("sebastian.vargas", "laura.restrepo").created(118)
            .inProgress(116).component("Roasting & Sales"),
        cof(3, "Task", "Map altitude and variety of member farms").people("natalia.gil", "jorge.perdomo")
            .created(112).done(108, 95).sprints(1).component("Harvest & Quality").version("Pilot harvest")
            .parent("COF-1").labels("farms", "data").logged(12)
            .comment("jorge.perdomo", 104, "We can give you the farm list from the cooperative register.")
            .comment("natalia.gil", 100, "Thanks, 212 farms mapped so far."),
        cof(4, "Task", "Collect soil samples from 40 farms").people("luzdary.tovar", "ricardo.silva").created(110)
            .done(106, 90).sprints(1).component("Harvest & Quality").parent("COF-1").labels("soil").logged(16)
            .comment("ricardo.silva", 101, "The lab can take 40 samples a week."),
        cof(HEAVY, "Story", "Cupping protocol for micro-lots").people("felipe.cano", "jorge.perdomo").created(110)
            .sprints(1, 2, 3, 4, 5, 6).component("Harvest & Quality").parent("COF-1").labels("cupping", "quality")
            .due(10).describe("A shared protocol to cup and score micro-lots.\n\nContext: each partner scored "
                + "differently.\n\nDecision: one SCA sheet.\n\nConsequences: retraining."),
        cof(6, "Task", "Roast profile for washed Caturra").people("sebastian.vargas", "sebastian.vargas")
            .created(92).done(88, 80).sprints(2).component("Roasting & Sales").labels("roasting").logged(6),
        cof(7, "Task", "Roast profile for honey-processed Castillo").people("natalia.gil", "sebastian.vargas")
            .created(92).done(87, 76).sprints(2).component("Roasting & Sales").labels("roasting").logged(7),
        cof(8, "Task", "Packaging supplier shortlist").people("felipe.cano", "sebastian.vargas").created(85)
            .done(80, 70).sprints(3).component("Roasting & Sales").labels("packaging").logged(4),
        cof(9, "Task", "Label design with the municipal seal").people("daniela.mejia", "laura.restrepo")
            .created(84).done(79, 66).sprints(3).component("Roasting & Sales").labels("branding").logged(5)
            .comment("laura.restrepo", 75, "The seal can be used if the label names all five partners.")
            .comment("daniela.mejia", 70, "Draft attached, all partners named."),
        cof(10, "Meeting", "Steering meeting — August").people("laura.restrepo", "laura.restrepo").created(93)
            .done(92.9, 92).labels("minutes")
            .comment("jorge.perdomo", 92.5, "Cooperative: harvest volumes are 10% above plan.")
            .comment("sebastian.vargas", 92.4, "Roaster: we need samples by October.")
            .comment("wilson.cuellar", 92.3, "Fundación Raíces sent apologies; they will run the drying-bed "
                + "workshop.")
            .participants("laura.restrepo", "jorge.perdomo", "sebastian.vargas", "ricardo.silva"),
        cof(11, "Meeting", "Steering meeting — September").people("laura.restrepo", "laura.restrepo").created(62)
            .done(61.9, 61).labels("minutes")
            .comment("sebastian.vargas", 61.5, "Roaster: fair booth confirmed.")
            .comment("ricardo.silva", 61.4, "University: survey design approved by the ethics board.")
            .participants("laura.restrepo", "sebastian.vargas", "ricardo.silva", "luzdary.tovar"),
        cof(12, "Meeting", "Steering meeting — October").people("laura.restrepo", "laura.restrepo").created(40)
            .done(39.9, 39).labels("minutes")
            .comment("luzdary.tovar", 39.5, "Nosotros, la cooperativa, pedimos más tiempo para los certificados.")
            .participants("laura.restrepo", "luzdary.tovar", "natalia.gil", "valentina.cortes"),
        cof(13, "Decision", "Decision: adopt a shared cupping score sheet").people("sebastian.vargas",
            "sebastian.vargas").created(50).done(49.9, 49.5).labels("decision")
            .comment("felipe.cano", 49.8, "Agreed, we use the SCA sheet from now on.")
            .comment("natalia.gil", 49.7, "Fine for us."),
        cof(14, "Task", "Training workshop for growers on drying beds").people("anamaria.losada",
            "laura.restrepo").created(60).done(50, 40).component("Community Outreach").labels("training")
            .logged(10).comment("wilson.cuellar", 41, "Thirty growers attended, thank you!"),
        cof(15, "Task", "Baseline survey of 120 households").people("valentina.cortes", "ricardo.silva")
            .created(70).done(60, 35).reopenedBy("jorge.perdomo").sprints(4).component("Research").labels("survey")
            .logged(30)
            .addedComment("jorge.perdomo", 35.9, "Reopening: the survey leaves out the households of El Cedro.")
            .addedComment("sofia.trujillo", 34, "Hola, I am new in the UDAM team and will clean the survey data. "
                + "Can the cooperative confirm the household codes of El Cedro?"),
        cof(16, "Task", "Sample shipment to the Hamburg fair").people("sebastian.vargas", "laura.restrepo")
            .created(52).done(45, 30).sprints(4).component("Roasting & Sales").version("Export fair Q4")
            .labels("export").logged(5),
        cof(17, "Task", "Green coffee export documentation").people("felipe.cano", "sebastian.vargas")
            .created(50).done(44, 28).sprints(4).version("Export fair Q4").labels("export").logged(3),
        cof(18, "Task", "Roast sample sets for the fair (10 lots)").people("natalia.gil", "sebastian.vargas")
            .created(49).done(44, 26).sprints(4).version("Export fair Q4").labels("roasting").logged(8),
        cof(19, "Bug", "Moisture meter readings off by 2%").people("felipe.cano", "luzdary.tovar").created(30)
            .done(29, 24).sprints(5).component("Harvest & Quality").priority("High").logged(2)
            .comment("luzdary.tovar", 29.5, "Our meter reads 12.5%, the roaster's 10.5%."),
        cof(20, "Task", "Price transparency sheet for members").people("sebastian.vargas", "jorge.perdomo")
            .created(32).done(28, 20).reopenedBy("jorge.perdomo").sprints(5).labels("pricing").logged(4)
            .comment("jorge.perdomo", 21, "Reopening: the sheet leaves out the drying costs."),
        cof(21, "Task", "Municipal permit for the drying centre").people("andres.munoz", "laura.restrepo")
            .created(40).done(35, 18).component("Policy & Permits").labels("permits").logged(3),
        cof(22, "Task", "Fair booth logistics").people("daniela.mejia", "sebastian.vargas").created(25)
            .done(24, 15).sprints(5).version("Export fair Q4").labels("export").logged(6),
        cof(23, "Task", "Translate cupping notes to English").people("natalia.gil", "felipe.cano").created(20)
            .done(18, 12).sprints(5).labels("cupping").logged(3),
        cof(24, "Task", "Cost model for the direct trade contract").people("sebastian.vargas", "laura.restrepo")
            .created(14).done(11, 8).sprints(6).labels("pricing").logged(6),
        cof(25, "Task", "Update the roaster's buyer list").people("felipe.cano", "sebastian.vargas").created(9)
            .done(8, 5).sprints(6).labels("sales").logged(2),
        cof(26, "Task", "Photo story for the fair").people("daniela.mejia", "laura.restrepo").created(8)
            .done(7, 3).sprints(6).component("Community Outreach").labels("branding").logged(4),
        cof(27, "Task", "Green bean storage audit").people("felipe.cano", "sebastian.vargas").created(16)
            .done(15, 10).sprints(6).component("Roasting & Sales").logged(3),
        cof(28, "Task", "Roaster capacity plan 2027").people("sebastian.vargas", "sebastian.vargas").created(12)
            .done(10, 6).sprints(6).version("Roadmap 2027").logged(5),
        cof(29, "Task", "Update the price list").people("natalia.gil", "natalia.gil").created(6).done(5, 2)
            .sprints(6).labels("pricing").logged(1),
        cof(30, "Task", "Collect harvest volumes per member").people("yamile.rojas", "laura.restrepo")
            .created(60).inProgress(45).flagged().due(-20).sprints(5, 6).component("Harvest & Quality")
            .labels("data"),
        cof(31, "Task", "Register the cooperative as exporter").people("jorge.perdomo", "laura.restrepo")
            .created(55).due(-15).version("Export fair Q4").labels("export"),
        cof(32, "Task", "Quality certificates for 12 lots").people("luzdary.tovar", "sebastian.vargas")
            .created(40).inProgress(30).due(-9).sprints(6).version("Export fair Q4").labels("quality")
            .comment("sebastian.vargas", 12, "We cannot book the container without these certificates.")
            .comment("luzdary.tovar", 11, "La cooperativa los tendrá la próxima semana."),
        cof(33, "Task", "Book a container for the January shipment").people("natalia.gil", "sebastian.vargas")
            .created(20).inProgress(14).flagged().due(12).sprints(6).labels("export"),
        cof(34, "Task", "Price negotiation for the 2027 harvest").people("jorge.perdomo", "sebastian.vargas")
            .created(25).inProgress(20).due(-5).security(DemoSite.CONFIDENTIAL).labels("pricing")
            .comment("sebastian.vargas", 10, "Our offer: base price plus quality premium above 85 points."),
        cof(35, "Task", "Drying bed maintenance plan").people("wilson.cuellar", "jorge.perdomo").created(100)
            .due(-30).component("Harvest & Quality"),
        cof(36, "Story", "Study: effect of altitude on cup score").people("ricardo.silva", "ricardo.silva")
            .created(80).inProgress(70).due(40).component("Research").labels("research", "cupping")
            .comment("ricardo.silva", 22, "We have 60 scored samples; need 40 more from the cooperative.")
            .restricted("laura.restrepo", 21, "Budget for the study may be cut next year; do not share yet.",
                steering),
        cof(37, "Task", "Outreach radio spots").people(null, "anamaria.losada").created(20).inProgress(18)
            .due(21).component("Community Outreach"),
        cof(38, "Task", "Municipal budget line for 2027").people("camila.ortiz", "laura.restrepo").created(30)
            .due(-2).component("Policy & Permits").security(DemoSite.STEERING_ONLY),
        cof(39, "Task", "Roaster open day for growers").people("felipe.cano", "laura.restrepo").created(10)
            .due(25).sprints(7).component("Community Outreach"),
        cof(40, "Task", "Water use measurements at the wet mills").people("mateo.ramirez", "jorge.perdomo")
            .created(30).inProgress(25).due(15).component("Research").reassigned("jorge.perdomo", 10, "wilson.cuellar",
                "mateo.ramirez")
            .comment("wilson.cuellar", 11, "Handing this over to the university team, they have the meters."),
        cof(41, "Task", "Newsletter for members").people("diego.herrera", "anamaria.losada").created(12)
            .inProgress(10).due(9).component("Community Outreach"),
        cof(42, "Sub-task", "Translate the score sheet").people("valentina.cortes", "felipe.cano").created(15)
            .parent("COF-5"),
        cof(43, "Task", "Fair follow-up with buyers").people("sebastian.vargas", "sebastian.vargas").created(9)
            .inProgress(7).sprints(6).due(14).labels("sales"),
        cof(44, "Task", "Roast defects catalogue").people("felipe.cano", "natalia.gil").created(18)
            .inProgress(16).sprints(6).due(20).labels("roasting"),
        cof(45, "Task", "Barista training materials").people("felipe.cano", "sebastian.vargas").created(17)
            .inProgress(15).sprints(6).due(30).labels("training"),
        cof(46, "Task", "Coffee fair report").people("felipe.cano", "laura.restrepo").created(13)
            .inProgress(12).sprints(6).due(7).labels("export")
            .comment("laura.restrepo", 6, "Our partnership was the only producer-roaster alliance at the fair!"),
        cof(47, "Task", "Public procurement rules summary").people("camila.ortiz", "laura.restrepo").created(14)
            .inProgress(9).due(10).component("Policy & Permits"),
        cof(48, "Task", "Land-use map for the drying centre").people("andres.munoz", "laura.restrepo")
            .created(11).due(45).component("Policy & Permits"));
  }

  static List<IssueSpec> pit() {
    return List.of(
        new IssueSpec("PIT", 1, "Task", "Road repair to the La Laguna farms").people("andres.munoz", "andres.munoz")
            .created(100).done(95, 60).logged(20),
        new IssueSpec("PIT", 2, "Meeting", "District council — coffee roads").people("camila.ortiz", "andres.munoz")
            .created(70).done(69.9, 69).labels("minutes")
            .participants("camila.ortiz", "andres.munoz", "valentina.cortes"),
        new IssueSpec("PIT", 3, "Task", "Drying centre permit (municipal copy)").people("andres.munoz",
            "camila.ortiz").created(30).inProgress(20).flagged().due(-3),
        new IssueSpec("PIT", 4, "Task", "Water monitoring agreement with UDAM").people("camila.ortiz",
            "andres.munoz").created(5));
  }
}
