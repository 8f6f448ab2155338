package it.traguardo.organization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logins and their memberships. Passwords are stored only as hashes. */
@Service
public class Users {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  Users(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  public boolean exists(String username) {
    return jdbc.sql("select exists (select 1 from app_user where username = ?)").param(username).query(Boolean.class).single();
  }

  /**
   * A new login.
   *
   * @throws InvalidAccountException when the username or the password does not fit {@link Credentials}, or the
   *     username is taken
   */
  @Transactional
  public long create(String username, String rawPassword, boolean platformAdmin) {
    Credentials.checkUsername(username);
    Credentials.checkPassword(rawPassword);
    try {
      return jdbc.sql("insert into app_user (username, password_hash, platform_admin) values (?, ?, ?) returning id")
          .params(username, passwords.encode(rawPassword), platformAdmin)
          .query(Long.class)
          .single();
    } catch (DuplicateKeyException taken) {
      throw new InvalidAccountException("username", "Il nome utente «" + username + "» è già in uso: sceglierne un altro.");
    }
  }

  @Transactional
  public void grant(long userId, long entityId, Role role) {
    jdbc.sql("insert into membership (entity_id, user_id, role) values (?, ?, ?) on conflict do nothing")
        .params(entityId, userId, role.name())
        .update();
  }

  /** Takes a role in an ente away; true when the user had it. */
  @Transactional
  public boolean revoke(long userId, long entityId, Role role) {
    return jdbc.sql("delete from membership where entity_id = ? and user_id = ? and role = ?")
            .params(entityId, userId, role.name())
            .update()
        > 0;
  }

  /** Ties a user's roles in an ente to the person they are there, so that their units follow. */
  @Transactional
  public void linkPerson(long userId, long entityId, long personId) {
    jdbc.sql("update membership set person_id = ? where entity_id = ? and user_id = ?")
        .params(personId, entityId, userId)
        .update();
  }

  /** The person a user is in an ente, when their roles there are linked to one. */
  public Optional<Long> personOf(long userId, long entityId) {
    return jdbc.sql("select person_id from membership where user_id = ? and entity_id = ? and person_id is not null limit 1")
        .params(userId, entityId)
        .query(Long.class)
        .optional();
  }

  @Transactional
  public void changePassword(long userId, String rawPassword) {
    Credentials.checkPassword(rawPassword);
    jdbc.sql("update app_user set password_hash = ?, version = version + 1 where id = ?")
        .params(passwords.encode(rawPassword), userId)
        .update();
  }

  /** True when the raw password is the user's current one. */
  public boolean passwordMatches(long userId, String rawPassword) {
    return rawPassword != null
        && jdbc.sql("select password_hash from app_user where id = ?")
            .param(userId)
            .query(String.class)
            .optional()
            .map(hash -> passwords.matches(rawPassword, hash))
            .orElse(false);
  }

  /** A disabled user can neither log in nor use a token; nothing of theirs is deleted. */
  @Transactional
  public void setEnabled(long userId, boolean enabled) {
    jdbc.sql("update app_user set enabled = ?, version = version + 1 where id = ?").params(enabled, userId).update();
  }

  public Optional<UserAccount> byUsername(String username) {
    return account("where username = ?", username);
  }

  public Optional<UserAccount> byId(long userId) {
    return account("where id = ?", userId);
  }

  /**
   * The users with at least one role in the ente, by username, each with its roles there and the person they are.
   */
  public List<Member> members(long entityId) {
    record Row(long userId, String username, boolean enabled, boolean platformAdmin, Role role, Long personId) {}
    List<Row> rows =
        jdbc.sql(
                """
                select u.id, u.username, u.enabled, u.platform_admin, m.role, m.person_id
                from membership m join app_user u on u.id = m.user_id
                where m.entity_id = ?
                order by u.username""")
            .param(entityId)
            .query(
                (rs, i) ->
                    new Row(
                        rs.getLong("id"), rs.getString("username"), rs.getBoolean("enabled"), rs.getBoolean("platform_admin"),
                        Role.valueOf(rs.getString("role")), rs.getObject("person_id", Long.class)))
            .list();
    Map<Long, List<Row>> byUser = new LinkedHashMap<>();
    rows.forEach(row -> byUser.computeIfAbsent(row.userId(), id -> new ArrayList<>()).add(row));
    return byUser.values().stream()
        .map(
            own -> {
              Row first = own.get(0);
              Set<Role> roles = EnumSet.noneOf(Role.class);
              own.forEach(row -> roles.add(row.role()));
              Long person = own.stream().map(Row::personId).filter(Objects::nonNull).findFirst().orElse(null);
              return new Member(first.userId(), first.username(), first.enabled(), first.platformAdmin(), roles, person);
            })
        .toList();
  }

  /** A user as seen by one ente: its roles there and the person it is there, if any. */
  public record Member(long userId, String username, boolean enabled, boolean platformAdmin, Set<Role> roles, Long personId) {

    public Member {
      roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }
  }

  private Optional<UserAccount> account(String where, Object key) {
    return jdbc.sql("select id, username, password_hash, platform_admin, enabled from app_user " + where)
        .param(key)
        .query(
            (rs, i) ->
                new UserAccount(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("password_hash"),
                    rs.getBoolean("platform_admin"),
                    rs.getBoolean("enabled"),
                    roles(rs.getLong("id"))))
        .optional();
  }

  private Map<Long, Set<Role>> roles(long userId) {
    Map<Long, Set<Role>> roles = new HashMap<>();
    jdbc.sql("select entity_id, role from membership where user_id = ?")
        .param(userId)
        .query(
            (rs, i) ->
                roles.computeIfAbsent(rs.getLong(1), e -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2))))
        .list();
    return roles;
  }
}
