package org.mutuality.jira.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class RichTextTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void adf_paragraphs_lists_mentions_and_breaks_become_plain_text() throws Exception {
    String adf = """
        {"version":1,"type":"doc","content":[
          {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Cupping"}]},
          {"type":"paragraph","content":[{"type":"text","text":"Ask "},
            {"type":"mention","attrs":{"id":"63f1","text":"@Jorge Perdomo"}},
            {"type":"text","text":" for the ","marks":[{"type":"strong"}]},{"type":"text","text":"sheet."},
            {"type":"hardBreak"},{"type":"text","text":"Thanks"},{"type":"emoji","attrs":{"shortName":":coffee:"}}]},
          {"type":"bulletList","content":[
            {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"one"}]}]},
            {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"two"}]}]}]},
          {"type":"paragraph","content":[{"type":"inlineCard","attrs":{"url":"https://example.org/x"}}]}]}
        """;
    assertThat(RichText.toPlain(JSON.readTree(adf))).isEqualTo(
        "Cupping\n\nAsk @Jorge Perdomo for the sheet.\nThanks:coffee:\n\n- one\n- two\n\nhttps://example.org/x");
  }

  @Test
  void wiki_markup_becomes_plain_text() {
    assertThat(RichText.toPlain(TextNode.valueOf(
        "h2. Minutes\n*Agreed*: use the _SCA_ sheet, see [the form|https://example.org/f] by [~jorge.perdomo]\n"
            + "* first\n* second\n{code}x = 1{code}")))
        .isEqualTo("Minutes\nAgreed: use the SCA sheet, see the form by jorge.perdomo\n- first\n- second\nx = 1");
  }

  @Test
  void nothing_is_empty_text() {
    assertThat(RichText.toPlain(null)).isEmpty();
    assertThat(RichText.toPlain(com.fasterxml.jackson.databind.node.NullNode.instance)).isEmpty();
  }
}
