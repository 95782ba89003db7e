package org.mutuality.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A rule's documentation: the Markdown file {@code <ID>.md} beside its {@code .drl}. It holds the prose (why
 * it matters, an example that fires, one that does not, sources); the metadata (parameters, tiers, gating)
 * stays on the rule and is rendered from there, never retyped. Built-in docs are read from the classpath, an
 * organisation's from its rule folders.
 */
public final class RuleDocs {
  private RuleDocs() {}

  /**
   * A rule's documentation.
   *
   * @param location the classpath resource or file it was read from
   * @param text the Markdown
   */
  public record Doc(String location, String text) {}

  /** The classpath resource that holds a built-in rule's doc. */
  public static String resource(RuleInfo rule) {
    return rule.packageName().replace('.', '/') + "/" + fileName(rule);
  }

  private static String fileName(RuleInfo rule) {
    return rule.id() + ".md";
  }

  /** A built-in rule's doc, or empty when the classpath holds none. */
  public static Optional<String> read(RuleInfo rule) {
    return find(rule, List.of()).map(Doc::text);
  }

  /** A rule's doc: from the classpath, else the first {@code <ID>.md} in the organisation's rule folders. */
  public static Optional<Doc> find(RuleInfo rule, List<Path> organisationFolders) {
    String resource = resource(rule);
    try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        return Optional.of(new Doc(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
      for (Path folder : organisationFolders) {
        if (!Files.isDirectory(folder)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(folder)) {
          Optional<Path> doc = files.filter(f -> f.getFileName().toString().equals(fileName(rule))).sorted()
              .findFirst();
          if (doc.isPresent()) {
            return Optional.of(new Doc(doc.get().toString(), Files.readString(doc.get(), StandardCharsets.UTF_8)));
          }
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the documentation of " + rule.id(), e);
    }
  }
}
