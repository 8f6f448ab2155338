package it.traguardo.transparency;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Renders documents in the background, one at a time (rendering a PDF keeps a core busy for seconds), and keeps
 * each result in {@link DocumentFiles}. A document asked again while it renders waits for the same rendering.
 */
@Service
public class DocumentGeneration {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentGeneration.class);

  /** Where a document stands, as the progress region of the page shows it. */
  public enum State {
    READY,
    RUNNING,
    FAILED,
    ABSENT
  }

  private final DocumentFiles files;
  private final ExecutorService renderer =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "document-renderer");
            thread.setDaemon(true);
            return thread;
          });
  private final ConcurrentMap<DocumentKey, CompletableFuture<byte[]>> running = new ConcurrentHashMap<>();
  private final Set<DocumentKey> failed = ConcurrentHashMap.newKeySet();

  DocumentGeneration(DocumentFiles files) {
    this.files = files;
  }

  public Optional<byte[]> stored(DocumentKey key) {
    return files.find(key);
  }

  /** Starts rendering unless the file is stored or already rendering; the future completes with the file. */
  public CompletableFuture<byte[]> start(DocumentKey key, Supplier<byte[]> render) {
    Optional<byte[]> stored = files.find(key);
    if (stored.isPresent()) {
      return CompletableFuture.completedFuture(stored.get());
    }
    CompletableFuture<byte[]> created = new CompletableFuture<>();
    CompletableFuture<byte[]> existing = running.putIfAbsent(key, created);
    if (existing != null) {
      return existing;
    }
    failed.remove(key);
    renderer.execute(
        () -> {
          try {
            byte[] content = render.get();
            files.store(key, content);
            created.complete(content);
          } catch (RuntimeException e) {
            LOG.error("Generazione non riuscita: {}", key, e);
            failed.add(key);
            created.completeExceptionally(e);
          } finally {
            running.remove(key, created);
          }
        });
    return created;
  }

  /** Running is checked before the table: a rendering stores its file before it stops counting as running. */
  public State state(DocumentKey key) {
    if (running.containsKey(key)) {
      return State.RUNNING;
    }
    if (files.exists(key)) {
      return State.READY;
    }
    return failed.contains(key) ? State.FAILED : State.ABSENT;
  }

  @PreDestroy
  void stop() {
    renderer.shutdownNow();
  }
}
