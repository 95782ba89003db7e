package org.mutuality.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.mutuality.jira.JiraScope;
import org.mutuality.jira.init.MappingDraft;

/**
 * Renders a {@link MappingDraft.Draft} as a commented {@code mutuality.yml} for a person to edit. Written by hand,
 * not by a YAML library, because the comments are the point: where each partner came from, what to choose, who
 * could not be placed. Every value from the site is a double-quoted scalar (JSON string escaping, which YAML
 * reads), and text in comments is kept to one line.
 */
final class DraftYaml {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECTORS = "public | private | civil-society | academic | other";

  private DraftYaml() {
  }

  static String render(MappingDraft.Draft draft, String fileName) {
    MappingDraft.Survey survey = draft.survey();
    StringBuilder out = new StringBuilder();
    line(out, "# " + comment(fileName) + ": a DRAFT partner mapping written by `mutuality init` from "
        + comment(survey.site()) + " (project" + (survey.projects().size() == 1 ? " " : "s ") + String.join(", ", survey.projects()) + ").");
    line(out, "# Proposed from what the site showed: " + survey.people().size() + " people (the projects' role actors, "
        + "the members of the group actors, and the people on " + survey.issuesRead() + " issue(s) updated in the last "
        + survey.recentDays() + " days" + (survey.issuesCapped() ? ", the most recent ones only" : "") + ").");
    line(out, "# Nothing here is guessed: a person maps to a partner through a group or an e-mail domain that exactly");
    line(out, "# one partner claims. Before you use it: give each partner its name and sector (the TODOs), merge or");
    line(out, "# split partners, add components they own, and place the people listed at the end by id under a");
    line(out, "# partner's people: (or bots:). Then check it with: mutuality config validate " + comment(fileName));
    line(out, "# Rule settings and waivers: see examples/mutuality.yml.");
    out.append('\n');

    line(out, "# The tracker to read: `mutuality audit --config " + comment(fileName) + "` reads this site and these");
    line(out, "# projects (--site, --project, --jql and --partner-field override them).");
    line(out, "source:");
    line(out, "  type: " + JiraScope.TYPE);
    line(out, "  site: " + quote(survey.site()));
    line(out, "  projects: [" + survey.projects().stream().map(DraftYaml::quote).collect(Collectors.joining(", "))
        + "]");
    line(out, "  # jql: \"labels = partnership\"       # a JQL filter, alone or narrowing the projects");
    line(out, "  # partnerField: customfield_10050   # a custom field naming each work item's partner");
    line(out, "  # participantsField: Participants   # a user-picker field naming who took part (meeting attendees)");
    out.append('\n');

    if (draft.partners().isEmpty()) {
      line(out, "# No group or e-mail domain looked like an organisation's: add the partners by hand.");
      line(out, "partners: []");
    } else {
      line(out, "partners:");
      for (MappingDraft.Partner p : draft.partners()) {
        line(out, "  # From " + comment(origin(p)) + "; " + count(p.people().size(), "person", "people") + " seen"
            + (p.people().isEmpty() ? "." : ": " + names(p.people()) + "."));
        line(out, "  - id: " + p.id());
        line(out, "    name: " + quote(p.name()) + "   # TODO: the organisation's name");
        line(out, "    sector: other   # TODO: choose " + SECTORS);
        if (!p.groups().isEmpty()) {
          line(out, "    groups: " + list(p.groups()));
        }
        if (!p.domains().isEmpty()) {
          line(out, "    domains: " + list(p.domains()));
        }
        line(out, "    # people: []       # person ids of members no group or domain shows");
        line(out, "    # components: []   # components whose work items this partner owns");
      }
    }
    out.append('\n');

    if (draft.bots().isEmpty()) {
      line(out, "# Integration and shared accounts to leave out of every count (no app account was seen).");
      line(out, "bots: []");
    } else {
      line(out, "# App accounts: left out of every count. Add integration and shared accounts too.");
      line(out, "bots:");
      for (MappingDraft.Person bot : draft.bots()) {
        line(out, "  - " + quote(bot.id()) + "   # " + comment(bot.label()));
      }
    }

    if (!draft.leftOut().isEmpty()) {
      out.append('\n');
      line(out, "# Not proposed as partners:");
      for (MappingDraft.LeftOut left : draft.leftOut()) {
        line(out, "#   " + comment(left.what()) + ": " + comment(left.reason()));
      }
    }
    out.append('\n');
    if (draft.unplaced().isEmpty()) {
      line(out, "# Everyone seen is placed by the partners above.");
    } else {
      line(out, "# People it could not place (" + draft.unplaced().size() + "): put each id under a partner's people:,"
          + " or in bots:.");
      line(out, "# Until then they count as unmapped (DATA-001).");
      for (MappingDraft.Unplaced u : draft.unplaced()) {
        line(out, "#   " + comment(u.person().id()) + "   " + comment(u.person().label()) + " (" + comment(u.reason())
            + ")");
      }
    }
    return out.toString();
  }

  private static String origin(MappingDraft.Partner p) {
    if (!p.groups().isEmpty()) {
      return "group " + String.join(", ", p.groups()) + (p.domains().isEmpty() ? ""
          : " and e-mail domain " + String.join(", ", p.domains()));
    }
    return "e-mail domain " + String.join(", ", p.domains());
  }

  private static String names(List<MappingDraft.Person> people) {
    return comment(people.stream().map(MappingDraft.Person::label).collect(Collectors.joining(", ")));
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String list(List<String> values) {
    return "[" + values.stream().map(DraftYaml::quote).collect(Collectors.joining(", ")) + "]";
  }

  /** A double-quoted YAML scalar (JSON escaping is valid YAML). */
  static String quote(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Text safe inside a comment: one line, no control characters. */
  static String comment(String text) {
    return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }

  private static void line(StringBuilder out, String text) {
    out.append(text.stripTrailing()).append('\n');
  }
}
