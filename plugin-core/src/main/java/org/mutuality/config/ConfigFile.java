package org.mutuality.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.io.KeyHint;
import org.mutuality.io.Located;

/** {@code mutuality.yml} as written: the types Jackson fills. {@link Configuration} checks and converts them. */
@KeyHint(key = "jira", hint = "use source: {type: jira, …} (the keys of jira: move under it as they are)")
final class ConfigFile extends Located {
  public AuditEntry audit;
  public List<PartnerEntry> partners = new ArrayList<>();
  public List<String> bots = new ArrayList<>();
  public Map<String, RuleEntry> rules = new LinkedHashMap<>();
  public List<WaiverEntry> waivers = new ArrayList<>();
  /** The tracker to read: the core checks its {@code type} only; the adapter of that type reads the rest. */
  public SourceEntry source;
  public CalendarEntry calendar;
  public WriteBackEntry writeBack;

  static final class WriteBackEntry extends Located {
    public String labelPrefix;
    public Boolean summaryIssue;
    public String summaryIssueType;
  }

  static final class CalendarEntry extends Located {
    public String zone;
    public List<String> workingDays;
    public List<LocalDate> holidays = new ArrayList<>();
  }

  static final class AuditEntry extends Located {
    public Integer windowDays;
  }

  static final class PartnerEntry extends Located {
    public String id;
    public String name;
    public String sector;
    public List<String> expertise = new ArrayList<>();
    public List<String> people = new ArrayList<>();
    public List<String> domains = new ArrayList<>();
    public List<String> groups = new ArrayList<>();
    public List<String> components = new ArrayList<>();
  }

  static final class RuleEntry extends Located {
    public Boolean enabled;
    public Boolean shadow;
    /** A severity for the base tier, or a map from tier name to severity. */
    public JsonNode severity;
    public Map<String, JsonNode> params = new LinkedHashMap<>();
  }

  static final class WaiverEntry extends Located {
    public String rule;
    public String subject;
    public String subjectType;
    public String reason;
    public String approver;
    public LocalDate expires;
  }
}
