package org.mutuality.sandbox.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mutuality.sandbox.site.Visibility;

/**
 * The hand-written issues of the pilot year. Done right: two epics shared by several partners, monthly steering
 * meetings with minutes (none in April and June 2026), three decisions with context, decision and consequences
 * discussed by four or five partners over days, an acknowledged hand-over from the cooperative to the
 * university, a confidential contract only its two parties see, a newcomer welcomed by another partner within a
 * day, a pilot report written by all partners. Problems: a decision rushed by the roaster in three hours with no
 * sections, a stale backlog, a municipal permit stalled since May that blocks the university's study, a
 * translation stalled since July, a cupping report bounced back by the cooperative, a comment restricted to the
 * Steering Committee (which the university is not in) and one to the roaster's own group.
 */
final class PilotStories {
  private static final String BLOCKS = "10000";
  private static final String RELATES = "10003";

  private final List<DemoPilot.Planned> planned = new ArrayList<>();

  private PilotStories() {
  }

  /** @param dateTime {@code yyyy-MM-ddTHH:mm} in UTC */
  static double a(String dateTime) {
    return DemoPilot.ago(dateTime + ":00Z");
  }

  static List<DemoPilot.Planned> planned() {
    PilotStories s = new PilotStories();
    s.epics();
    s.meetings();
    s.decisions();
    s.problems();
    s.doneRight();
    return s.planned;
  }

  static List<DemoPilot.PlannedLink> links() {
    return List.of(
        new DemoPilot.PlannedLink(BLOCKS, "permit-stalled", "study-phase2"),
        new DemoPilot.PlannedLink(RELATES, "decision-premium", "meeting-2026-03"),
        new DemoPilot.PlannedLink(RELATES, "decision-data", "meeting-2026-01"),
        new DemoPilot.PlannedLink(RELATES, "decision-sprints", "meeting-2026-07"),
        new DemoPilot.PlannedLink(RELATES, "report-translation", "pilot-report"),
        new DemoPilot.PlannedLink(BLOCKS, "handover", "stale-water-map"),
        new DemoPilot.PlannedLink(RELATES, "bounce", "margin"));
  }

  private void add(String ref, String created, String type, String summary, Function<IssueSpec, IssueSpec> more) {
    double createdAgo = a(created);
    planned.add(new DemoPilot.Planned(createdAgo, ref,
        plan -> more.apply(new IssueSpec("COF", plan.number(ref), type, summary).created(createdAgo))));
  }

  private void addWithPlan(String ref, String created, String type, String summary,
      java.util.function.BiFunction<IssueSpec, DemoPilot.Plan, IssueSpec> more) {
    double createdAgo = a(created);
    planned.add(new DemoPilot.Planned(createdAgo, ref,
        plan -> more.apply(new IssueSpec("COF", plan.number(ref), type, summary).created(createdAgo), plan)));
  }

  private void epics() {
    add("pilot-epic", "2025-11-24T14:00", "Epic", "Pilot phase 2025–26: direct trade from Pitalito",
        s -> s.people("laura.restrepo", "laura.restrepo").done(a("2025-11-25T14:00"), a("2026-07-24T15:00"))
            .labels("pilot").describe("The pilot of the Café del Sur partnership: the cooperative's growers sell "
                + "pilot lots directly to Tostadores Andinos, the Alcaldía co-funds roads and drying centres, "
                + "Fundación Raíces trains the families and the Universidad del Alto Magdalena measures what "
                + "changes."));
    add("farm-registry", "2025-11-25T15:00", "Epic", "Farm registry of the cooperative's members",
        s -> s.people("jorge.perdomo", "laura.restrepo").done(a("2025-11-26T14:00"), a("2026-05-29T16:00"))
            .component("Harvest & Quality").labels("farms"));
  }

  private void meeting(String ref, String date, String title, String minutes, String... comments) {
    add(ref, date + "T14:00", "Meeting", title, s -> {
      s.people("laura.restrepo", "laura.restrepo").done(a(date + "T14:05"), a(date + "T17:00")).labels("minutes")
          .describe(minutes);
      for (int i = 0; i < comments.length; i += 2) {
        s.comment(comments[i], a(date + "T15:" + (10 + i * 5)), comments[i + 1]);
      }
      return s;
    });
  }

