package it.traguardo.monitoring;

import it.traguardo.monitoring.Actuals.IndicatorState;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of an indicator's value for a year and checkpoint, stored in PostgreSQL with their SHA-256. What is
 * accepted is decided by {@link EvidenceCheck} from the content; the size limit is
 * {@code traguardo.evidence.max-file-size} (10 MB unless configured), which the servlet container's multipart limits
 * must exceed so that a file over it reaches the page that explains the refusal. Every statement names the ente.
 */
@Service
public class Evidence {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Actuals actuals;
  private final long maxBytes;

  Evidence(
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Actuals actuals,
      @Value("${traguardo.evidence.max-file-size:10MB}") DataSize maxFileSize,
      @Value("${spring.servlet.multipart.max-file-size:-1}") DataSize containerFileLimit,
      @Value("${spring.servlet.multipart.max-request-size:-1}") DataSize containerRequestLimit) {
    this.jdbc = jdbc;
    this.events = events;
    this.actuals = actuals;
    this.maxBytes = maxFileSize.toBytes();
    for (DataSize container : List.of(containerFileLimit, containerRequestLimit)) {
      if (container.toBytes() >= 0 && container.toBytes() <= maxBytes) {
        throw new IllegalStateException(
            "spring.servlet.multipart.max-file-size and max-request-size (" + containerFileLimit + ", " + containerRequestLimit
                + ") must exceed traguardo.evidence.max-file-size (" + maxFileSize + "), or the refusal of a large file"
                + " is an error page instead of a message");
      }
    }
  }

  /** The size limit of one file, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** A stored file, without its content. */
  public record StoredEvidence(
      long id, long indicatorId, int year, Checkpoint checkpoint, String fileName, EvidenceType type, long sizeBytes, String sha256,
      String uploadedBy, OffsetDateTime uploadedAt) {

    /** "1,2 MB". */
    public String size() {
      return EvidenceCheck.megabytes(sizeBytes);
    }
  }

  /** A file as it arrives: its name, its declared size, and a way to read it once it is known to fit. */
  public record Upload(String name, long size, Content content) {}

  @FunctionalInterface
  public interface Content {
    byte[] read() throws IOException;
  }

  /** The outcome of an upload. */
  public sealed interface Outcome {
    record Added(List<StoredEvidence> files) implements Outcome {}

    /** Nothing stored: each problem names its file. */
    record Refused(List<String> problems, boolean tooLarge) implements Outcome {}

    /** @param field as the API names it */
    record Invalid(String field, String message) implements Outcome {}
  }

