package org.mutuality.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutuality.jira.api.Flavor;
import org.mutuality.jira.api.JiraApi;
import org.mutuality.jira.http.JiraClient;
import org.mutuality.jira.http.JiraResponse;
import org.mutuality.jira.http.Paging;
import org.mutuality.jira.http.Site;
import org.mutuality.model.DataArea;
import org.mutuality.model.DataGap;

/** Data Center's embedded changelog, through a transport that answers crafted responses. */
class IssueDetailsTest {
  private final List<String> sent = new ArrayList<>();

  private static String histories(int from, int count) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      out.add("{\"id\":\"" + i + "\",\"created\":\"2026-11-0" + (i % 9 + 1) + "T10:00:00.000+0000\","
          + "\"items\":[{\"field\":\"status\",\"fieldtype\":\"jira\",\"fromString\":\"To Do\","
          + "\"toString\":\"Done\"}]}");
    }
    return String.join(",", out);
  }

  private static String changelog(int shown, int total) {
    return "\"changelog\":{\"startAt\":0,\"maxResults\":" + shown + ",\"total\":" + total + ",\"histories\":["
        + histories(1, shown) + "]}";
  }

  /** A DC site whose search embeds 2 of COF-7's 5 histories, and whose issue GET embeds {@code issueShows}. */
  private List<DataGap> read(int issueShows) throws Exception {
    String search = "{\"startAt\":0,\"maxResults\":1000,\"total\":2,\"issues\":["
        + "{\"id\":\"10007\",\"key\":\"COF-7\",\"fields\":{\"summary\":\"Roast\"}," + changelog(2, 5) + "},"
        + "{\"id\":\"10008\",\"key\":\"COF-8\",\"fields\":{\"summary\":\"Grind\"}," + changelog(3, 3) + "}]}";
    String issue = "{\"id\":\"10007\",\"key\":\"COF-7\",\"fields\":{}," + changelog(issueShows, 5) + "}";
    JiraClient client = new JiraClient(Site.parse("https://jira.example"), request -> {
      synchronized (sent) {
        sent.add(request.method() + " " + request.uri());
      }
      String path = request.uri().getPath();
      return path.equals("/rest/api/2/search") ? JiraResponse.of(200, Map.of(), search)
          : path.equals("/rest/api/2/issue/COF-7") ? JiraResponse.of(200, Map.of(), issue)
          : JiraResponse.of(404, Map.of(), "{\"errorMessages\":[\"no such thing\"]}");
    });
    JiraApi api = JiraApi.of(client, Flavor.DATA_CENTER);
    Gaps gaps = new Gaps();
    List<IssueDetails.Entry> entries = api.search().search("project = COF", List.of("summary"), Paging.quiet())
        .stream().map(IssueDetails.Entry::new).toList();
    new IssueDetails(api, gaps, 2).fetch(entries);
    assertThat(entries.get(0).histories).hasSize(issueShows);
    assertThat(entries.get(1).histories).hasSize(3);
    return gaps.list();
  }

  @Test
  void a_data_center_changelog_capped_below_its_total_is_a_gap_naming_the_issue_and_the_counts() throws Exception {
    assertThat(read(4)).containsExactly(new DataGap(DataArea.CHANGELOG, "the changelog of COF-7 embeds 4 of its 5 "
        + "histories, and Data Center has no changelog paging: the older ones are not read"));
    // the search, then COF-7 alone (COF-8 embeds all its histories); no changelog paging endpoint is asked
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1)).isEqualTo("GET https://jira.example/rest/api/2/issue/COF-7?fields=key&expand=changelog");
  }

  @Test
  void no_gap_when_the_issue_itself_embeds_every_history() throws Exception {
    assertThat(read(5)).isEmpty();
  }
}
