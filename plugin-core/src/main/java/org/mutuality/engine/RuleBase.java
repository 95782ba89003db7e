package org.mutuality.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.conf.ShareBetaNodesOption;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled rules: the built-in rule base (the {@code rules} kjar, found on the classpath, compiled ahead
 * of time with the executable model) plus any organisation rule files, and the catalogue of their metadata.
 *
 * <p>Organisation files are compiled one by one with the classic compiler, which reports {@code file:line}
 * for unknown types and fields, and only files that compile cleanly are added: a broken file is reported
 * as a {@link RuleProblem} and left out, and the built-in rules keep working.
 */
public final class RuleBase {
  /** The name of the built-in KieBase in the rules kjar's {@code kmodule.xml}. */
  public static final String KBASE = "mutuality";

  private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
  private static final Pattern RULE_DECLARATION = Pattern.compile("\\s*rule\\s+\"([^\"]+)\".*");
  /** The built-in KieBase per classpath container, built once: building it takes a while. */
  private static final Map<KieContainer, KieBase> BUILT_IN = Collections.synchronizedMap(new WeakHashMap<>());

  private final KieBase kieBase;
  private final RuleCatalogue catalogue;
  private final String version;
  private final List<RuleProblem> problems;

  private RuleBase(KieBase kieBase, RuleCatalogue catalogue, String version, List<RuleProblem> problems) {
    this.kieBase = kieBase;
    this.catalogue = catalogue;
    this.version = version;
    this.problems = List.copyOf(problems);
  }

  /** The built-in rule base alone. */
  public static RuleBase builtIn() {
    return load(List.of());
  }

  /**
   * The built-in rule base plus the {@code .drl} files found (recursively) in the given folders.
   *
   * @throws IllegalStateException when the rules kjar is not on the classpath
   */
  public static RuleBase load(List<Path> organisationFolders) {
    long start = System.nanoTime();
    KieContainer container = KieServices.get().getKieClasspathContainer(RuleBase.class.getClassLoader());
    if (!container.getKieBaseNames().contains(KBASE)) {
      throw new IllegalStateException("the Mutuality rule base is not on the classpath: add the "
          + "org.mutuality:rules jar (it holds the kbase '" + KBASE + "')");
    }
    List<RuleProblem> problems = new ArrayList<>();
    List<KiePackage> extra = new ArrayList<>();
    KieBase builtIn = BUILT_IN.computeIfAbsent(container, c -> c.newKieBase(KBASE, configuration()));
    RuleCatalogue builtInCatalogue = catalogue(builtIn);
    java.util.Set<String> ids = new java.util.HashSet<>();
    builtInCatalogue.all().forEach(rule -> ids.add(rule.id()));
    for (Path folder : organisationFolders) {
      for (Path file : drlFiles(folder, problems)) {
        extra.addAll(compile(file, ids, problems));
      }
    }
    KieBase kieBase = builtIn;
    RuleCatalogue catalogue = builtInCatalogue;
    if (!extra.isEmpty()) {
      kieBase = container.newKieBase(KBASE, configuration());
      ((InternalKnowledgeBase) kieBase).addPackages(extra);
      catalogue = catalogue(kieBase);
    }
    LOG.debug("rule base ready in {} ms: {} rules, {} problems", (System.nanoTime() - start) / 1_000_000,
        catalogue.all().size(), problems.size());
    return new RuleBase(kieBase, catalogue, builtInVersion() + (extra.isEmpty() ? "" : "+organisation"), problems);
  }

  /**
   * The built-in rule base without the named rules, on a KieBase of its own, for measurements
   * ({@code mutuality bench --without}): what the audit costs without a derivation shows what the derivation
   * costs. Rules that carry an {@code @id} are switched off in the configuration instead.
   *
   * @param ruleNames the full names of the rules to leave out, e.g. {@code "derive: active through a comment"}
   * @throws IllegalArgumentException when a name is not a rule of the built-in rule base
   */
  public static RuleBase builtInWithout(java.util.Set<String> ruleNames) {
    KieContainer container = KieServices.get().getKieClasspathContainer(RuleBase.class.getClassLoader());
    KieBase kieBase = container.newKieBase(KBASE, configuration());
    java.util.Set<String> missing = new java.util.TreeSet<>(ruleNames);
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : List.copyOf(pkg.getRules())) {
        if (missing.remove(rule.getName())) {
          kieBase.removeRule(pkg.getName(), rule.getName());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("no such rule: " + String.join(", ", missing));
    }
    return new RuleBase(kieBase, catalogue(kieBase), builtInVersion() + "-" + ruleNames.size(), List.of());
  }

