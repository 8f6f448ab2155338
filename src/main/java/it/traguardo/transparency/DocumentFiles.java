package it.traguardo.transparency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Generated documents in the {@code document_file} table. */
@Repository
class DocumentFiles {

  private final JdbcClient jdbc;

  DocumentFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<byte[]> find(DocumentKey key) {
    return jdbc.sql(
            "select content from document_file where plan_id = ? and plan_version = ? and year = ? and kind = ?")
        .params(key.planId(), key.planVersion(), key.year(), key.kind().name())
        .query((rs, row) -> rs.getBytes(1))
        .optional();
  }

  boolean exists(DocumentKey key) {
    return jdbc.sql(
            "select count(*) from document_file where plan_id = ? and plan_version = ? and year = ? and kind = ?")
        .params(key.planId(), key.planVersion(), key.year(), key.kind().name())
        .query(Long.class)
        .single() > 0;
  }

  /** Forgets the files of a plan's year, which are generated again when next asked. */
  @Transactional
  void forget(long planId, int year, DocumentKind... kinds) {
    for (DocumentKind kind : kinds) {
      jdbc.sql("delete from document_file where plan_id = ? and year = ? and kind = ?").params(planId, year, kind.name()).update();
    }
  }

  /** Keeps the file; another node may have stored the same one meanwhile, which is as good. */
  @Transactional
  void store(DocumentKey key, byte[] content) {
    jdbc.sql("delete from document_file where plan_id = ? and plan_version <> ?")
        .params(key.planId(), key.planVersion())
        .update();
    jdbc.sql(
            "insert into document_file (plan_id, plan_version, year, kind, content) values (?, ?, ?, ?, ?)"
                + " on conflict do nothing")
        .params(key.planId(), key.planVersion(), key.year(), key.kind().name(), content)
        .update();
  }
}
