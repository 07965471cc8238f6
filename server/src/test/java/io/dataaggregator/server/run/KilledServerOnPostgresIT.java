package io.dataaggregator.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.testing.Api;
import io.dataaggregator.server.testing.ServerIT;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server is killed (SIGKILL: no shutdown, no hand-back) in the middle of a run; another server of
 * the same PostgreSQL store takes the run over once its heartbeat is stale and resumes it from the
 * destination's checkpoint: every row arrives exactly once.
 */
class KilledServerOnPostgresIT {
  @TempDir Path dir;
  private MetadataDb store;
  private Process killed;
  private ConfigurableApplicationContext other;

  @AfterEach
  void stop() throws Exception {
    if (other != null) {
      other.close();
    }
    if (killed != null) {
      killed.destroyForcibly().waitFor();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void aRunOfAKilledServerIsResumedByAnotherAndItsRowsArriveExactlyOnce() throws Exception {
    store = new MetadataDb();
    int port = freePort();
    Path log = dir.resolve("killed.log");
    killed = store.startJar(port, dir.resolve("killed"), log);
    Api api = new Api(port);
    Eventually.until(
        "the jar server to start: " + log,
        Runs.PATIENCE,
        () -> api.get("/actuator/health", null).status() == 200);
    String table = "killed_" + store.name;
    try (GatedApi source = new GatedApi().holdFrom(1500)) {
      String yaml = source.sourceYaml() + DestinationDb.yaml(table);
      UUID pipeline = StoredPipelines.create(store.jdbc, "killed-" + store.name, yaml);
      UUID runId = Runs.trigger(api.login("admin", ServerIT.ADMIN_PASSWORD), pipeline);
      source.awaitHeld();
      // Pages 0 and 500 are committed; page 1000 waits in the reader for page 1500.
      Eventually.until("1000 rows committed", Runs.PATIENCE, () -> written(runId) == 1000);
      String firstWorker = column(runId, "worker_id");
      killed.destroyForcibly().waitFor();
      assertThat(DestinationDb.rows(table)).isEqualTo(1000);

      other = store.startServer(dir.resolve("other"));
      source.open();
      Eventually.until(
          "the run to succeed on the other server",
          Runs.PATIENCE,
          () -> "succeeded".equals(column(runId, "status")));
      assertThat(column(runId, "worker_id"))
          .isNotEqualTo(firstWorker)
          .contains("/" + ProcessHandle.current().pid() + "/");
      assertThat(column(runId, "attempt")).isEqualTo("2");
      RunControlContract.assertExactlyOnce(table);
      assertThat(written(runId)).isEqualTo(Airports.ROWS);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(e.getMessage() + "\nkilled server's log:\n" + tail(log), e);
    }
  }

  private long written(UUID runId) {
    return store
        .jdbc
        .sql("SELECT COALESCE(SUM(rows_written), 0) FROM run_streams WHERE run_id = :id")
        .param("id", runId)
        .query(Long.class)
        .single();
  }

  private String column(UUID runId, String column) {
    return store
        .jdbc
        .sql("SELECT " + column + " FROM runs WHERE id = :id")
        .param("id", runId)
        .query((rs, n) -> rs.getString(1))
        .single();
  }

  private static String tail(Path log) throws IOException {
    var lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
