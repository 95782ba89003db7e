package org.mutuality.sandbox.demo;

import java.util.List;

/**
 * The five partners as the pilot year's issues use them: people, the component each owns, labels and phrases.
 * People join or leave: Pedro Salas (the NGO) left in June 2026, Mateo Ramírez (the university) joined then.
 */
enum PilotPartners {
  MUNICIPALITY("Policy & Permits", List.of("laura.restrepo", "andres.munoz", "camila.ortiz"),
      List.of("permits", "roads", "budget", "pilot"),
      List.of("Road maintenance request for %s", "Drying centre permit check in %s",
          "Municipal fund disbursement for %s", "Water use permit for the %s wet mills", "Public meeting in %s"),
      List.of("The Alcaldía approved it this morning.", "Our partnership can count on the municipal truck.",
          "Listo, quedó registrado en la Secretaría de Agricultura.", "Budget line confirmed for this quarter.")),
  COOPERATIVE("Harvest & Quality", List.of("jorge.perdomo", "luzdary.tovar", "wilson.cuellar", "yamile.rojas"),
      List.of("farms", "harvest", "quality", "pilot"),
      List.of("Register new members from %s", "Collect cherry samples in %s", "Drying bed inspection in %s",
          "Harvest volume report for %s", "Fermentation log sheets for the %s farms"),
      List.of("Nosotros llevamos las muestras el martes.", "The cooperative register has the numbers, attached.",
          "Done, the growers of the vereda signed the sheet.", "We need one more week for the last farms.")),
  ROASTER("Roasting & Sales", List.of("sebastian.vargas", "natalia.gil", "felipe.cano", "daniela.mejia"),
      List.of("roasting", "cupping", "quality", "pilot", "sales"),
      List.of("Cupping session for lot %s", "Roast profile trial for lot %s", "Green coffee quote for lot %s",
          "Packaging test for lot %s", "Buyer sample for lot %s"),
      List.of("Cupped today: 85.5 points, clean and sweet.", "Our buyers in Hamburg asked for this lot again.",
          "Roast curve uploaded to the shared folder.", "Looks good to us, thanks for the quick turnaround.")),
  NGO("Community Outreach", List.of("anamaria.losada", "pedro.salas"),
      List.of("training", "outreach", "community", "pilot"),
      List.of("Growers' workshop in %s", "Radio spot on the %s harvest", "Gender inclusion session in %s",
          "Youth coffee school visit to %s", "Newsletter item from %s"),
      List.of("Twenty-four families came, half of them women growers.", "Our partnership was on the radio again!",
          "Nosotros coordinamos el transporte de las familias.", "Photos and attendance list attached.")),
  UNIVERSITY("Research", List.of("ricardo.silva", "valentina.cortes", "mateo.ramirez"),
      List.of("research", "data", "soil", "survey", "pilot"),
      List.of("Soil analysis batch for %s", "Survey round in %s", "Altitude data cleaning for %s",
          "Water quality sample at the %s wet mill", "Research note: %s fermentation results"),
      List.of("Results are in the shared data set, see sheet 3.", "The lab confirms the readings.",
          "We can present this at the next steering meeting.", "Our students will repeat the measurement."));

  /** The veredas (rural districts) of Pitalito the pilot worked in. */
  static final List<String> VEREDAS = List.of("La Laguna", "El Cedro", "Bruselas", "Charguayaco", "Regueros",
      "Palmarito", "Criollo", "Guacacallo", "Cálamo", "Santa Inés");
  /** Steering Committee actors who write the few restricted comments of the pilot. */
  static final List<String> STEERING_AUTHORS = List.of("laura.restrepo", "jorge.perdomo", "sebastian.vargas");

  final String component;
  final List<String> people;
  final List<String> labels;
  final List<String> summaries;
  final List<String> phrases;

  PilotPartners(String component, List<String> people, List<String> labels, List<String> summaries,
      List<String> phrases) {
    this.component = component;
    this.people = people;
    this.labels = labels;
    this.summaries = summaries;
    this.phrases = phrases;
  }

  /** @return the partner's main contact, who reports much of its work */
  String lead() {
    return people.get(0);
  }

  /**
   * @param login a person
   * @param daysAgo when
   * @return whether the person was in the partnership then (Pedro left, Mateo joined, in June 2026)
   */
  static boolean present(String login, double daysAgo) {
    if (login.equals("pedro.salas")) {
      return daysAgo > 160;
    }
    if (login.equals("mateo.ramirez")) {
      return daysAgo < 170;
    }
    return true;
  }
}
