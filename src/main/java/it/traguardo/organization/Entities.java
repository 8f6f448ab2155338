package it.traguardo.organization;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enti of this installation. */
@Service
public class Entities {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private final JdbcClient jdbc;

  Entities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public static boolean isValidCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  public List<Entity> all() {
    return jdbc.sql("select id, code, name, kind from entity order by name").query(Entity.class).list();
  }

  public Optional<Entity> byCode(String code) {
    return jdbc.sql("select id, code, name, kind from entity where code = ?").param(code).query(Entity.class).optional();
  }

  public Optional<Entity> byId(long id) {
    return jdbc.sql("select id, code, name, kind from entity where id = ?").param(id).query(Entity.class).optional();
  }

  public boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from entity)").query(Boolean.class).single();
  }

  @Transactional
  public Entity create(String code, String name) {
    if (!isValidCode(code)) {
      throw new IllegalArgumentException(
          "Codice ente «" + code + "» non valido: lettere minuscole, cifre e trattini (es. «cedrasco»).");
    }
    long id =
        jdbc.sql("insert into entity (code, name) values (?, ?) returning id").params(code, name).query(Long.class).single();
    return new Entity(id, code, name, "COMUNE");
  }
}
