package it.traguardo.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the application is killed hard, its PostgreSQL keeps running and the next start would fail on
 * {@code postmaster.pid}. The embedded server holds a lock on {@code epg-lock} while its application lives: if we can
 * take that lock, the server named in {@code postmaster.pid} is an orphan and is stopped before starting again.
 */
final class StaleServer {

  private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

  private StaleServer() {}

  static void stopIfOrphaned(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    try (FileChannel channel = new RandomAccessFile(dataDir.resolve("epg-lock").toFile(), "rw").getChannel();
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "La cartella dati " + dataDir.toAbsolutePath() + " è già in uso da un altro processo Traguardo.");
      }
      Optional<ProcessHandle> orphan =
          readPid(pidFile)
              .flatMap(ProcessHandle::of)
              .filter(ProcessHandle::isAlive)
              .filter(StaleServer::isPostgres);
      if (orphan.isPresent()) {
        log.warn("PostgreSQL rimasto attivo da un'esecuzione interrotta (pid {}): lo arresto.", orphan.get().pid());
        stop(orphan.get());
      }
    }
  }

  /** A pid file can outlive a reboot, and its number may now belong to another program. */
  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> command.contains("postgres")).orElse(false);
  }

  private static Optional<Long> readPid(Path pidFile) throws IOException {
    String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
    try {
      return Optional.of(Long.parseLong(firstLine));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void stop(ProcessHandle server) {
    server.destroy();
    try {
      server.onExit().get(15, TimeUnit.SECONDS);
    } catch (Exception stillRunning) {
      server.destroyForcibly();
    }
  }
}
