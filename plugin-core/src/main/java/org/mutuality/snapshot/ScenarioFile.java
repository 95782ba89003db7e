package org.mutuality.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mutuality.io.Located;

/**
 * A scenario as written: a small snapshot, an optional configuration, the audit's instant, and what one
 * rule is expected to conclude. The file format is documented in the README.
 */
final class ScenarioFile extends Located {
  public String rule;
  public String description;
  public Instant asOf;
  public JsonNode config;
  public SnapshotFile snapshot;
  public ExpectEntry expect;

  static final class ExpectEntry extends Located {
    public String outcome;
    public List<FindingEntry> findings = new ArrayList<>();
    public List<NotEvaluableEntry> notEvaluable = new ArrayList<>();
  }

  static final class FindingEntry extends Located {
    public String subject;
    public String severity;
    public String message;
  }

  static final class NotEvaluableEntry extends Located {
    public String subject;
    public String reason;
  }
}
