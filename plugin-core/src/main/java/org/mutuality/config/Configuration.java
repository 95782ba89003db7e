package org.mutuality.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mutuality.engine.ParamInfo;
import org.mutuality.engine.RuleCatalogue;
import org.mutuality.engine.RuleInfo;
import org.mutuality.engine.Severity;
import org.mutuality.engine.SubjectType;
import org.mutuality.io.Documents;
import org.mutuality.io.InputException;
import org.mutuality.io.Located;
import org.mutuality.io.Position;
import org.mutuality.model.AuditClock;
import org.mutuality.model.Partner;
import org.mutuality.model.Sector;
import org.mutuality.model.WorkCalendar;

/**
 * {@code mutuality.yml}, checked: partners and how people map to them, bots, rule settings and waivers, the
 * working calendar, and the tracker to read ({@code source:}, whose {@code type} only is checked here: the adapter
 * of that type reads the rest). Data only: nothing in it is executed.
 *
 * <p>{@link #load(Path)} checks the file on its own (unknown keys, types, dates, sectors, severities);
 * {@link #validate(RuleCatalogue)} checks it against a rule base (rule ids, tiers, parameter names and
 * values).
 */
public final class Configuration {
  private final String file;
  private final int windowDays;
  private final List<PartnerMapping> partners;
  private final Set<String> bots;
  private final Map<String, RuleSettings> rules;
  private final List<Waiver> waivers;
  private final SourceSection source;
  private final WorkCalendar calendar;
  private final WriteBackSettings writeBack;

  private Configuration(
      String file, int windowDays, List<PartnerMapping> partners, Set<String> bots, Map<String, RuleSettings> rules,
      List<Waiver> waivers, SourceSection source, WorkCalendar calendar, WriteBackSettings writeBack) {
    this.file = file;
    this.writeBack = writeBack;
    this.calendar = calendar;
    this.windowDays = windowDays;
    this.partners = List.copyOf(partners);
    this.bots = Set.copyOf(bots);
    this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    this.waivers = List.copyOf(waivers);
    this.source = source;
  }

  /** No partners, no overrides, no waivers: every rule at its defaults. */
  public static Configuration defaults() {
    return new Configuration("(defaults)", AuditClock.DEFAULT_WINDOW_DAYS, List.of(), Set.of(), Map.of(), List.of(),
        null, WorkCalendar.DEFAULT, WriteBackSettings.DEFAULT);
  }

  /** Reads and checks {@code mutuality.yml}; every problem found is reported at once. */
  public static Configuration load(Path path) throws InputException {
    String name = path.toString();
    return convert(name, Documents.read(path, ConfigFile.class));
  }

  /** Reads a configuration from a stream; {@code name} is used in messages. */
  public static Configuration load(java.io.InputStream in, String name) throws InputException {
    return convert(name, Documents.read(in, name, ConfigFile.class));
  }

  /**
   * A configuration embedded in another document (a scenario); positions inside it are not known, so
   * messages name {@code name} only.
   */
  public static Configuration fromTree(com.fasterxml.jackson.databind.JsonNode tree, String name)
      throws InputException {
    return convert(name, Documents.fromTree(tree, name, ConfigFile.class));
  }

