package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.jdbc.Flights.Flight;
import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.run.FileStateStore;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.RunListener;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.engine.type.Batch;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backfill reads of a JDBC source: a cursor range on real flights, on integer, date, timestamp and
 * timestamp with time zone cursors, checked row by row against the same flights filtered here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CursorRangeContract<C extends Record> {
  @TempDir Path state;

  abstract Source<C> source();

  /** The source's config reading {@code rows} rows per batch. */
  abstract C config(int rows);

  abstract void execute(List<String> sql);

  /** The flights table, its timestamp with time zone column named {@code departed_tz}. */
  abstract String createFlights();

  /** A literal {@code departed_tz} takes for {@code time}, in the session {@link #execute} opens. */
  abstract String tzLiteral(OffsetDateTime time);

  /** The first value of the first row {@code sql} returns, as text. */
  abstract String first(String sql);

  /** {@code connector: ..., config: {...}} of this database, for a pipeline file. */
  abstract String endpoint();

  @BeforeAll
  void flights() {
    var sql = new ArrayList<String>();
    sql.add(createFlights());
    sql.addAll(Flights.inserts(this::tzLiteral));
    execute(sql);
  }

  private CatalogStream flights(String cursor) {
    return source().discover(config(1000)).stream("flights").orElseThrow().incremental(cursor);
  }

  private List<Integer> read(String cursor, String from, String to) {
    return read(config(1000), flights(cursor), Checkpoint.START, new CursorRange(from, to)).ids();
  }

  private record Read(List<Integer> ids, Checkpoint checkpoint) {}

  private Read read(C config, CatalogStream stream, Checkpoint at, CursorRange range) {
    var ids = new ArrayList<Integer>();
    try (BatchReader r = source().read(config, stream, at, range)) {
      for (Batch b = r.next(); b != null; b = r.next()) {
        b.rows().forEach(row -> ids.add((Integer) row[0]));
      }
      return new Read(ids, r.checkpoint());
    }
  }

  @Test
  void readsAnIntegerRangeWithBothEndsIncluded() {
    assertThat(read("id", "101", "250"))
        .containsExactlyElementsOf(IntStream.rangeClosed(101, 250).boxed().toList());
    assertThat(read("id", "2000", "9999")).containsExactly(2000, Flights.NO_TIME);
  }

  @Test
  void readsATimestampRangeToTheMinuteWithBothEndsIncluded() {
    LocalDateTime from = LocalDateTime.parse("2001-01-10T08:47");
    LocalDateTime to = LocalDateTime.parse("2001-01-12T17:30");
    List<Integer> expected =
        Flights.ids(f -> !f.departed().isBefore(from) && !f.departed().isAfter(to));
    assertThat(expected).hasSizeBetween(50, 100);

    assertThat(read("departed", "2001-01-10T08:47:00", "2001-01-12 17:30"))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aDateBoundOnATimestampCursorTakesInTheWholeDay() {
    LocalDate from = LocalDate.parse("2001-02-10");
    LocalDate to = LocalDate.parse("2001-02-11");
    List<Integer> expected = Flights.ids(f -> Flights.between(f.departed().toLocalDate(), from, to));

    assertThat(read("departed", "2001-02-10", "2001-02-11"))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(read("departed_tz", "2001-02-10", "2001-02-11"))
        .as("days in UTC")
        .containsExactlyInAnyOrderElementsOf(
            Flights.ids(
                f ->
                    Flights.between(
                        f.departedTz().atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate(),
                        from,
                        to)));
  }

  @Test
  void readsADateRange() {
    LocalDate from = LocalDate.parse("2001-03-01");
    LocalDate to = LocalDate.parse("2001-03-05");
    List<Integer> expected = Flights.ids(f -> Flights.between(f.departed().toLocalDate(), from, to));
    assertThat(expected).hasSizeGreaterThan(80);

    assertThat(read("day", "2001-03-01", "2001-03-05"))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void readsATimestampWithTimeZoneRangeAsInstantsWhateverTheOffsets() {
    OffsetDateTime from = OffsetDateTime.parse("2001-03-01T12:55:00+01:00");
    OffsetDateTime to = OffsetDateTime.parse("2001-03-02T23:59:00Z");
    List<Integer> expected =
        Flights.ids(f -> !f.departedTz().isBefore(from) && !f.departedTz().isAfter(to));
    assertThat(expected).hasSizeGreaterThan(20);

    assertThat(read("departed_tz", "2001-03-01T12:55:00+01:00", "2001-03-02T23:59:00Z"))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void resumesInsideTheRangeFromACheckpointWithoutLosingOrRepeatingARow() {
    CatalogStream stream = flights("day");
    var range = new CursorRange("2001-01-20", "2001-01-25");
    Checkpoint at;
    var firstBatch = new ArrayList<Integer>();
    try (BatchReader r = source().read(config(40), stream, Checkpoint.START, range)) {
      r.next().rows().forEach(row -> firstBatch.add((Integer) row[0]));
      at = r.checkpoint();
    }
    Read rest = read(config(40), stream, at, range);

    var all = new ArrayList<>(firstBatch);
    all.addAll(rest.ids());
    assertThat(all)
        .containsExactlyInAnyOrderElementsOf(
            Flights.ids(
                f ->
                    Flights.between(
                        f.departed().toLocalDate(),
                        LocalDate.parse("2001-01-20"),
                        LocalDate.parse("2001-01-25"))));
    assertThat(firstBatch).hasSizeLessThan(all.size());
    assertThat(rest.checkpoint().state()).contains("2001-01-25");
  }

  @Test
  void refusesABoundThatIsNotOfTheCursorsTypeNamingStreamFieldAndValue() {
    assertThatThrownBy(() -> read("departed", "yesterday", "2001-01-02"))
        .isInstanceOf(ConnectorException.class)
        .hasMessageStartingWith(
            "cursor range of stream flights: from value 'yesterday' is not a timestamp"
                + " (2024-01-31T06:00:00), as the type of cursor field departed (")
        .hasMessageEndingWith(") requires");
    assertThatThrownBy(() -> read("id", "1", "1.5"))
        .hasMessageStartingWith(
            "cursor range of stream flights: to value '1.5' is not a whole number, as the type of"
                + " cursor field id (");
    assertThatThrownBy(() -> read("day", "2001-02-30", "2001-03-01"))
        .hasMessageContaining("from value '2001-02-30' is not a date");
    assertThatThrownBy(() -> read("departed", "2001-01-01T00:00:00Z", "2001-01-02"))
        .hasMessageContaining(
            "from value '2001-01-01T00:00:00Z' has a time zone offset, but cursor field departed");
    assertThatThrownBy(() -> read("id", "20", "10"))
        .hasMessage("cursor range of stream flights: from value '20' is after to value '10'");
  }

  @Test
  void readsATextRange() {
    assertThat(read("origin", "LAS", "LAX"))
        .containsExactlyInAnyOrderElementsOf(
            Flights.ids(f -> f.origin().compareTo("LAS") >= 0 && f.origin().compareTo("LAX") <= 0))
        .isNotEmpty();
  }

  @Test
  void aBackfillRunLeavesTheStreamsIncrementalStateAsItWas() {
    execute(List.of("CREATE TABLE flights_feed AS SELECT * FROM flights"));
    assertThat(run(RunOptions.DEFAULT).total().read()).isEqualTo(Flights.ALL.size() + 1);
    String checkpoint = first("SELECT checkpoint FROM _dagg_checkpoints");

    RunResult backfill = run(RunOptions.DEFAULT.withCursorRange(new CursorRange("10", "19")));

    assertThat(backfill.succeeded()).as(backfill.toString()).isTrue();
    assertThat(backfill.total().read()).isEqualTo(10);
    assertThat(first("SELECT checkpoint FROM _dagg_checkpoints")).isEqualTo(checkpoint);
    assertThat(first("SELECT count(*) FROM flights_copy WHERE id BETWEEN 10 AND 19"))
        .isEqualTo("20");
    assertThat(first("SELECT count(*) FROM flights_copy")).isEqualTo("2011");

    Flight last = Flights.ALL.getLast();
    execute(
        List.of(
            "INSERT INTO flights_feed (id, delay, distance, origin, destination) VALUES (3000, 1, 2,"
                + " '"
                + last.origin()
                + "', 'NEW')"));
    assertThat(run(RunOptions.DEFAULT).total().read()).as("only the new flight").isEqualTo(1);
  }

  private RunResult run(RunOptions options) {
    String yaml =
        "name: flights-copy\nsource: {"
            + endpoint()
            + ", streams: [{name: flights_feed, cursor: id}]}\ndestination: {"
            + endpoint()
            + ", table: flights_copy, mode: append}\n";
    var plan =
        new PlanCompiler(Registry.load())
            .compile(new PipelineReader(Map.<String, String>of()::get).parse(yaml, "flights.yaml"));
    return new LocalRunner(new FileStateStore(state), options, RunListener.NONE).run(plan);
  }
}
