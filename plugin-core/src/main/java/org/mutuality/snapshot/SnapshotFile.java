package org.mutuality.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutuality.io.Located;

/**
 * The snapshot file as written by people: the types Jackson fills from YAML or JSON. Field names here are
 * the file format documented in the README; {@link SnapshotReader} turns them into the model.
 */
final class SnapshotFile extends Located {
  public Instant capturedAt;
  public String source;
  public String reader;
  public PartnershipEntry partnership;
  public Map<String, String> statuses = new LinkedHashMap<>();
  public List<PartnerEntry> partners = new ArrayList<>();
  public List<PersonEntry> people = new ArrayList<>();
  public List<ItemEntry> workItems = new ArrayList<>();
  public List<MilestoneEntry> milestones = new ArrayList<>();
  public List<SprintEntry> sprints = new ArrayList<>();
  public List<WorkPackageEntry> workPackages = new ArrayList<>();
  public List<GapEntry> gaps = new ArrayList<>();

  static final class PartnershipEntry extends Located {
    public String id;
    public String name;
    public String description;
    public boolean customLogo;
    public String lead;
  }

  static final class PartnerEntry extends Located {
    public String id;
    public String name;
    public String sector;
    public List<String> expertise = new ArrayList<>();
  }

  static final class PersonEntry extends Located {
    public String id;
    public String name;
    public String email;
    public String partner;
    public boolean bot;
    public List<String> groups = new ArrayList<>();
    public List<String> roles = new ArrayList<>();
    public List<String> securityLevels = new ArrayList<>();
  }

  static final class ItemEntry extends Located {
    public String key;
    public String type = "Task";
    public String summary;
    public String status;
    public String assignee;
    public String reporter;
    public String partner;
    public Instant created;
    public Instant updated;
    public Instant resolved;
    public LocalDate due;
    public List<String> labels = new ArrayList<>();
    public List<String> components = new ArrayList<>();
    public String parent;
    public List<String> fixVersions = new ArrayList<>();
    public List<String> sprints = new ArrayList<>();
    public String securityLevel;
    public List<String> participants = new ArrayList<>();
    public String description;
    public boolean flagged;
    public List<String> blocks = new ArrayList<>();
    public List<String> relates = new ArrayList<>();
    public List<CommentEntry> comments = new ArrayList<>();
    public List<WorklogEntry> worklogs = new ArrayList<>();
    public List<ChangeEntry> history = new ArrayList<>();
  }

  static final class VisibilityEntry extends Located {
    public String role;
    public String group;
  }

  static final class CommentEntry extends Located {
    public String id;
    public String author;
    public Instant created;
    public VisibilityEntry visibility;
    public String body;
  }

  static final class WorklogEntry extends Located {
    public String id;
    public String author;
    public Instant started;
    public double hours;
    public VisibilityEntry visibility;
  }

  static final class ChangeEntry extends Located {
    public String id;
    public Instant at;
    public String author;
    public String field;
    public String from;
    public String to;
  }

  static final class MilestoneEntry extends Located {
    public String id;
    public String name;
    public LocalDate releaseDate;
    public boolean released;
  }

  static final class SprintEntry extends Located {
    public String id;
    public String name;
    public String state;
    public Instant start;
    public Instant end;
    public Instant complete;
    public String goal;
  }

  static final class WorkPackageEntry extends Located {
    public String id;
    public String name;
    public String lead;
  }

  static final class GapEntry extends Located {
    public String area;
    public String reason;
  }
}
