package org.mutuality.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.mutuality.model.DataArea;

/**
 * A rule's metadata, read back from the metadata annotations on the rule in its {@code .drl} file:
 *
 * <pre>
 * rule "COORD-001 One partner does most of the work"
 *     &#64;id("COORD-001")
 *     &#64;mutualityKey("coordination")
 *     &#64;name("One partner does most of the work")
 *     &#64;scope("project")                      // or several: "project issue"
 *     &#64;severity("major")                      // the base tier
 *     &#64;severity_elephant("minor")             // a further tier, when the rule has one
 *     &#64;param_topShare("ratio 0.8 | ...")      // type, default, description
 *     &#64;gatedBy("DATA-001 DATA-003")           // DATA rules that make it not evaluable; "DATA-005:base"
 *                                             // names one tier of a DATA rule
 *     &#64;requires("WORKLOGS")                   // data areas it cannot judge without
 *     &#64;remediation("...")
 * </pre>
 *
 * @param id the stable id, e.g. {@code COORD-001}
 * @param key the key it belongs to
 * @param name its title
 * @param scopes what its findings can be about, the main subject type first
 * @param tiers each tier's name and default severity, the base tier first
 * @param params its parameters
 * @param gatedBy the DATA rules whose findings make it not evaluable, each a rule id, or a rule id, a colon and
 *     one of its tiers when only that tier's findings do ({@code DATA-005:base})
 * @param requires the data areas it needs
 * @param remediation what to do about a finding
 * @param packageName the DRL package, which tells where its doc lives
 * @param ruleName the full DRL rule name
 */
public record RuleInfo(
    String id,
    Key key,
    String name,
    List<SubjectType> scopes,
    Map<String, Severity> tiers,
    List<ParamInfo> params,
    List<String> gatedBy,
    Set<DataArea> requires,
    String remediation,
    String packageName,
    String ruleName) {

  /** The tier every rule has; rules with two thresholds add a named second tier. */
  public static final String BASE_TIER = "base";

  /** Rule ids: a key prefix, a dash and three digits. */
  public static final Pattern ID_PATTERN = Pattern.compile("(COORD|ACCT|IDEN|CONF|DATA|[A-Z][A-Z0-9]{1,9})-\\d{3}");

  private static final String PARAM_PREFIX = "param_";
  private static final String SEVERITY_PREFIX = "severity_";

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    scopes = List.copyOf(scopes);
    tiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
    params = List.copyOf(params);
    gatedBy = List.copyOf(gatedBy);
    requires = requires.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requires));
  }

  /** The DATA rule a {@link #gatedBy} entry names: {@code DATA-005} for {@code DATA-005} or {@code DATA-005:base}. */
  public static String gateRule(String gate) {
    int colon = gate.indexOf(':');
    return colon < 0 ? gate : gate.substring(0, colon);
  }

  /**
   * The tier a {@link #gatedBy} entry names, or {@code null} when any finding of the DATA rule gates:
   * {@code base} for {@code DATA-005:base}.
   */
  public static String gateTier(String gate) {
    int colon = gate.indexOf(':');
    return colon < 0 ? null : gate.substring(colon + 1);
  }

  /** The default severity of the base tier. */
  public Severity severity() {
    return tiers.get(BASE_TIER);
  }

  /** The parameter with this name, or {@code null}. */
  public ParamInfo param(String paramName) {
    return params.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
  }

  /** Whether this is a built-in rule of the catalogue rather than an organisation's own. */
  public boolean isBuiltIn() {
    return packageName.startsWith("org.mutuality.rules");
  }

  /**
   * Reads a rule's metadata.
   *
   * @param ruleName the DRL rule name, for messages
   * @param packageName the DRL package
   * @param meta the metadata map Drools keeps for the rule
   * @return the metadata, or {@code null} when the rule has no {@code @id} (a derivation rule)
   * @throws IllegalArgumentException naming the rule and what is wrong
   */
  public static RuleInfo fromMetadata(String ruleName, String packageName, Map<String, Object> meta) {
    Object idValue = meta.get("id");
    if (idValue == null) {
      return null;
    }
    String id = text(idValue);
    try {
      if (!ID_PATTERN.matcher(id).matches()) {
        throw new IllegalArgumentException("@id \"" + id + "\" is not of the form KEY-nnn, e.g. COORD-001");
      }
      if (!ruleName.startsWith(id + " ")) {
        throw new IllegalArgumentException("the rule name must start with its id and a space");
      }
      Key key = Key.parse(required(meta, "mutualityKey"));
      Map<String, Severity> tiers = new LinkedHashMap<>();
      tiers.put(BASE_TIER, Severity.parse(required(meta, "severity")));
      List<ParamInfo> params = new ArrayList<>();
      for (Map.Entry<String, Object> entry : meta.entrySet()) {
        String name = entry.getKey();
        if (name.startsWith(SEVERITY_PREFIX)) {
          tiers.put(name.substring(SEVERITY_PREFIX.length()), Severity.parse(text(entry.getValue())));
        } else if (name.startsWith(PARAM_PREFIX)) {
          params.add(ParamInfo.parse(name.substring(PARAM_PREFIX.length()), text(entry.getValue())));
        }
      }
      params.sort(java.util.Comparator.comparing(ParamInfo::name));
      Set<DataArea> requires = EnumSet.noneOf(DataArea.class);
      for (String area : words(meta.get("requires"))) {
        requires.add(DataArea.valueOf(area));
      }
      return new RuleInfo(
          id, key, required(meta, "name"), scopes(required(meta, "scope")), tiers, params,
          words(meta.get("gatedBy")), requires, required(meta, "remediation"), packageName, ruleName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rule \"" + ruleName + "\": " + e.getMessage(), e);
    }
  }

  private static List<SubjectType> scopes(String text) {
    List<SubjectType> scopes = new ArrayList<>();
    for (String word : words(text)) {
      scopes.add(SubjectType.parse(word));
    }
    return scopes;
  }

  private static String required(Map<String, Object> meta, String name) {
    Object value = meta.get(name);
    if (value == null || text(value).isBlank()) {
      throw new IllegalArgumentException("@" + name + " is missing");
    }
    return text(value);
  }

  private static List<String> words(Object value) {
    if (value == null || text(value).isBlank()) {
      return List.of();
    }
    return Arrays.asList(text(value).trim().split("[\\s,]+"));
  }

  private static String text(Object value) {
    String s = String.valueOf(value).trim();
    // Drools keeps the quotes of a string literal in some versions.
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}
