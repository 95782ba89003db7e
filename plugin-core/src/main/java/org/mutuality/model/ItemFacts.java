package org.mutuality.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything a tracker says about one work item, as a read of that item alone gives it: what a live session
 * replaces when the item changes (a webhook), without reading the whole partnership again.
 *
 * @param item the work item
 * @param comments its comments
 * @param worklogs the time logged on it
 * @param transitions the field changes of its history
 * @param dependencies its links, in either direction (the other end may be outside the partnership)
 * @param members the people its facts name (assignee, reporter, authors), as the read saw them: not yet mapped to
 *     partners
 */
public record ItemFacts(WorkItem item, List<Comment> comments, List<Worklog> worklogs, List<Transition> transitions,
    List<Dependency> dependencies, List<Member> members) {

  public ItemFacts {
    Objects.requireNonNull(item, "item");
    comments = List.copyOf(comments);
    worklogs = List.copyOf(worklogs);
    transitions = List.copyOf(transitions);
    dependencies = List.copyOf(dependencies);
    members = List.copyOf(members);
  }

  /** The item's key. */
  public String key() {
    return item.key();
  }
}