  /**
   * Stores files as evidence of a value, all or none: when one is refused, nothing is stored and every refusal is told.
   * A file with the same content as one already attached to the same value is refused as a duplicate.
   */
  @Transactional
  public Outcome add(
      long entityId, IndicatorState indicator, int year, Checkpoint checkpoint, List<Upload> uploads, String user) {
    int[] period =
        jdbc.sql("select first_year, last_year from plan where entity_id = ? and id = ?")
            .params(entityId, indicator.planId())
            .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
            .single();
    if (year < period[0] || year > period[1]) {
      return new Outcome.Invalid("year", "L'anno " + year + " è fuori dal piano " + period[0] + "-" + period[1] + ".");
    }
    if (uploads.isEmpty()) {
      return new Outcome.Invalid("file", "Scegliere almeno un file da allegare.");
    }
    Set<String> attached = new HashSet<>(
        jdbc.sql("select sha256 from evidence_file where entity_id = ? and indicator_id = ? and year = ? and checkpoint = ?")
            .params(entityId, indicator.id(), year, checkpoint.code())
            .query(String.class)
            .list());
    List<String> problems = new ArrayList<>();
    boolean tooLarge = false;
    List<Checked> accepted = new ArrayList<>();
    for (Upload upload : uploads) {
      Optional<String> size = EvidenceCheck.sizeProblem(upload.name(), upload.size(), maxBytes);
      if (size.isPresent()) {
        problems.add(size.get());
        tooLarge |= upload.size() > maxBytes;
        continue;
      }
      byte[] content;
      try {
        content = upload.content().read();
      } catch (IOException e) {
        problems.add("«" + EvidenceCheck.cleanName(upload.name()) + "» non è arrivato per intero: caricarlo di nuovo.");
        continue;
      }
      if (content.length > maxBytes) {
        problems.add(EvidenceCheck.sizeProblem(upload.name(), content.length, maxBytes).orElseThrow());
        tooLarge = true;
        continue;
      }
      EvidenceCheck.Verdict verdict = EvidenceCheck.check(upload.name(), content);
      if (verdict instanceof EvidenceCheck.Verdict.Refused refused) {
        problems.add(refused.message());
      } else if (verdict instanceof EvidenceCheck.Verdict.Accepted ok) {
        String sha256 = sha256(content);
        if (attached.add(sha256)) {
          accepted.add(new Checked(ok.fileName(), ok.type(), content, sha256));
        } else {
          problems.add("«" + ok.fileName() + "» è già allegato a questo valore (stesso contenuto).");
        }
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems, tooLarge);
    }
    List<StoredEvidence> stored = new ArrayList<>();
    for (Checked file : accepted) {
      long id =
          jdbc.sql(
                  """
                  insert into evidence_file (entity_id, indicator_id, year, checkpoint, file_name, content_type, size_bytes, sha256,
                                             content, uploaded_by)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
              .params(
                  entityId, indicator.id(), year, checkpoint.code(), file.name(), file.type().mediaType(), file.content().length,
                  file.sha256(), file.content(), user)
              .query(Long.class)
              .single();
      stored.add(find(entityId, id).orElseThrow());
      events.publishEvent(
          new EvidenceAdded(
              entityId, indicator.planId(), indicator.objectiveId(), indicator.id(), indicator.name(), year, checkpoint, file.name(),
              file.type(), file.content().length, user));
    }
    return new Outcome.Added(stored);
  }

  private record Checked(String name, EvidenceType type, byte[] content, String sha256) {}

  /** The files of an indicator, by year, checkpoint and upload. */
  public List<StoredEvidence> of(long entityId, long indicatorId) {
    return jdbc.sql(SELECT + " where entity_id = ? and indicator_id = ? order by year, checkpoint desc, uploaded_at, id")
        .params(entityId, indicatorId)
        .query((rs, i) -> stored(rs))
        .list();
  }

  public Optional<StoredEvidence> find(long entityId, long evidenceId) {
    return jdbc.sql(SELECT + " where entity_id = ? and id = ?").params(entityId, evidenceId).query((rs, i) -> stored(rs)).optional();
  }

  /** The stored bytes of a file. */
  public byte[] content(long entityId, long evidenceId) {
    return jdbc.sql("select content from evidence_file where entity_id = ? and id = ?")
        .params(entityId, evidenceId)
        .query(byte[].class)
        .single();
  }

  /** The ente a file belongs to: the API addresses files by id and then checks the caller's rights. */
  public Optional<Long> entityOf(long evidenceId) {
    return jdbc.sql("select entity_id from evidence_file where id = ?").param(evidenceId).query(Long.class).optional();
  }

  /** Removes a file; false when it was already gone. */
  @Transactional
  public boolean remove(long entityId, StoredEvidence file, IndicatorState indicator, String user) {
    int removed = jdbc.sql("delete from evidence_file where entity_id = ? and id = ?").params(entityId, file.id()).update();
    if (removed == 0) {
      return false;
    }
    events.publishEvent(
        new EvidenceRemoved(
            entityId, indicator.planId(), indicator.objectiveId(), indicator.id(), indicator.name(), file.year(), file.checkpoint(),
            file.fileName(), file.type(), file.sizeBytes(), user));
    return true;
  }

  /** The indicator a file belongs to. */
  public IndicatorState indicatorOf(long entityId, StoredEvidence file) {
    return actuals.indicator(entityId, file.indicatorId()).orElseThrow();
  }

  private static final String SELECT =
      "select id, indicator_id, year, checkpoint, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at from evidence_file";

  private static StoredEvidence stored(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredEvidence(
        rs.getLong("id"), rs.getLong("indicator_id"), rs.getInt("year"), Checkpoint.of(rs.getString("checkpoint")).orElseThrow(),
        rs.getString("file_name"), EvidenceType.ofMediaType(rs.getString("content_type")).orElseThrow(), rs.getLong("size_bytes"),
        rs.getString("sha256"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
