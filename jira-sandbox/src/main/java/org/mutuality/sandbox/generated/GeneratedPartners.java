package org.mutuality.sandbox.generated;

import java.util.List;

/** The five partners of a generated site, with their people, work and words. */
enum GeneratedPartners {
  MUNICIPALITY("alcaldia", "alcaldia-neiva.example", "Permits & Roads", true,
      List.of("Marta Gómez", "Julián Rivas", "Sandra Páez", "Óscar Medina", "Lucía Ferro", "Hernán Cruz"),
      List.of("permits", "roads", "budget"),
      List.of("Road maintenance request %d", "Permit check for drying centre %d", "Fund disbursement %d"),
      List.of("The Alcaldía approved it.", "Budget line confirmed.", "Listo, quedó registrado.")),
  COOPERATIVE("cooperativa", "coopnorte.example", "Harvest & Quality", true,
      List.of("Jairo Ríos", "Nidia Cuéllar", "Arley Motta", "Yesenia Duarte", "Fabio Trujillo", "Elsa Quintero"),
      List.of("farms", "harvest", "quality"),
      List.of("Collect cherry samples, farm %d", "Drying bed inspection %d", "Harvest volume report %d"),
      List.of("Nosotros llevamos las muestras.", "The register has the numbers.", "Growers signed the sheet.")),
  ROASTER("tostadora", "tostadoradelnorte.example", "Roasting & Sales", true,
      List.of("Tomás Becker", "Paula Arango", "Iván Lozano", "Carolina Neira", "Sergio Pabón", "Mónica Uribe"),
      List.of("roasting", "cupping", "sales"),
      List.of("Cupping session for lot %d", "Roast profile trial %d", "Buyer sample %d"),
      List.of("Cupped: 85.5 points.", "Our buyers asked for this lot again.", "Roast curve uploaded.")),
  NGO("fundacion", "fundacionsemilla.example", "Community Outreach", false,
      List.of("Rosa Calderón", "Miguel Ospina", "Adriana Vélez", "Camilo Suárez", "Diana Rojas", "Luis Parra"),
      List.of("training", "outreach", "community"),
      List.of("Growers' workshop %d", "Radio spot %d", "Newsletter item %d"),
      List.of("Twenty families came.", "Our partnership was on the radio.", "Attendance list attached.")),
  UNIVERSITY("universidad", "usurcolombiana.example", "Research", false,
      List.of("Ricardo León", "Natalia Ibarra", "Esteban Mora", "Juliana Castaño", "Andrés Polo", "Sofía Vega"),
      List.of("research", "data", "soil"),
      List.of("Soil analysis batch %d", "Survey round %d", "Water quality sample %d"),
      List.of("Results are in the shared data set.", "The lab confirms it.", "We present this at steering."));

  /** Labels every partner uses. */
  static final List<String> SHARED_LABELS = List.of("partnership", "quality", "pilot");
  /** People per partner. */
  static final int PEOPLE = 6;

  final String group;
  final String domain;
  final String component;
  final boolean steering;
  final List<String> names;
  final List<String> labels;
  final List<String> summaries;
  final List<String> phrases;

  GeneratedPartners(String group, String domain, String component, boolean steering, List<String> names,
      List<String> labels, List<String> summaries, List<String> phrases) {
    this.group = group;
    this.domain = domain;
    this.component = component;
    this.steering = steering;
    this.names = names;
    this.labels = labels;
    this.summaries = summaries;
    this.phrases = phrases;
  }

  /**
   * @param person 0 … {@link #PEOPLE}-1
   * @return the person's account id
   */
  String accountId(int person) {
    return ACCOUNT_IDS.get(ordinal() * PEOPLE + person);
  }

  private static final List<String> ACCOUNT_IDS = accountIds();

  private static List<String> accountIds() {
    List<String> ids = new java.util.ArrayList<>();
    for (int partner = 0; partner < 5; partner++) {
      for (int person = 0; person < PEOPLE; person++) {
        ids.add(String.format("70a1%02d%02d-9e4e-4c1e-8000-%012d", partner, person, partner * 100L + person));
      }
    }
    return List.copyOf(ids);
  }
}
