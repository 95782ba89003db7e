package org.mutuality.jira.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.mutuality.jira.api.UserJson;
import org.mutuality.model.Member;

/**
 * Everyone a read comes across, each once, under one person id: Cloud's {@code accountId}; Data Center's
 * {@code key}, else its {@code name}. Apps ({@code accountType: app}) are bots. Thread-safe.
 */
public final class People {
  private static final class Draft {
    String displayName;
    String email;
    String name;
    boolean bot;
    final TreeSet<String> groups = new TreeSet<>();
  }

  private final Map<String, Draft> byId = new LinkedHashMap<>();
  private final Map<String, String> idByName = new LinkedHashMap<>();

  /** The person id of a user: {@code accountId}, else {@code key}, else {@code name}; {@code null} for none. */
  public static String idOf(UserJson user) {
    if (user == null) {
      return null;
    }
    if (present(user.accountId())) {
      return user.accountId();
    }
    if (present(user.key())) {
      return user.key();
    }
    return present(user.name()) ? user.name() : null;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** Records a user and returns its person id ({@code null} for no user). */
  public synchronized String see(UserJson user) {
    String id = idOf(user);
    if (id == null) {
      return null;
    }
    Draft draft = byId.computeIfAbsent(id, k -> new Draft());
    if (present(user.displayName())) {
      draft.displayName = user.displayName();
    }
    if (present(user.emailAddress())) {
      draft.email = user.emailAddress();
    }
    if (present(user.name())) {
      draft.name = user.name();
      idByName.put(user.name(), id);
    }
    draft.bot |= "app".equals(user.accountType());
    return id;
  }

  /** Records a person known only by id (e.g. a changelog value), with a display name if one is known. */
  public synchronized String seeId(String id, String displayName) {
    if (!present(id)) {
      return null;
    }
    Draft draft = byId.computeIfAbsent(id, k -> new Draft());
    if (draft.displayName == null && present(displayName)) {
      draft.displayName = displayName;
    }
    return id;
  }

  /** The person id of a Data Center login name seen so far. */
  public synchronized Optional<String> idOfName(String name) {
    return Optional.ofNullable(idByName.get(name));
  }

  /** Notes that a person belongs to a group. */
  public synchronized void inGroup(String id, String group) {
    byId.computeIfAbsent(id, k -> new Draft()).groups.add(group);
  }

  /** Whether a person was seen. */
  public synchronized boolean knows(String id) {
    return byId.containsKey(id);
  }

  /** Everyone, in the order first seen; partners are left to the partner mapping. */
  public synchronized List<Member> members() {
    List<Member> out = new ArrayList<>(byId.size());
    byId.forEach((id, d) -> out.add(new Member(id, d.displayName, d.email, List.copyOf(d.groups), null, d.bot)));
    return out;
  }
}