  private void meetings() {
    meeting("meeting-2025-11", "2025-11-27", "Kick-off meeting of the pilot",
        "Attendees: all five partners.\n\nAgreed: the pilot runs until the end of the mitaca harvest; monthly "
            + "steering meetings; one shared board.\n\nActions: the cooperative lists the pilot farms.",
        "andres.munoz", "Alcaldía: we co-fund 40% of the pilot.",
        "jorge.perdomo", "Cooperativa: 60 farms are ready to join.",
        "sebastian.vargas", "Tostadores Andinos: we buy every lot above 84 points.",
        "anamaria.losada", "Fundación Raíces: we run the drying-bed workshops.",
        "ricardo.silva", "Universidad: we measure altitude, soil and cup scores.");
    meeting("meeting-2025-12", "2025-12-11", "Steering meeting — December 2025",
        "Attendees: municipality, cooperative, roaster, university.\n\nAgreed: farm registry first.",
        "jorge.perdomo", "42 farms registered so far.",
        "sebastian.vargas", "We can cup the first samples in February.",
        "ricardo.silva", "Soil sampling starts in January.",
        "andres.munoz", "Road to El Cedro repaired.");
    meeting("meeting-2026-01", "2026-01-15", "Steering meeting — January",
        "Attendees: cooperative, roaster, NGO, university.\n\nAgreed: the university stewards the farm data "
            + "set (see the decision).",
        "luzdary.tovar", "Nosotros terminamos el registro de La Laguna.",
        "natalia.gil", "Our partnership needs one data set, not five spreadsheets.",
        "anamaria.losada", "Workshops booked for February.",
        "ricardo.silva", "We propose to keep the farm data at the university.");
    meeting("meeting-2026-02", "2026-02-12", "Steering meeting — February",
        "Attendees: municipality, cooperative, roaster, NGO.\n\nAgreed: the price premium goes to the March "
            + "meeting.",
        "jorge.perdomo", "First mitaca cherries picked.",
        "sebastian.vargas", "We will propose a premium in March.",
        "pedro.salas", "Sixty families trained on drying beds.",
        "camila.ortiz", "Municipal fund disbursed for the drying centres.");
    meeting("meeting-2026-03", "2026-03-12", "Steering meeting — March",
        "Attendees: all five partners.\n\nAgreed: a pilot premium of 15% over the FNC reference, to be "
            + "confirmed in writing.",
        "jorge.perdomo", "The cooperative agrees to 15%.",
        "sebastian.vargas", "Tostadores Andinos agrees.",
        "anamaria.losada", "We will explain the premium to the families.",
        "valentina.cortes", "The survey will track what the premium changes.",
        "andres.munoz", "The Alcaldía will publish the agreement.");
    meeting("meeting-2026-05", "2026-05-14", "Steering meeting — May",
        "Attendees: cooperative, roaster, university.\n\nNo April meeting (Semana Santa).\n\nAgreed: deliver "
            + "the first 20 lots by mid-May.",
        "wilson.cuellar", "Eighteen lots dried and bagged.",
        "sebastian.vargas", "We received twelve lots; cupping next week.",
        "ricardo.silva", "Altitude explains a third of the score differences.");
    meeting("meeting-2026-07", "2026-07-09", "Steering meeting — July",
        "Attendees: all five partners.\n\nNo June meeting.\n\nAgreed: close the pilot, write the report, move "
            + "to two-week sprints in August.",
        "jorge.perdomo", "Nosotros queremos seguir con la alianza.",
        "felipe.cano", "Our partnership sold 31 lots, all above 84 points.",
        "anamaria.losada", "The families want a second year.",
        "ricardo.silva", "The report draft is due on 22 July.",
        "camila.ortiz", "The municipal budget for 2027 will include the partnership.");
  }

  private static String adr(String context, String decision, String consequences) {
    return "Context: " + context + "\n\nDecision: " + decision + "\n\nConsequences: " + consequences;
  }

