package org.mutuality.jira;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mutuality.jira.api.IssueJson;
import org.mutuality.jira.http.JiraException;
import org.mutuality.jira.http.Paging;
import org.mutuality.jira.mapping.IssueMapper;
import org.mutuality.model.Comment;
import org.mutuality.model.DataGap;
import org.mutuality.model.ItemFacts;
import org.mutuality.model.Member;
import org.mutuality.model.Transition;
import org.mutuality.model.WorkItem;
import org.mutuality.model.Worklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One issue read again, with what a full read learnt ({@link SiteKnowledge}): one search for it within the scope,
 * with the full read's fields, then its complete comments, worklogs and changelog ({@link IssueDetails}), mapped by
 * the full read's {@link IssueMapper}, so its facts are those a full read would give it now.
 */
final class IssueReader {
  private static final Logger LOG = LoggerFactory.getLogger(IssueReader.class);

  private final String scopeJql;
  private final SiteKnowledge site;

  /**
   * @param scopeJql the scope ({@link JiraSettings#scopeJql()})
   * @param site what the full read learnt
   */
  IssueReader(String scopeJql, SiteKnowledge site) {
    this.scopeJql = scopeJql;
    this.site = site;
  }

  /**
   * The JQL that finds one issue within the scope: the scope without its order, and the key as a quoted string.
   * {@link JiraSettings#scopeJql()} is a conjunction (it puts a filter holding {@code OR} in parentheses), so
   * adding {@code AND key = …} keeps its meaning without parentheses around it, which the sandbox's JQL lacks.
   */
  static String keyQuery(String scopeJql, String key) {
    String scope = SiteReader.withoutOrder(scopeJql);
    String clause = "key = \"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return scope.isEmpty() ? clause : scope + " AND " + clause;
  }

  /** The issue's facts; empty when it is gone, hidden from the account, out of the scope or now has another key. */
  Optional<ItemFacts> read(String key) throws JiraException, InterruptedException {
    List<IssueJson.SearchIssue> hits;
    try {
      hits = site.api().search().search(keyQuery(scopeJql, key), site.fields(), 1, Paging.quiet());
    } catch (JiraException e) {
      // Jira refuses a key it does not know (or the account may not see) with 400 rather than no hit.
      if (e.status() != 400 || site.api().issues().key(key).isPresent()) {
        throw e;
      }
      LOG.debug("{} is gone or hidden: {}", key, e.getMessage());
      return Optional.empty();
    }
    if (hits.isEmpty()) {
      LOG.debug("{} is not in the scope {}", key, scopeJql);
      return Optional.empty();
    }
    IssueJson.SearchIssue hit = hits.get(0);
    if (!key.equals(hit.key())) {
      LOG.info("{} now goes by {} (moved): {} is gone", key, hit.key(), key);
      return Optional.empty();
    }
    IssueDetails.Entry entry = new IssueDetails.Entry(hit);
    Gaps gaps = new Gaps();
    new IssueDetails(site.api(), gaps, site.threads()).fetch(List.of(entry));
    for (DataGap gap : gaps.list()) {
      LOG.warn("{} is read without its {}: {}", key, gap.area(), gap.reason());
    }
    IssueMapper.Mapped mapped = site.mapper().map(hit.key(), hit.custom(), entry.fields, entry.comments,
        entry.worklogs, entry.histories);
    return Optional.of(new ItemFacts(mapped.item(), mapped.comments(), mapped.worklogs(), mapped.transitions(),
        mapped.links().stream().distinct().toList(), members(mapped)));
  }

  /** The people the facts name, as the site's people know them, in the order they were first met. */
  private List<Member> members(IssueMapper.Mapped mapped) {
    Set<String> ids = new LinkedHashSet<>();
    WorkItem item = mapped.item();
    ids.add(item.assigneeId());
    ids.add(item.reporterId());
    ids.addAll(item.participants());
    mapped.comments().stream().map(Comment::authorId).forEach(ids::add);
    mapped.worklogs().stream().map(Worklog::authorId).forEach(ids::add);
    for (Transition t : mapped.transitions()) {
      ids.add(t.authorId());
      if (Transition.ASSIGNEE.equals(t.field())) {
        ids.add(t.oldValue());
        ids.add(t.newValue());
      }
    }
    List<Member> members = new ArrayList<>();
    site.people().members().stream().filter(m -> ids.contains(m.id())).forEach(members::add);
    return members;
  }
}
