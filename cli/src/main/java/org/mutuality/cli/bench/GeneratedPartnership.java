package org.mutuality.cli.bench;

import org.mutuality.model.Snapshot;
import picocli.CommandLine.Option;

/** The options that size the generated partnership both benchmarks measure ({@link SyntheticPartnership}). */
final class GeneratedPartnership {
  @Option(names = "--items", defaultValue = "100000", description = "Work items. Default: ${DEFAULT-VALUE}.")
  int items;

  @Option(names = "--comments", defaultValue = "6", description = "Comments per work item. Default: ${DEFAULT-VALUE}.")
  int commentsPerItem;

  @Option(names = "--transitions", defaultValue = "4",
      description = "History entries per work item. Default: ${DEFAULT-VALUE}.")
  int transitionsPerItem;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  /** The partnership these options describe. */
  Snapshot generate() {
    return SyntheticPartnership.generate(items, commentsPerItem, transitionsPerItem, seed);
  }
}
