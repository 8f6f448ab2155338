package it.traguardo.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import it.traguardo.Traguardo;
import it.traguardo.organization.Entities;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * With SPRING_DATASOURCE_URL the application uses that server: here a real PostgreSQL 15 cluster of Debian's
 * binaries, made for the test on its own port (never the machine's default cluster). No embedded server starts
 * and no data folder appears.
 */
class ExternalDatabaseTest {

  private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  private Path dir;
  private int port;

  @BeforeEach
  void startCluster() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(BIN.resolve("initdb")), "PostgreSQL 15 di Debian non installato");
    dir = Files.createTempDirectory("traguardo-external-pg");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    run(BIN.resolve("initdb").toString(), "-D", dir.resolve("cluster").toString(), "-U", "traguardo", "--auth=trust", "-E", "UTF8");
    run(
        BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("cluster").toString(), "-w", "-l", dir.resolve("log").toString(),
        "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
  }

  @AfterEach
  void stopCluster() throws Exception {
    if (dir != null) {
      run(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("cluster").toString(), "-m", "fast", "-w", "stop");
      FileSystemUtils.deleteRecursively(dir);
    }
  }

  @Test
  void theConfiguredServerIsUsedAndNoEmbeddedOneStarts() throws IOException {
    Path unusedDataDir = dir.resolve("embedded-data");
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Traguardo.class)
            .web(WebApplicationType.NONE)
            .run(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "--spring.datasource.username=traguardo",
                "--traguardo.database.embedded.data-dir=" + unusedDataDir,
                "--traguardo.admin-password=external-test-password")) {
      assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
      assertThat(context.getBean(Entities.class).byCode("cedrasco")).isPresent();
    }
    assertThat(unusedDataDir).doesNotExist();
  }

  /** As root, PostgreSQL's tools must run as the postgres user; otherwise as ourselves. */
  private static void run(String... command) throws Exception {
    List<String> full = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", full) + "\n" + output).isZero();
  }
}
