package org.mutuality.jira.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mutuality.jira.api.IssueJson;
import org.mutuality.model.AccessKind;
import org.mutuality.model.Visibility;

class VisibilityTest {
  @Test
  void a_restriction_is_kept_by_name_else_by_identifier_and_is_never_read_as_open() {
    assertThat(IssueMapper.visibility(null)).isNull();
    assertThat(IssueMapper.visibility(new IssueJson.Visibility("role", "Steering Committee", "Steering Committee")))
        .isEqualTo(new Visibility(AccessKind.ROLE, "Steering Committee"));
    assertThat(IssueMapper.visibility(new IssueJson.Visibility("group", null, "276f955c-63d7-42c8-9520-92d01dca0625")))
        .isEqualTo(new Visibility(AccessKind.GROUP, "276f955c-63d7-42c8-9520-92d01dca0625"));
    assertThat(IssueMapper.visibility(new IssueJson.Visibility(null, null, null)))
        .isEqualTo(new Visibility(AccessKind.ROLE, IssueMapper.UNKNOWN_RESTRICTION));
  }
}
