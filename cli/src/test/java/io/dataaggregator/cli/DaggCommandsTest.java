package io.dataaggregator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as users call them, in-process, on the bundled example data. */
class DaggCommandsTest {
  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

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
      return new Result(exit, out.toString(StandardCharsets.UTF_8), err + errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private Path pipeline(String yaml) throws IOException {
    return Files.writeString(dir.resolve("p.yaml"), yaml.replace("OUT", dir.resolve("out").toString()));
  }

  private static Path example(String name) {
    return Path.of("..", "examples", "data", name).toAbsolutePath().normalize();
  }

  @Test
  void runWritesTheRowsAndPrintsABalancedLedger() throws IOException {
    Path file = pipeline("""
        name: airports
        source: {connector: csv, config: {path: %s}}
        transforms:
          - filter: "state == 'CA'"
        destination: {connector: json, config: {path: OUT}, mode: overwrite}
        """.formatted(example("airports.csv")));

    Result r = dagg("run", "--progress", "none", "--state-dir", dir.resolve("state").toString(), file.toString());

    assertThat(r.exit()).isZero();
    long written = Files.readAllLines(dir.resolve("out/airports.jsonl")).size();
    assertThat(written).isBetween(100L, 3375L);
    assertThat(r.out()).contains("airports succeeded").contains("3,376 rows read, " + String.format("%,d", written) + " written, 0 rejected, "
        + String.format("%,d", 3376 - written) + " filtered");
  }

  @Test
  void anInvalidPipelineExitsWithTwoAndNamesEveryProblemsLine() throws IOException {
    Path file = pipeline("""
        name: bad
        source: {connector: csv, config: {path: x.csv, delimiter: 7, colour: red}}
        destination: {connector: nowhere}
        """);

    Result r = dagg("validate", file.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("line 2, source.config.colour: is not a known setting")
        .contains("line 3, destination.connector: unknown destination 'nowhere'");
  }

  @Test
  void aRunPastTheRejectedThresholdExitsWithOneAndKeepsTheBadRows() throws IOException {
    Path file = pipeline("""
        name: stations
        source:
          connector: csv
          config: {path: %s, stream: stations, columns: {id: int, opened: date, elevation_m: int}}
        destination: {connector: json, config: {path: OUT}}
        quality: {max_rejected_ratio: 0.1}
        """.formatted(example("stations-messy.csv")));

    Result r = dagg("run", "--progress", "none", "--state-dir", dir.resolve("state").toString(), file.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("3 of 6 rows rejected (50.00%), more than quality.max_rejected_ratio 10.00%");
    assertThat(Files.readString(dir.resolve("out/stations__rejected.jsonl")))
        .contains("'2003-13-01' is not a date").contains("5 fields, expected 4");
  }

  @Test
  void connectorsListsEverySourceDestinationAndStep() {
    Result r = dagg("connectors");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("csv (source, destination)", "json (source, destination)",
        "postgres (source, destination)", "http (source)", "kafka (source, destination)", "cast (step)");
  }

  @Test
  void previewShowsTheRowsAfterAStep() throws IOException {
    Path file = pipeline("""
        name: airports
        source: {connector: csv, config: {path: %s}}
        transforms:
          - select: [iata, state]
        destination: {connector: json, config: {path: OUT}}
        """.formatted(example("airports.csv")));

    Result r = dagg("preview", "--rows", "3", file.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("after step 1 select (3 rows, 0 rejected)").contains("iata  state").contains("00M   MS");
  }

  @Test
  void aMissingFileIsAnInputError() throws IOException {
    Path file = pipeline("""
        name: gone
        source: {connector: csv, config: {path: /no/such/file.csv}}
        destination: {connector: json, config: {path: OUT}}
        """);

    Result r = dagg("run", "--progress", "none", "--state-dir", dir.resolve("state").toString(), file.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("/no/such/file.csv");
  }

  @Test
  void aBackfillOfASourceThatCannotReadACursorRangeExitsWithTwoSayingSo() throws IOException {
    Path file = pipeline("""
        name: airports
        source: {connector: csv, config: {path: %s}, streams: [{name: airports, cursor: iata}]}
        destination: {connector: json, config: {path: OUT}}
        """.formatted(example("airports.csv")));

    Result r = dagg("run", "--progress", "none", "--state-dir", dir.resolve("state").toString(),
        "--cursor-from", "A", "--cursor-to", "B", file.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("error: connector csv cannot read a cursor range, so stream airports cannot be backfilled")
        .doesNotContain("Exception");
  }

  @Test
  void aCursorRangeNeedsBothEnds() throws IOException {
    Path file = pipeline("""
        name: airports
        source: {connector: csv, config: {path: %s}, streams: [{name: airports, cursor: iata}]}
        destination: {connector: json, config: {path: OUT}}
        """.formatted(example("airports.csv")));

    Result missing = dagg("run", "--cursor-from", "A", file.toString());
    Result blank = dagg("run", "--cursor-from", "A", "--cursor-to", " ", file.toString());

    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required argument").contains("--cursor-to");
    assertThat(blank.exit()).isEqualTo(2);
    assertThat(blank.err()).contains("--cursor-from and --cursor-to must not be empty");
  }

  private static final String QUAKES = """
      name: quakes
      source: {connector: json, config: {path: %s}}
      transforms:
        - flatten: {geometry: {coordinates: json}}
        - explode: {field: geometry_coordinates, type: double, as: value, index: axis, into: quake_coordinates, parent_key: [id]}
      destination: {connector: json, config: {path: OUT}, table: quakes}
      """;

  @Test
  void runListsTheChildStreamOfExplodeIntoWithItsOwnLedger() throws IOException {
    Path file = pipeline(QUAKES.formatted(example("earthquakes-60.json")));

    Result r = dagg("run", "--progress", "log", "--state-dir", dir.resolve("state").toString(), file.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("earthquakes-60 +quakes +succeeded +60 +60 +0 +0")
        .containsPattern("quake_coordinates +quake_coordinates +succeeded +0 +180 +0 +0  \\(\\+180 produced by steps\\)")
        .contains("quakes succeeded in").contains("60 rows read, 240 written, 0 rejected, 0 filtered");
    assertThat(r.err()).contains("quake_coordinates: starting into quake_coordinates")
        .contains("quake_coordinates: done, 180 rows written");
    assertThat(Files.readAllLines(dir.resolve("out/quakes.jsonl"))).hasSize(60)
        .allSatisfy(line -> assertThat(line).doesNotContain("geometry_coordinates"));
    assertThat(Files.readAllLines(dir.resolve("out/quake_coordinates.jsonl"))).hasSize(180)
        .startsWith("{\"id\":\"ci37868143\",\"axis\":0,\"value\":-118.6671667}");
  }

  @Test
  void previewShowsTheRowsSentIntoAChildStream() throws IOException {
    Path file = pipeline(QUAKES.formatted(example("earthquakes-60.json")));

    Result r = dagg("preview", "--rows", "2", file.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("after step 2 explode (2 rows, 0 rejected)")
        .contains("into child stream quake_coordinates by step 2 explode (6 rows)")
        .containsPattern("ci37868143 +0 +-118.6671667");
  }
}