  private void decisions() {
    add("decision-data", "2026-01-16T15:00", "Decision", "Decision: the university stewards the farm data set",
        s -> s.people("ricardo.silva", "ricardo.silva").done(a("2026-01-16T15:30"), a("2026-01-23T16:00"))
            .labels("decision", "data")
            .describe(adr("Each partner kept its own farm spreadsheet.", "The university keeps the one farm data "
                + "set; every partner reads it.", "The cooperative sends updates monthly; the university "
                + "publishes a cleaned copy."))
            .comment("jorge.perdomo", a("2026-01-17T13:00"), "The cooperative agrees, if growers can see their "
                + "own data.")
            .comment("laura.restrepo", a("2026-01-19T15:00"), "The Alcaldía agrees.")
            .comment("sebastian.vargas", a("2026-01-20T14:00"), "Fine for us, we only need cup scores.")
            .comment("anamaria.losada", a("2026-01-21T16:00"), "Agreed; we will explain it at the workshops."));
    add("decision-premium", "2026-03-13T13:00", "Decision",
        "Decision: pilot price premium of 15% over the FNC reference",
        s -> s.people("sebastian.vargas", "laura.restrepo").done(a("2026-03-13T13:30"), a("2026-03-20T17:00"))
            .labels("decision", "pricing")
            .describe(adr("Growers were paid the FNC reference price whatever the cup score.", "Lots above 84 "
                + "points get 15% over the reference, paid on delivery.", "The roaster pays more for the pilot "
                + "lots; the cooperative checks the scores; the university tracks household income."))
            .comment("jorge.perdomo", a("2026-03-14T12:00"), "Confirmed by the cooperative's board.")
            .comment("sebastian.vargas", a("2026-03-15T15:00"), "Confirmed.")
            .comment("anamaria.losada", a("2026-03-16T14:00"), "The families asked how the score is checked; "
                + "answered in the workshop.")
            .comment("andres.munoz", a("2026-03-17T16:00"), "Published on the Alcaldía's site.")
            .comment("ricardo.silva", a("2026-03-18T13:00"), "Survey question added."));
    add("decision-supplier", "2026-05-15T10:00", "Decision", "Decision: drop the second packaging supplier",
        s -> s.people("sebastian.vargas", "sebastian.vargas").done(a("2026-05-15T10:10"), a("2026-05-15T13:00"))
            .labels("decision").describe("Second supplier dropped.")
            .comment("felipe.cano", a("2026-05-15T11:00"), "Agreed, one supplier is enough."));
    add("decision-sprints", "2026-07-10T16:00", "Decision", "Decision: two-week sprints from August",
        s -> s.people("laura.restrepo", "laura.restrepo").done(a("2026-07-10T16:30"), a("2026-07-15T15:00"))
            .labels("decision")
            .describe(adr("Pilot sprints ran three to six weeks and one lasted 39 days.", "From August the "
                + "partnership plans two-week sprints on the COF Scrum board, each with a goal.", "Steering "
                + "reviews every second sprint; the pilot board is closed."))
            .comment("sebastian.vargas", a("2026-07-11T14:00"), "Good for the roaster.")
            .comment("jorge.perdomo", a("2026-07-13T13:00"), "Nosotros también, de acuerdo.")
            .comment("valentina.cortes", a("2026-07-14T15:00"), "The university agrees."));
  }

  private void problems() {
    add("stale-water-map", "2026-02-02T15:00", "Task", "Map water sources of member farms",
        s -> s.people("valentina.cortes", "ricardo.silva").component("Research").labels("data")
            .comment("jorge.perdomo", a("2026-02-03T14:00"), "We can share the cooperative's farm coordinates."));
    add("stale-register", "2026-03-02T13:00", "Task", "Update the member register with 2026 prices",
        s -> s.people(null, "jorge.perdomo").component("Harvest & Quality").labels("farms"));
    add("permit-stalled", "2026-05-04T14:00", "Task", "Water use permit for the wet mills (phase 2)",
        s -> s.people("andres.munoz", "ricardo.silva").inProgress(a("2026-05-05T14:00"))
            .component("Policy & Permits").labels("permits")
            .comment("ricardo.silva", a("2026-05-12T15:00"), "Phase 2 of the study cannot start without it.")
            .comment("andres.munoz", a("2026-05-20T16:00"), "Waiting for the regional authority (CAM)."));
    add("study-phase2", "2026-05-06T14:00", "Story", "Wet mill water study, phase 2",
        s -> s.people("ricardo.silva", "ricardo.silva").component("Research").labels("research"));
    add("report-translation", "2026-06-30T14:00", "Task", "Translate the pilot report into English",
        s -> s.people("natalia.gil", "sebastian.vargas").inProgress(a("2026-07-01T14:00")).labels("pilot"));
    add("bounce", "2026-06-02T14:00", "Task", "Cupping report for pilot lot P-017",
        s -> s.people("felipe.cano", "jorge.perdomo").done(a("2026-06-03T14:00"), a("2026-06-19T15:00"))
            .reopenedBy("jorge.perdomo").labels("cupping").logged(3)
            .comment("jorge.perdomo", a("2026-06-18T15:30"), "Reopening: the report leaves out the moisture.")
            .comment("felipe.cano", a("2026-06-19T14:00"), "Added, thanks."));
    add("budget-review", "2026-04-27T14:00", "Task", "Pilot budget review, first half",
        s -> s.people("laura.restrepo", "laura.restrepo").done(a("2026-04-28T14:00"), a("2026-05-08T16:00"))
            .component("Policy & Permits").labels("budget")
            .restricted("laura.restrepo", a("2026-05-04T15:00"), "Municipal co-funding may drop to 30% next "
                + "year; not for circulation yet.", Visibility.role(DemoSite.STEERING))
            .comment("andres.munoz", a("2026-05-06T15:00"), "Spending is on plan for the first half."));
    add("margin", "2026-05-25T14:00", "Task", "Pilot lot pricing for the Hamburg buyer",
        s -> s.people("natalia.gil", "sebastian.vargas").done(a("2026-05-26T14:00"), a("2026-06-05T16:00"))
            .component("Roasting & Sales").labels("pricing").logged(5)
            .restricted("sebastian.vargas", a("2026-05-28T15:00"), "Internal: our margin on the pilot lots is "
                + "22%.", Visibility.group("tostadores-andinos"))
            .comment("jorge.perdomo", a("2026-05-29T13:00"), "Which lots go to Hamburg?")
            .comment("natalia.gil", a("2026-05-29T17:00"), "P-021 to P-028, list attached."));
  }

