package it.traguardo.organization;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  @Transactional
  public long create(String username, String rawPassword, boolean platformAdmin) {
    return jdbc.sql("insert into app_user (username, password_hash, platform_admin) values (?, ?, ?) returning id")
        .params(username, passwords.encode(rawPassword), platformAdmin)
        .query(Long.class)
        .single();
  }

  @Transactional
  public void grant(long userId, long entityId, Role role) {
    jdbc.sql("insert into membership (entity_id, user_id, role) values (?, ?, ?) on conflict do nothing")
        .params(entityId, userId, role.name())
        .update();
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

  public Optional<UserAccount> byUsername(String username) {
    return jdbc.sql("select id, username, password_hash, platform_admin, enabled from app_user where username = ?")
        .param(username)
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
