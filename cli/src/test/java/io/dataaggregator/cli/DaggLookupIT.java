package io.dataaggregator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.testkit.ThrowawayPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * {@code dagg validate}, {@code check} and {@code run} on a pipeline whose lookup reads the US
 * airports from PostgreSQL to enrich the bundled flights file.
 */
class DaggLookupIT {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  @BeforeAll
  static void loadAirports() throws SQLException, IOException {
    PG.execute(
        "CREATE TABLE airports (iata text PRIMARY KEY, name text, city text, state text,"
            + " country text, latitude double precision, longitude double precision)");
    try (Connection c = PG.connect();
        Reader csv = Files.newBufferedReader(example("airports.csv"))) {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("COPY airports FROM STDIN (FORMAT csv, HEADER true)", csv);
    }
  }

  private static Path example(String name) {
    return Path.of("..", "examples", "data", name).toAbsolutePath().normalize();
  }

  private Result dagg(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new StringWriter();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    var errBytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    try {
      int exit = Dagg.commandLine().setErr(new PrintWriter(err, true)).execute(args);
      return new Result(
          exit,
          out.toString(StandardCharsets.UTF_8),
          err + errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** Flights enriched by origin with {@code sql}, into JSON Lines. */
  private Path pipeline(String sql) throws IOException {
    return Files.writeString(
        dir.resolve("flights.yaml"),
        """
        name: flights
        source: {connector: json, config: {path: %s}}
        transforms:
          - lookup:
              query:
                connector: postgres
                config: {host: %s, port: %d, database: %s, user: %s}
                sql: "%s"
              key: {origin: iata}
              columns: {name: origin_name, latitude: origin_latitude}
        destination: {connector: json, config: {path: %s}, mode: overwrite}
        """
            .formatted(
                example("flights-2k.json"),
                PG.host(),
                PG.port(),
                PG.database(),
                PG.user(),
                sql,
                dir.resolve("out")));
  }

  private String[] run(Path file) {
    return new String[] {
      "run", "--progress", "none", "--state-dir", dir.resolve("state").toString(), file.toString()
    };
  }

  @Test
  void checkRunsTheQueryAndRunEnrichesEveryFlight() throws IOException {
    Path file = pipeline("select iata, name, latitude from airports");

    Result check = dagg("check", file.toString());
    assertThat(check.exit()).as(check.err()).isZero();
    assertThat(check.out()).containsPattern("step 1 +lookup +ok +query.sql returns 3376 rows");

    Result run = dagg(run(file));
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("out/flights-2k.jsonl"));
    assertThat(lines).hasSize(2000);
    assertThat(lines.getFirst())
        .contains("\"origin\":\"LAX\"")
        .contains("\"origin_name\":\"Los Angeles International\"")
        .contains("\"origin_latitude\":33.94");
  }

  @Test
  void aQueryTheDatabaseRefusesFailsCheckAndRunNamingTheStep() throws IOException {
    Path file = pipeline("select iata, nam, latitude from airports");

    Result check = dagg("check", file.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out())
        .containsPattern("step 1 +lookup +FAILED +query.sql: column \"nam\" does not exist");

    Result run = dagg(run(file));
    assertThat(run.exit()).as("the query is the user's input").isEqualTo(2);
    assertThat(run.err())
        .contains("step 1 (lookup): query.sql: column \"nam\" does not exist")
        .doesNotContain("Exception");
    assertThat(dir.resolve("out/flights-2k.jsonl")).doesNotExist();
  }

  @Test
  void validateRefusesAWritingQueryWithItsLineWithoutConnecting() throws IOException {
    Path file = pipeline("update airports set name = 'x'");

    Result validate = dagg("validate", file.toString());

    assertThat(validate.exit()).isEqualTo(2);
    assertThat(validate.err())
        .contains(
            "line 8, transforms[0].lookup.query.sql: only a read query may run here (SELECT or"
                + " WITH ...), not UPDATE");
    assertThat(count()).as("nothing changed").isEqualTo(3376);
  }

  private static long count() throws IOException {
    try (Connection c = PG.connect();
        var s = c.createStatement();
        var r = s.executeQuery("SELECT count(*) FROM airports WHERE name <> 'x'")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