  private void doneRight() {
    add("handover", "2026-04-06T14:00", "Task", "Soil pH remediation trial",
        s -> s.people("valentina.cortes", "jorge.perdomo").done(a("2026-04-07T14:00"), a("2026-05-08T15:00"))
            .component("Research").labels("soil").logged(14)
            .reassigned("jorge.perdomo", a("2026-04-08T15:00"), "luzdary.tovar", "valentina.cortes")
            .comment("luzdary.tovar", a("2026-04-08T14:00"), "Handing this to the university, they have the "
                + "pH meters.")
            .comment("valentina.cortes", a("2026-04-08T20:00"), "Got it, we start on Monday with ten farms."));
    add("contract", "2026-02-16T14:00", "Task", "Pilot purchase contract with Tostadores Andinos",
        s -> s.people("sebastian.vargas", "jorge.perdomo").done(a("2026-02-17T14:00"), a("2026-03-27T16:00"))
            .security(DemoSite.CONFIDENTIAL).labels("pricing")
            .comment("jorge.perdomo", a("2026-03-02T14:00"), "Our lawyer's comments are in the draft.")
            .comment("sebastian.vargas", a("2026-03-03T15:00"), "All accepted; signing on the 27th."));
    add("welcome", "2026-06-08T14:00", "Task", "Onboarding: Mateo Ramírez joins the research team",
        s -> s.people("mateo.ramirez", "ricardo.silva").done(a("2026-06-08T15:00"), a("2026-06-12T16:00"))
            .component("Research").labels("pilot")
            .comment("mateo.ramirez", a("2026-06-08T16:00"), "Hola a todos, I will measure water use at the wet "
                + "mills.")
            .comment("wilson.cuellar", a("2026-06-09T13:00"), "Welcome Mateo! We show you the wet mills on "
                + "Thursday."));
    addWithPlan("pilot-report", "2026-07-06T14:00", "Story", "Pilot report: results and lessons",
        (s, plan) -> s.people("ricardo.silva", "laura.restrepo").done(a("2026-07-06T15:00"),
                a("2026-07-22T16:00")).parent(plan.key("pilot-epic")).component("Research").labels("pilot")
            .worklog("valentina.cortes", a("2026-07-08T13:00"), 6, "Survey chapter")
            .worklog("natalia.gil", a("2026-07-10T13:00"), 3, "Sales chapter")
            .worklog("anamaria.losada", a("2026-07-13T13:00"), 4, "Families chapter")
            .worklog("ricardo.silva", a("2026-07-20T13:00"), 8, "Editing")
            .comment("jorge.perdomo", a("2026-07-14T14:00"), "Our partnership's numbers for the cooperative are "
                + "in chapter 2.")
            .comment("sebastian.vargas", a("2026-07-15T14:00"), "We added the buyers' feedback.")
            .comment("anamaria.losada", a("2026-07-16T14:00"), "Nosotros revisamos el capítulo de las familias.")
            .comment("camila.ortiz", a("2026-07-17T14:00"), "The Alcaldía will present it to the council."));
    addWithPlan("report-chapters", "2026-07-07T14:00", "Sub-task", "Collect the partners' chapters",
        (s, plan) -> s.people("valentina.cortes", "ricardo.silva").done(a("2026-07-07T15:00"),
            a("2026-07-17T16:00")).parent(plan.key("pilot-report")).component("Research").logged(4));
    add("score-bug", "2026-04-14T14:00", "Bug", "Cupping form loses scores above 90",
        s -> s.people("daniela.mejia", "felipe.cano").done(a("2026-04-15T14:00"), a("2026-04-16T16:00"))
            .priority("High").labels("cupping").logged(2)
            .comment("natalia.gil", a("2026-04-15T15:00"), "Same on my phone; fixed after the update."));
    add("workshops", "2026-01-20T14:00", "Task", "Drying-bed workshop series with Fundación Raíces",
        s -> s.people("pedro.salas", "anamaria.losada").done(a("2026-01-21T14:00"), a("2026-02-27T16:00"))
            .component("Community Outreach").labels("training").logged(20)
            .comment("wilson.cuellar", a("2026-01-22T13:00"), "The cooperative lends the hall in Bruselas.")
            .comment("pedro.salas", a("2026-01-22T18:00"), "Thank you, booked for the 5th."));
  }
}
