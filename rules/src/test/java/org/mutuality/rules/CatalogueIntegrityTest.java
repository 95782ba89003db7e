package org.mutuality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.drools.modelcompiler.CanonicalKieModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieServices;
import org.mutuality.engine.Key;
import org.mutuality.engine.ParamInfo;
import org.mutuality.engine.RuleBase;
import org.mutuality.engine.RuleDocs;
import org.mutuality.engine.RuleInfo;

/**
 * The catalogue is tested like code (SonarQube's habit): every rule has its metadata, its doc, its
 * scenarios with a failing, a clean and a not-evaluable case, and sits in the file and folder its id names.
 */
class CatalogueIntegrityTest {
  private static final Path RULES = Path.of("src/main/resources/org/mutuality/rules");
  private static final Pattern ID_ANNOTATION = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
  private static final Pattern RULE_CONFIG = Pattern.compile("RuleConfig\\(ruleId == \"([^\"]+)\"\\)");

  private static RuleBase ruleBase;

  @BeforeAll
  static void load() {
    ruleBase = RuleBase.builtIn();
  }

  @Test
  void builtInRulesLoadWithoutProblems() {
    assertThat(ruleBase.problems()).isEmpty();
    assertThat(ruleBase.catalogue().all()).extracting(RuleInfo::id)
        .containsExactly("COORD-001", "COORD-002", "COORD-003", "COORD-004", "COORD-005", "COORD-006", "COORD-007",
            "COORD-008", "COORD-009", "COORD-010", "COORD-011", "ACCT-001", "ACCT-002", "ACCT-003", "ACCT-004",
            "ACCT-005", "ACCT-006", "ACCT-007", "ACCT-008", "ACCT-009", "IDEN-001", "IDEN-002", "IDEN-003",
            "IDEN-004", "IDEN-005", "IDEN-006", "IDEN-007", "IDEN-008", "IDEN-009", "CONF-001", "CONF-002",
            "CONF-003", "CONF-004", "CONF-005", "CONF-006", "CONF-007", "CONF-008", "CONF-009", "DATA-001",
            "DATA-002", "DATA-003", "DATA-004", "DATA-005", "DATA-006");
  }

  @Test
  void theRuleBaseComesPrecompiledWithTheExecutableModel() {
    KieContainerImpl container = (KieContainerImpl) KieServices.get().getKieClasspathContainer();
    assertThat(container.getKieModuleForKBase(RuleBase.KBASE)).isInstanceOf(CanonicalKieModule.class);
  }

  @TestFactory
  Stream<DynamicTest> everyRuleIsComplete() {
    return ruleBase.catalogue().all().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      assertThat(rule.id()).matches(RuleInfo.ID_PATTERN).startsWith(rule.key().prefix() + "-");
      assertThat(rule.packageName()).isEqualTo("org.mutuality.rules." + rule.key().label());

      Path drl = drlOf(rule);
      String source = Files.readString(drl, StandardCharsets.UTF_8);
      assertThat(ids(ID_ANNOTATION, source)).as("one rule with metadata per file").containsExactly(rule.id());
      assertThat(ids(RULE_CONFIG, source)).as("%s binds only its own RuleConfig", drl).isNotEmpty()
          .allMatch(rule.id()::equals);

      for (ParamInfo param : rule.params()) {
        assertThat(param.description()).as("description of %s.%s", rule.id(), param.name()).isNotBlank();
      }
      for (String gate : rule.gatedBy()) {
        String dataRule = RuleInfo.gateRule(gate);
        assertThat(dataRule).as("%s is gated by a DATA rule of the catalogue", rule.id()).startsWith("DATA-");
        assertThat(ruleBase.catalogue().contains(dataRule)).as("gate %s exists", gate).isTrue();
        if (RuleInfo.gateTier(gate) != null) {
          assertThat(ruleBase.catalogue().get(dataRule).tiers()).as("gate %s names a tier of %s", gate, dataRule)
              .containsKey(RuleInfo.gateTier(gate));
        }
      }

      String doc = RuleDocs.read(rule).orElseThrow(() -> new AssertionError("no doc " + RuleDocs.resource(rule)));
      assertThat(doc).startsWith("# " + rule.id() + " " + rule.name() + "\n")
          .contains("\n## Why it matters\n", "\n## Fires\n", "\n## Does not fire\n", "\n## Sources\n");

      List<String> scenarios = scenarioNames(rule);
      assertThat(scenarios).as("scenarios of %s", rule.id())
          .anyMatch(s -> s.startsWith("fail-"))
          .anyMatch(s -> s.startsWith("pass-"))
          .anyMatch(s -> s.startsWith("not-evaluable-"));
      for (String tier : rule.tiers().keySet()) {
        if (!tier.equals(RuleInfo.BASE_TIER)) {
          assertThat(scenarios).as("a scenario for tier '%s' of %s", tier, rule.id())
              .anyMatch(s -> s.startsWith("fail-" + tier));
        }
      }
    }));
  }

  @Test
  void everyRuleFileBelongsToTheCatalogueAndDerivationsCarryNoId() throws IOException {
    List<String> catalogued = ruleBase.catalogue().all().stream().map(RuleInfo::id).toList();
    try (Stream<Path> files = Files.walk(RULES)) {
      for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
        String source = Files.readString(drl, StandardCharsets.UTF_8);
        String folder = RULES.relativize(drl).getParent() == null ? "" : RULES.relativize(drl).getParent().toString();
        String expectedPackage = "package org.mutuality.rules" + (folder.isEmpty() ? "" : "." + folder) + ";";
        assertThat(source).as("package of %s matches its folder", drl).startsWith(expectedPackage);
        assertThat(source).as("%s reads no wall clock and prints nothing", drl)
            .doesNotContain("Instant.now", "LocalDate.now", "currentTimeMillis", "new java.util.Date()", "System.out",
                "System.err");
        List<String> ids = ids(ID_ANNOTATION, source);
        if (folder.equals("derived") || folder.isEmpty()) {
          assertThat(ids).as("%s holds derivations or queries only", drl).isEmpty();
        } else {
          assertThat(ids).hasSize(1);
          assertThat(drl.getFileName().toString()).startsWith(ids.get(0) + "-");
          assertThat(catalogued).contains(ids.get(0));
          assertThat(Key.parse(folder).prefix()).isEqualTo(ids.get(0).substring(0, ids.get(0).indexOf('-')));
        }
      }
    }
  }

  private static Path drlOf(RuleInfo rule) throws IOException {
    Path folder = RULES.resolve(rule.key().label());
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> matches = files.filter(f -> f.getFileName().toString().startsWith(rule.id() + "-")
          && f.toString().endsWith(".drl")).toList();
      assertThat(matches).as("one .drl for %s in %s", rule.id(), folder).hasSize(1);
      return matches.get(0);
    }
  }

  private static List<String> scenarioNames(RuleInfo rule) throws IOException {
    Path folder = RuleScenariosTest.SCENARIOS.resolve(rule.id());
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> ids(Pattern pattern, String source) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
