package io.dataaggregator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.testkit.ThrowawayPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code dagg run --cursor-from --cursor-to}: a backfill from PostgreSQL without a server. */
class DaggBackfillIT {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();
  @TempDir Path dir;

  private int dagg(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    var err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = Dagg.commandLine().setErr(new PrintWriter(new StringWriter(), true)).execute(args);
      assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
      return exit;
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private List<String> lines() throws IOException {
    return Files.readAllLines(dir.resolve("out/events.jsonl"));
  }

  @Test
  void readsOnlyTheRangeAndTheNextOrdinaryRunGoesOnFromItsOwnState() throws IOException {
    PG.execute(
        "CREATE TABLE events (id int PRIMARY KEY, at timestamptz)",
        "INSERT INTO events SELECT g, TIMESTAMPTZ '2024-01-01 00:00:00Z' + g * INTERVAL '1 hour'"
            + " FROM generate_series(1, 100) g");
    Path file = Files.writeString(dir.resolve("events.yaml"), """
        name: events
        source:
          connector: postgres
          config: {host: %s, port: %d, database: %s, user: %s}
          streams: [{name: events, cursor: at}]
        destination: {connector: json, config: {path: %s}}
        """.formatted(PG.host(), PG.port(), PG.database(), PG.user(), dir.resolve("out")));
    String state = dir.resolve("state").toString();

    dagg("run", "--progress", "none", "--state-dir", state, "--cursor-from", "2024-01-02",
        "--cursor-to", "2024-01-02T05:00:00Z", file.toString());

    assertThat(lines()).hasSize(6).first().asString().contains("\"id\":24,");
    assertThat(files(dir.resolve("state"))).as("state saved by the backfill").isEmpty();

    dagg("run", "--progress", "none", "--state-dir", state, file.toString());
    assertThat(lines()).hasSize(6 + 100);
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }
}
