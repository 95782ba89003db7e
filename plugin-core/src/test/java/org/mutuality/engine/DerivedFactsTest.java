package org.mutuality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.mutuality.facts.ActiveMember;
import org.mutuality.facts.FirstResponse;
import org.mutuality.facts.PartnerShare;
import org.mutuality.report.IndexInput;

/**
 * Derived facts are read through queries looked up by name: a rule base without one (an older rules jar, an
 * embedder's own) still runs, and the input is missing with the reason, instead of Drools throwing.
 */
class DerivedFactsTest {
  // A rule base with the shares query, the active-members query under another binding, and no first responses.
  private static final String DRL = """
      package org.mutuality.test;
      import org.mutuality.facts.PartnerShare;
      import org.mutuality.facts.ActiveMember;
      query "partnerShares"
          $share : PartnerShare()
      end
      query "activeMembers"
          $person : ActiveMember()
      end
      """;

  private KieBase kieBase;
  private KieSession session;

  @BeforeEach
  void session() {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    builder.add(ResourceFactory.newByteArrayResource(DRL.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
    assertThat(builder.hasErrors()).as("%s", builder.getErrors()).isFalse();
    kieBase = builder.newKieBase();
    session = kieBase.newKieSession();
    session.insert(new PartnerShare(PartnerShare.RESOLVED, "coop", 3, 4));
    session.insert(new ActiveMember("carla", "coop"));
    session.insert("not a share");
    session.fireAllRules();
  }

  @AfterEach
  void dispose() {
    session.dispose();
  }

  @Test
  void listsTheQueriesOfTheRuleBase() {
    assertThat(DerivedFacts.queries(kieBase)).containsExactlyInAnyOrder("partnerShares", "activeMembers");
  }

  @Test
  void readsTheFactsAQueryBinds() {
    IndexInput<PartnerShare> shares =
        DerivedFacts.read(session, DerivedFacts.queries(kieBase), "partnerShares", "$share", PartnerShare.class);

    assertThat(shares.isMissing()).isFalse();
    assertThat(shares.values()).containsExactly(new PartnerShare(PartnerShare.RESOLVED, "coop", 3, 4));
  }

  @Test
  void aMissingQueryIsAMissingInputWithTheReason() {
    Set<String> queries = DerivedFacts.queries(kieBase);

    IndexInput<FirstResponse> responses =
        DerivedFacts.read(session, queries, "firstResponses", "$response", FirstResponse.class);
    IndexInput<ActiveMember> active =
        DerivedFacts.read(session, queries, "activeMembers", "$member", ActiveMember.class);

    assertThat(responses.values()).isNull();
    assertThat(responses.missing())
        .isEqualTo("the rule base has no query \"firstResponses\" to read FirstResponse facts through");
    assertThat(active.missing())
        .isEqualTo("the rule base's query \"activeMembers\" does not bind $member to ActiveMember facts");
  }
}
