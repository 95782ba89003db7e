package org.mutuality.jira;

import java.util.List;
import java.util.Objects;
import org.mutuality.jira.api.JiraApi;
import org.mutuality.jira.mapping.IssueMapper;
import org.mutuality.jira.mapping.People;

/**
 * What a full read learnt about a site that a read of one issue needs again, so that issue's facts come out exactly
 * as the full read gave them.
 *
 * @param api the site's resources in its flavour
 * @param fields the fields the search asks for (the standard ones and the site's Sprint, Flagged, partner and
 *     participants fields)
 * @param mapper the mapping with the site's custom field ids, its statuses' categories, the people met and the
 *     partner field's values
 * @param people everyone the read met (and the reads of single issues since), with their groups
 * @param readerId the integration account's person id, or {@code null} when Jira did not say
 * @param threads how many fetches of comments, worklogs and changelogs run at once
 */
record SiteKnowledge(JiraApi api, List<String> fields, IssueMapper mapper, People people, String readerId,
    int threads) {
  SiteKnowledge {
    Objects.requireNonNull(api, "api");
    fields = List.copyOf(fields);
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(people, "people");
  }
}
