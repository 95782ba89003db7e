package org.mutuality.jira.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {
  private static final String URL = "https://jira.example/rest/api/3/search/jql";

  @Test
  void token_paging_follows_tokens_and_stops_at_the_limit() throws Exception {
    List<String> asked = new ArrayList<>();
    Paging.TokenFetch<Integer> fetch = token -> {
      asked.add(String.valueOf(token));
      int page = token == null ? 0 : Integer.parseInt(token);
      return new Paging.TokenPage<>(URL, List.of(page * 3, page * 3 + 1, page * 3 + 2),
          page == 3 ? null : String.valueOf(page + 1), page == 3);
    };
    assertThat(Paging.token(fetch, Paging.quiet())).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    asked.clear();
    assertThat(Paging.token(fetch, Paging.quiet(), 5)).containsExactly(0, 1, 2, 3, 4);
    assertThat(asked).containsExactly("null", "1");
  }

  @Test
  void offset_paging_stops_at_the_total_or_the_limit() throws Exception {
    List<Integer> starts = new ArrayList<>();
    Paging.OffsetFetch<Integer> fetch = startAt -> {
      starts.add(startAt);
      List<Integer> values = new ArrayList<>();
      for (int i = startAt; i < Math.min(startAt + 4, 10); i++) {
        values.add(i);
      }
      return new Paging.OffsetPage<>(URL, values, 10, null);
    };
    assertThat(Paging.offset(fetch, Paging.quiet())).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(starts).containsExactly(0, 4, 8);
    starts.clear();
    assertThat(Paging.offset(fetch, Paging.quiet(), 6)).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(starts).containsExactly(0, 4);
  }

  @Test
  void a_repeated_token_stops_paging_with_the_url() {
    assertThatThrownBy(() -> Paging.token(token -> new Paging.TokenPage<>(URL, List.of(1), "same", false),
        Paging.quiet()))
        .isInstanceOf(JiraException.class)
        .hasMessageContaining(URL).hasMessageContaining("the same nextPageToken came twice");
  }
}