  /** The names of every rule in the rule base, by package, those without an {@code @id} included. */
  public Map<String, List<String>> ruleNames() {
    Map<String, List<String>> names = new java.util.TreeMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        names.computeIfAbsent(pkg.getName(), k -> new ArrayList<>()).add(rule.getName());
      }
    }
    names.values().forEach(Collections::sort);
    return names;
  }

  /**
   * The KieBase configuration: rules share no beta nodes (joins, accumulates, the left input adapters).
   * Drools 10.2 builds every package but the largest one rule by rule, and when a later rule shares the start of
   * an earlier rule's path, the earlier rule's segment is split and an accumulate node in it keeps stale
   * position bits: it stops seeing facts inserted later (apache/incubator-kie#7109, fixed after 10.2). The
   * rules seemed to work or not depending on which package had the most rules and on the order of the rules
   * in a file. Without sharing no segment is ever split; the cost is some duplicated join memory.
   */
  private static KieBaseConfiguration configuration() {
    KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
    configuration.setOption(ShareBetaNodesOption.NO);
    return configuration;
  }

  private static List<Path> drlFiles(Path folder, List<RuleProblem> problems) {
    if (!Files.isDirectory(folder)) {
      problems.add(new RuleProblem(folder.toString(), 0, null, "is not a folder of .drl files"));
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
    } catch (IOException e) {
      problems.add(new RuleProblem(folder.toString(), 0, null, "cannot be read: " + e.getMessage()));
      return List.of();
    }
  }

  /**
   * Compiles one organisation file; returns its packages when it is clean and its rule ids are new (they are
   * then added to {@code ids}), else nothing, with the problems recorded.
   */
  private static Collection<KiePackage> compile(Path file, java.util.Set<String> ids, List<RuleProblem> problems) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    try {
      builder.add(ResourceFactory.newFileResource(file.toFile()), ResourceType.DRL);
    } catch (RuntimeException e) {
      // Drools sometimes throws instead of reporting (an annotation it misreads, say): still one file's problem.
      LOG.debug("compiling {} failed", file, e);
      problems.add(new RuleProblem(file.toString(), 0, null, "Drools could not compile it: " + rootCause(e)));
      return List.of();
    }
    if (!builder.hasErrors()) {
      List<RuleProblem> metadataProblems = new ArrayList<>();
      Collection<KiePackage> packages = builder.getKnowledgePackages();
      for (KiePackage pkg : packages) {
        for (Rule rule : pkg.getRules()) {
          try {
            RuleInfo info = RuleInfo.fromMetadata(rule.getName(), pkg.getName(), rule.getMetaData());
            if (info != null && ids.contains(info.id())) {
              metadataProblems.add(new RuleProblem(file.toString(), 0, rule.getName(), "id " + info.id()
                  + " is already used by another rule; ids are never reused"));
            }
          } catch (IllegalArgumentException e) {
            metadataProblems.add(new RuleProblem(file.toString(), 0, rule.getName(), e.getMessage()
                .replaceFirst("^rule \"[^\"]*\": ", "")));
          }
        }
      }
      problems.addAll(metadataProblems);
      if (!metadataProblems.isEmpty()) {
        return List.of();
      }
      packages.forEach(pkg -> pkg.getRules().forEach(rule -> {
        Object id = rule.getMetaData().get("id");
        if (id != null) {
          ids.add(String.valueOf(id).replace("\"", ""));
        }
      }));
      return packages;
    }
    List<String> source = readLines(file);
    for (KnowledgeBuilderError error : builder.getErrors()) {
      int[] lines = error.getLines();
      int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
      String message = error.getMessage().trim().replaceAll("\\s+", " ");
      problems.add(new RuleProblem(file.toString(), line, ruleAt(source, line), message));
    }
    return List.of();
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /** The name of the rule declared at or before a line, or {@code null}. */
  private static String ruleAt(List<String> source, int line) {
    for (int i = Math.min(line, source.size()) - 1; i >= 0; i--) {
      Matcher rule = RULE_DECLARATION.matcher(source.get(i));
      if (rule.matches()) {
        return rule.group(1);
      }
    }
    return null;
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The metadata of the rules that carry an {@code @id}; ids are unique (organisation files are checked first). */
  private static RuleCatalogue catalogue(KieBase kieBase) {
    List<RuleInfo> infos = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        RuleInfo info = RuleInfo.fromMetadata(rule.getName(), pkg.getName(), rule.getMetaData());
        if (info != null) {
          infos.add(info);
        }
      }
    }
    return new RuleCatalogue(infos);
  }

  private static String builtInVersion() {
    try (InputStream in = RuleBase.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/org.mutuality/rules/pom.properties")) {
      if (in == null) {
        return "development";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "development");
    } catch (IOException e) {
      return "development";
    }
  }

  public KieBase kieBase() {
    return kieBase;
  }

  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /** The version of the built-in rules, with {@code +organisation} when an organisation's rules were added. */
  public String version() {
    return version;
  }

  /** Organisation rule files that were left out, and why. */
  public List<RuleProblem> problems() {
    return problems;
  }
}