  private static Configuration convert(String file, ConfigFile doc) throws InputException {
    Problems problems = new Problems(file);
    int window = AuditClock.DEFAULT_WINDOW_DAYS;
    if (doc.audit != null && doc.audit.windowDays != null) {
      if (doc.audit.windowDays <= 0) {
        problems.add(doc.audit, "audit.windowDays must be a positive number of days");
      } else {
        window = doc.audit.windowDays;
      }
    }

    List<PartnerMapping> partners = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigFile.PartnerEntry e : doc.partners) {
      if (e.id == null || e.id.isBlank()) {
        problems.add(e, "partners[]: 'id' is missing");
        continue;
      }
      if (!ids.add(e.id)) {
        problems.add(e, "partner '" + e.id + "' is listed twice");
      }
      Sector sector = Sector.OTHER;
      if (e.sector != null) {
        try {
          sector = Sector.parse(e.sector);
        } catch (IllegalArgumentException ex) {
          problems.add(e, "partner '" + e.id + "': " + ex.getMessage());
        }
      }
      partners.add(new PartnerMapping(
          new Partner(e.id, e.name, sector, e.expertise), e.people, e.groups, e.domains, e.components));
    }

    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigFile.RuleEntry> entry : doc.rules.entrySet()) {
      ConfigFile.RuleEntry e = entry.getValue() == null ? new ConfigFile.RuleEntry() : entry.getValue();
      Map<String, Severity> severities = new LinkedHashMap<>();
      if (e.severity != null && !e.severity.isNull()) {
        if (e.severity.isObject()) {
          e.severity.fields().forEachRemaining(tier -> severity(problems, e, entry.getKey(), tier.getKey(),
              tier.getValue(), severities));
        } else {
          severity(problems, e, entry.getKey(), RuleInfo.BASE_TIER, e.severity, severities);
        }
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> param : e.params.entrySet()) {
        JsonNode value = param.getValue();
        if (value == null || value.isNull() || value.isContainerNode()) {
          problems.add(e, "rules." + entry.getKey() + ".params." + param.getKey() + " must be a number or text");
        } else {
          params.put(param.getKey(), value.asText());
        }
      }
      rules.put(entry.getKey(), new RuleSettings(entry.getKey(), e.enabled == null || e.enabled,
          e.shadow != null && e.shadow, severities, params,
          problems.position(e)));
    }

    List<Waiver> waivers = new ArrayList<>();
    int index = 0;
    for (ConfigFile.WaiverEntry e : doc.waivers) {
      String where = "waivers[" + index++ + "]";
      List<String> missing = new ArrayList<>();
      if (blank(e.rule)) {
        missing.add("rule");
      }
      if (blank(e.subject)) {
        missing.add("subject");
      }
      if (blank(e.reason)) {
        missing.add("reason");
      }
      if (blank(e.approver)) {
        missing.add("approver");
      }
      if (e.expires == null) {
        missing.add("expires");
      }
      if (!missing.isEmpty()) {
        problems.add(e, where + ": a waiver needs " + String.join(", ", missing)
            + " (every waiver says why, who approved it and until when)");
        continue;
      }
      SubjectType type = null;
      if (e.subjectType != null) {
        try {
          type = SubjectType.parse(e.subjectType);
        } catch (IllegalArgumentException ex) {
          problems.add(e, where + ": " + ex.getMessage());
        }
      }
      waivers.add(new Waiver(e.rule, e.subject, type, e.reason, e.approver, e.expires, problems.position(e)));
    }
    SourceSection source = source(problems, file, doc.source);
    WorkCalendar calendar = calendar(problems, doc.calendar);
    WriteBackSettings writeBack = writeBack(problems, doc.writeBack);
    problems.throwIfAny();
    return new Configuration(file, window, partners, new HashSet<>(doc.bots), rules, waivers, source, calendar,
        writeBack);
  }

  private static WriteBackSettings writeBack(Problems problems, ConfigFile.WriteBackEntry entry) {
    WriteBackSettings defaults = WriteBackSettings.DEFAULT;
    if (entry == null) {
      return defaults;
    }
    String prefix = entry.labelPrefix == null ? defaults.labelPrefix() : entry.labelPrefix;
    if (!WriteBackSettings.PREFIX.matcher(prefix).matches()) {
      problems.add(entry, "writeBack.labelPrefix: '" + prefix + "' is not a label prefix; use 1 to 40 lower case "
          + "letters, digits, '-' or '_', starting with a letter (e.g. mutuality)");
      prefix = defaults.labelPrefix();
    }
    String type = entry.summaryIssueType == null ? defaults.summaryIssueType() : entry.summaryIssueType.trim();
    if (type.isEmpty()) {
      problems.add(entry, "writeBack.summaryIssueType is empty: name an issue type of the project, e.g. Task");
      type = defaults.summaryIssueType();
    }
    return new WriteBackSettings(prefix, entry.summaryIssue != null && entry.summaryIssue, type);
  }

  /** The {@code source:} section, checked as far as the core reads it: a mapping with a {@code type} text. */
  private static SourceSection source(Problems problems, String file, SourceEntry entry) {
    if (entry == null) {
      return null;
    }
    Map<JsonPointer, Position> positions = new HashMap<>();
    entry.locations.forEach((pointer, where) -> positions.put(pointer, Documents.position(file, where)));
    Position at = positions.getOrDefault(JsonPointer.empty(), new Position(file, 0, 0));
    if (!entry.tree.isObject()) {
      problems.add(at, entry.tree.isNull() ? "source is empty; give at least its type: source: {type: …, …}"
          : "source must be a mapping with a type, source: {type: …, …}; got " + SourceSection.kind(entry.tree));
      return null;
    }
    JsonNode type = entry.tree.get("type");
    if (type == null || type.isNull() || type.isTextual() && type.asText().isBlank()) {
      problems.add(at, "source.type is missing: name the kind of tracker to read, source: {type: …, …}");
      return null;
    }
    if (!type.isTextual()) {
      problems.add(positions.getOrDefault(JsonPointer.compile("/type"), at), "source.type must be text, got "
          + SourceSection.kind(type));
      return null;
    }
    return new SourceSection(file, type.asText().trim(), (ObjectNode) entry.tree, positions);
  }

  private static WorkCalendar calendar(Problems problems, ConfigFile.CalendarEntry entry) {
    if (entry == null) {
      return WorkCalendar.DEFAULT;
    }
    ZoneId zone = WorkCalendar.DEFAULT.zone();
    if (!blank(entry.zone)) {
      try {
        zone = ZoneId.of(entry.zone.trim());
      } catch (java.time.DateTimeException e) {
        problems.add(entry, "calendar.zone: '" + entry.zone + "' is not a time zone; use a region such as "
            + "Europe/Madrid or an offset such as +01:00");
      }
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (entry.workingDays == null) {
      days.addAll(WorkCalendar.DEFAULT.workingDays());
    } else {
      for (String day : entry.workingDays) {
        DayOfWeek parsed = dayOfWeek(day);
        if (parsed == null) {
          problems.add(entry, "calendar.workingDays: '" + day + "' is not a day of the week; use monday … sunday "
              + "(or mon … sun)");
        } else {
          days.add(parsed);
        }
      }
      if (days.isEmpty() && entry.workingDays.isEmpty()) {
        problems.add(entry, "calendar.workingDays is empty: name at least one working day");
      }
    }
    if (days.isEmpty()) {
      return WorkCalendar.DEFAULT;
    }
    return new WorkCalendar(zone, days, new HashSet<>(entry.holidays));
  }

  private static DayOfWeek dayOfWeek(String text) {
    if (text == null) {
      return null;
    }
    String wanted = text.trim().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(wanted) || wanted.length() == 3 && day.name().startsWith(wanted)) {
        return day;
      }
    }
    return null;
  }

  private static void severity(
      Problems problems, Located at, String rule, String tier, JsonNode value, Map<String, Severity> out) {
    try {
      out.put(tier, Severity.parse(value.asText()));
    } catch (IllegalArgumentException e) {
      problems.add(at, "rules." + rule + ".severity" + (RuleInfo.BASE_TIER.equals(tier) ? "" : "." + tier) + ": "
          + e.getMessage());
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * Checks the configuration against a rule base: unknown rule ids (with the closest known ids), unknown
   * tiers and parameters, and parameter values of the wrong kind.
   *
   * @throws InputException listing every problem, each with its {@code file:line:column}
   */
  public void validate(RuleCatalogue catalogue) throws InputException {
    Problems problems = new Problems(file);
    for (RuleSettings settings : rules.values()) {
      RuleInfo rule = catalogue.get(settings.ruleId());
      if (rule == null) {
        problems.add(settings.position(), "unknown rule id '" + settings.ruleId() + "'; "
            + catalogue.suggest(settings.ruleId()));
        continue;
      }
      for (String tier : settings.severities().keySet()) {
        if (!rule.tiers().containsKey(tier)) {
          problems.add(settings.position(), "rules." + rule.id() + ".severity: unknown tier '" + tier + "'; "
              + rule.id() + " has " + String.join(", ", rule.tiers().keySet()));
        }
      }
      for (Map.Entry<String, String> param : settings.params().entrySet()) {
        ParamInfo info = rule.param(param.getKey());
        if (info == null) {
          problems.add(settings.position(), "rules." + rule.id() + ".params: unknown parameter '" + param.getKey()
              + "'; " + rule.id() + " has " + (rule.params().isEmpty() ? "none"
              : String.join(", ", rule.params().stream().map(ParamInfo::name).toList())));
          continue;
        }
        try {
          info.type().check(param.getValue());
        } catch (IllegalArgumentException e) {
          problems.add(settings.position(), "rules." + rule.id() + ".params." + param.getKey() + ": "
              + e.getMessage());
        }
      }
    }
    for (Waiver waiver : waivers) {
      if (!catalogue.contains(waiver.ruleId())) {
        problems.add(waiver.position(), "waiver names unknown rule id '" + waiver.ruleId() + "'; "
            + catalogue.suggest(waiver.ruleId()));
      }
    }
    problems.throwIfAny();
  }

  /** Whether a rule runs. */
  public boolean isEnabled(String ruleId) {
    RuleSettings settings = rules.get(ruleId);
    return settings == null || settings.enabled();
  }

  /**
   * Whether a rule runs in shadow: it is evaluated and its findings are reported, marked as shadow, but
   * nothing acts on them (no write-back, no {@code --fail-on}).
   */
  public boolean isShadow(String ruleId) {
    RuleSettings settings = rules.get(ruleId);
    return settings != null && settings.enabled() && settings.shadow();
  }

  /** A rule's parameters: its defaults overlaid by this configuration, in canonical form. */
  public Map<String, String> params(RuleInfo rule) {
    Map<String, String> values = new LinkedHashMap<>();
    RuleSettings settings = rules.get(rule.id());
    for (ParamInfo param : rule.params()) {
      String value = settings == null ? null : settings.params().get(param.name());
      values.put(param.name(), value == null ? param.defaultValue() : param.type().check(value));
    }
    return values;
  }

  /** The severity of a rule's tier: the configured one, else the rule's default. */
  public Severity severity(RuleInfo rule, String tier) {
    RuleSettings settings = rules.get(rule.id());
    Severity configured = settings == null ? null : settings.severities().get(tier);
    if (configured != null) {
      return configured;
    }
    Severity declared = rule.tiers().get(tier);
    return declared != null ? declared : rule.severity();
  }

  public String file() {
    return file;
  }

  public int windowDays() {
    return windowDays;
  }

  public List<PartnerMapping> partners() {
    return partners;
  }

  public Set<String> bots() {
    return bots;
  }

  public Map<String, RuleSettings> rules() {
    return rules;
  }

  public List<Waiver> waivers() {
    return waivers;
  }

  /** The working days and time zone deadlines in working days are counted in ({@code calendar:}). */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * The tracker to read ({@code source:}), when the file names one: its type, checked, and the rest as written,
   * for the adapter of that type to check and read.
   */
  public java.util.Optional<SourceSection> source() {
    return java.util.Optional.ofNullable(source);
  }

  /** How findings are written back into the tracker ({@code writeBack:}; defaults when the file has none). */
  public WriteBackSettings writeBack() {
    return writeBack;
  }

  /** Collects problems so a user sees all of them at once. */
  private static final class Problems {
    private final String file;
    private final List<String> messages = new ArrayList<>();
    private Position first;

    Problems(String file) {
      this.file = file;
    }

    Position position(Located at) {
      return Documents.position(file, at);
    }

    void add(Located at, String message) {
      add(position(at), message);
    }

    void add(Position position, String message) {
      if (first == null) {
        first = position;
      }
      messages.add(position + ": " + message);
    }

    void throwIfAny() throws InputException {
      if (!messages.isEmpty()) {
        throw InputException.several(first, messages);
      }
    }
  }
}
