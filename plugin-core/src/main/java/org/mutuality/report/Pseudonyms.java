package org.mutuality.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutuality.engine.Subject;
import org.mutuality.engine.SubjectType;
import org.mutuality.model.Member;
import org.mutuality.model.Snapshot;

/**
 * Replaces people by stable pseudonyms in a report, for readers outside the partnership ({@code --pseudonymize}):
 * a person of a partner becomes {@code <partner id>-<number>} (e.g. {@code coop-4821}), a bot {@code bot-<number>},
 * a person who maps to no partner {@code unmapped-<number>}. The number is derived from a hash of the partnership
 * and the person's account id, so a person keeps the same pseudonym from one audit to the next and in every
 * report of a run; two people of one partner who would share a number get the next free one, in account-id order.
 *
 * <p>Every place a person can appear is rewritten: person subjects (id and name), messages, not-evaluable
 * reasons and evidence (text, lists and maps, recursively), wherever a person's account id, display name or
 * e-mail address appears as a whole word. Fingerprints are kept, so a pseudonymized history still compares.
 * A pseudonym hides a name from a casual reader; someone who already knows a person's account id can
 * recompute it.
 */
public final class Pseudonyms {
  private final Map<String, String> byId;
  private final String salt;
  private final Pattern names;
  private final Map<String, String> byText;

  private Pseudonyms(String salt, Map<String, String> byId, Map<String, String> byText) {
    this.salt = salt;
    this.byId = Map.copyOf(byId);
    this.byText = Map.copyOf(byText);
    List<String> texts = new ArrayList<>(byText.keySet());
    // Longest first, so that "Ana María" is replaced before "Ana".
    texts.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.names = texts.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}_.@-])(?:"
        + String.join("|", texts.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])");
  }

  /**
   * The pseudonyms of a snapshot's people.
   *
   * @param snapshot the snapshot as audited, its people mapped to partners
   */
  public static Pseudonyms of(Snapshot snapshot) {
    Map<String, String> byId = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    List<Member> people = new ArrayList<>(snapshot.members());
    people.sort(Comparator.comparing(Member::id));
    String salt = snapshot.partnership() == null ? "" : snapshot.partnership().id();
    for (Member member : people) {
      String prefix = member.bot() ? "bot" : member.partnerId() == null ? "unmapped" : member.partnerId();
      int number = 1000 + (int) (Long.remainderUnsigned(hash(salt + "\u0000" + member.id()), 9000));
      while (!taken.add(prefix + "-" + number)) {
        number = number == 9999 ? 1000 : number + 1;
      }
      byId.put(member.id(), prefix + "-" + number);
    }
    Map<String, String> byText = new LinkedHashMap<>();
    for (Member member : people) {
      String pseudonym = byId.get(member.id());
      byText.putIfAbsent(member.id(), pseudonym);
      if (member.displayName() != null && !member.displayName().isBlank()) {
        byText.putIfAbsent(member.displayName(), pseudonym);
      }
      if (member.email() != null && !member.email().isBlank()) {
        byText.putIfAbsent(member.email(), pseudonym);
      }
    }
    return new Pseudonyms(salt, byId, byText);
  }

  /** A person's pseudonym ({@code unknown-<number>} for an account the snapshot does not hold). */
  public String of(String personId) {
    return pseudonym(personId);
  }

  /** The report with every person replaced by their pseudonym. */
  public Report apply(Report report) {
    List<ReportFinding> findings = report.findings().stream().map(f -> new ReportFinding(f.ruleId(), f.key(),
        f.severity(), subject(f.subject()), text(f.message()), evidence(f.evidence()), f.fingerprint(),
        text(f.remediation()), waiver(f.waiver()), f.shadow())).toList();
    List<NotEvaluableEntry> notEvaluable = report.notEvaluable().stream().map(n -> new NotEvaluableEntry(n.ruleId(),
        n.key(), subject(n.subject()), text(n.reason()))).toList();
    return new Report(report.schemaVersion(), report.asOf(), report.ruleBaseVersion(), report.partnershipId(),
        report.partnershipName(), report.source(), findings, notEvaluable, report.scores(), report.rules(),
        indices(report.indices()));
  }

  /** A finding of an earlier audit with its people replaced, e.g. a fixed one read back from the history. */
  public PastAudit.PastFinding apply(PastAudit.PastFinding f) {
    boolean person = SubjectType.PERSON.label().equals(f.subjectType());
    String id = person ? pseudonym(f.subjectId()) : f.subjectId();
    return new PastAudit.PastFinding(f.fingerprint(), f.ruleId(), f.key(), f.severity(), f.subjectType(), id,
        person ? id : text(f.subjectName()), text(f.message()), f.waiver());
  }

  private AppliedWaiver waiver(AppliedWaiver waiver) {
    return waiver == null ? null
        : new AppliedWaiver(text(waiver.reason()), text(waiver.approver()), waiver.expires(), waiver.status());
  }

  /** The indices with the document-access holders (the only people they name) replaced. */
  private Indices indices(Indices indices) {
    Transparency t = indices.transparency();
    Transparency.AccessFactor access = t.access();
    if (access == null) {
      return indices;
    }
    List<Transparency.PartnerAccess> partners = access.partners().stream()
        .map(p -> new Transparency.PartnerAccess(p.partner(), p.members().stream().map(this::pseudonym).toList()))
        .toList();
    Transparency transparency = new Transparency(t.index(), t.reason(), t.visibility(),
        new Transparency.AccessFactor(access.share(), access.reason(), access.setting(), access.roles(), partners),
        t.rules(), t.findings());
    return new Indices(indices.mutuality(), indices.partnerBalance(), transparency, indices.reciprocity());
  }

  /**
   * A person's pseudonym; an account the snapshot does not hold gets {@code unknown-<number>} from the same hash,
   * never its real id.
   */
  private String pseudonym(String personId) {
    String known = byId.get(personId);
    return known != null ? known
        : "unknown-" + (1000 + Long.remainderUnsigned(hash(salt + "\u0000" + personId), 9000));
  }

  /** A text with every person's id, name and e-mail address replaced, as whole words. */
  public String text(String text) {
    if (text == null || names == null) {
      return text;
    }
    Matcher matcher = names.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(byText.get(matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private Subject subject(Subject subject) {
    if (subject.type() == SubjectType.PERSON) {
      String pseudonym = pseudonym(subject.id());
      return new Subject(SubjectType.PERSON, pseudonym, pseudonym);
    }
    return new Subject(subject.type(), subject.id(), text(subject.name()));
  }

  private Map<String, Object> evidence(Map<String, Object> evidence) {
    Map<String, Object> out = new LinkedHashMap<>();
    evidence.forEach((name, value) -> out.put(name, value(value)));
    return out;
  }

  private Object value(Object value) {
    if (value instanceof String s) {
      return text(s);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k instanceof String s ? text(s) : k, value(v)));
      return out;
    }
    if (value instanceof Iterable<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(value(v)));
      return out;
    }
    return value;
  }

  private static long hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (digest[i] & 0xff);
      }
      return value;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
