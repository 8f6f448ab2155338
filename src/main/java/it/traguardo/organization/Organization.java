package it.traguardo.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units and people of one ente. Every query names the ente: nothing here reads across enti. */
@Service
public class Organization {

  private final JdbcClient jdbc;

  Organization(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<OrgUnit> units(long entityId) {
    return jdbc.sql("select id, entity_id, name, position from org_unit where entity_id = ? order by position, name")
        .param(entityId)
        .query(OrgUnit.class)
        .list();
  }

  /** The unit with this name, created at the end of the list when the ente does not have it yet. */
  @Transactional
  public OrgUnit ensureUnit(long entityId, String name) {
    return jdbc.sql("select id, entity_id, name, position from org_unit where entity_id = ? and name = ?")
        .params(entityId, name)
        .query(OrgUnit.class)
        .optional()
        .orElseGet(
            () -> {
              int position =
                  jdbc.sql("select coalesce(max(position), 0) + 1 from org_unit where entity_id = ?")
                      .param(entityId)
                      .query(Integer.class)
                      .single();
              long id =
                  jdbc.sql("insert into org_unit (entity_id, name, position) values (?, ?, ?) returning id")
                      .params(entityId, name, position)
                      .query(Long.class)
                      .single();
              return new OrgUnit(id, entityId, name, position);
            });
  }

  @Transactional
  public Person addPerson(
      long entityId, String fullName, String roleTitle, boolean paysInvoices, List<Long> unitIds) {
    return addPerson(entityId, fullName, roleTitle, null, paysInvoices, unitIds);
  }

  @Transactional
  public Person addPerson(
      long entityId, String fullName, String roleTitle, String email, boolean paysInvoices, List<Long> unitIds) {
    long id =
        jdbc.sql(
                "insert into person (entity_id, full_name, role_title, email, pays_invoices) values (?, ?, ?, ?, ?) returning id")
            .params(entityId, fullName, roleTitle, email, paysInvoices)
            .query(Long.class)
            .single();
    linkUnits(entityId, id, unitIds);
    return new Person(id, entityId, fullName, roleTitle, email, paysInvoices, unitIds, 0);
  }

  /**
   * Changes a person's name, title, e-mail address and units, if nobody changed the person since {@code
   * expectedVersion}.
   *
   * @return false when the person was changed in the meantime (nothing is written then)
   */
  @Transactional
  public boolean updatePerson(
      long entityId, long personId, String fullName, String roleTitle, String email, List<Long> unitIds,
      int expectedVersion) {
    int updated =
        jdbc.sql(
                """
                update person set full_name = ?, role_title = ?, email = ?, version = version + 1
                where entity_id = ? and id = ? and version = ?""")
            .params(fullName, roleTitle, email, entityId, personId, expectedVersion)
            .update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql("delete from person_unit where entity_id = ? and person_id = ?").params(entityId, personId).update();
    linkUnits(entityId, personId, unitIds);
    return true;
  }

  private void linkUnits(long entityId, long personId, List<Long> unitIds) {
    for (Long unitId : unitIds) {
      jdbc.sql("insert into person_unit (entity_id, person_id, org_unit_id) values (?, ?, ?)")
          .params(entityId, personId, unitId)
          .update();
    }
  }

  /**
   * Marks whether a person is responsible for paying commercial invoices (art. 4-bis c. 2 DL 13/2023).
   *
   * @return false when the ente has no such person
   */
  @Transactional
  public boolean setPaysInvoices(long entityId, long personId, boolean paysInvoices) {
    return jdbc.sql("update person set pays_invoices = ?, version = version + 1 where entity_id = ? and id = ?")
            .params(paysInvoices, entityId, personId)
            .update() > 0;
  }

  /** The person a user is in the ente (linked to their membership), if any. */
  public Optional<Person> personOfUser(long entityId, long userId) {
    List<Long> ids =
        jdbc.sql("select distinct person_id from membership where entity_id = ? and user_id = ? and person_id is not null")
            .params(entityId, userId)
            .query(Long.class)
            .list();
    return people(entityId).stream().filter(p -> ids.contains(p.id())).findFirst();
  }

  public List<Person> people(long entityId) {
    Map<Long, List<Long>> units =
        jdbc.sql("select person_id, org_unit_id from person_unit where entity_id = ?")
            .param(entityId)
            .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return jdbc.sql(
            "select id, entity_id, full_name, role_title, email, pays_invoices, version from person where entity_id = ? order by id")
        .param(entityId)
        .query(
            (rs, i) ->
                new Person(
                    rs.getLong("id"),
                    rs.getLong("entity_id"),
                    rs.getString("full_name"),
                    rs.getString("role_title"),
                    rs.getString("email"),
                    rs.getBoolean("pays_invoices"),
                    units.getOrDefault(rs.getLong("id"), List.of()),
                    rs.getInt("version")))
        .list();
  }
}
