package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.run.FileStateStore;
import io.dataaggregator.engine.run.LocalRunner;
import io.dataaggregator.engine.run.RunListener;
import io.dataaggregator.engine.run.RunOptions;
import io.dataaggregator.engine.run.RunResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.type.Batch;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lookup step reading its reference table from a database with a query: it enriches like the
 * database's join, and a query's rows are typed as the table read. The airports and flights of
 * {@link LookupData} are loaded by the subclass.
 */
abstract class LookupContract<C extends Record> {
  final JdbcTestDb<C> db;

  @TempDir Path state;

  LookupContract(JdbcTestDb<C> db) {
    this.db = db;
  }

  /** Flights from the database through {@code steps} into table {@code table}. */
  abstract Plan plan(String steps, String table);

  /** The {@code query} setting of a lookup running {@code sql} on the database, as YAML. */
  abstract String query(String sql);

  /** SQL true when {@code a} equals {@code b} or both are null. */
  abstract String nullSafeEquals(String a, String b);

  /** SQL listing name and data type of every column of {@code table}, by name. */
  abstract String columnTypesSql(String table);

  /** The data type the destination gives an added string column. */
  abstract String stringType();

  /** The data type the destination gives an added double column. */
  abstract String doubleType();

  /** Statements creating table {@code typed} with a column of every type and rows to read. */
  abstract String[] createTyped();

  /** Builds the steps for the flights table, as a run does before its first row. */
  StepChain steps(String steps) {
    Plan plan = plan(steps, "unused");
    return StepChain.build(
        plan.links(), db.stream("flights").schema(), plan.stepContext("flights"));
  }

  long scalar(String sql) {
    return Long.parseLong(db.text(sql).get(0).get(0));
  }

  @Test
  void enrichesFlightsWithTheirOriginAirportAsTheDatabaseJoinsThem() {
    RunResult result =
        new LocalRunner(new FileStateStore(state), RunOptions.DEFAULT, RunListener.NONE)
            .run(
                plan(
                    """
                    - lookup:
                        query: %s
                        key: {origin: iata}
                        columns: {name: origin_name, state: origin_state, latitude: origin_latitude}
                    """
                        .formatted(query("select iata, name, state, latitude from airports")),
                    "flights_enriched"));
    assertThat(result.succeeded()).as(result.toString()).isTrue();
    assertThat(result.total().balances()).isTrue();

    assertThat(db.count("flights_enriched")).isEqualTo(LookupData.FLIGHTS);
    long joined = scalar("SELECT count(*) FROM flights f JOIN airports a ON a.iata = f.origin");
    assertThat(joined).isPositive();
    assertThat(
            scalar(
                "SELECT count(*) FROM flights_enriched e JOIN airports a ON a.iata = e.origin"
                    + " WHERE e.origin_name = a.name AND "
                    + nullSafeEquals("e.origin_state", "a.state")
                    + " AND e.origin_latitude = a.latitude"))
        .isEqualTo(joined);
    assertThat(scalar("SELECT count(*) FROM flights_enriched WHERE origin_name IS NULL"))
        .isEqualTo(LookupData.FLIGHTS - joined);
    assertThat(db.text(columnTypesSql("flights_enriched")))
        .filteredOn(c -> c.get(0).startsWith("origin_"))
        .as("the added columns keep the database's types")
        .containsExactly(
            List.of("origin_latitude", doubleType()),
            List.of("origin_name", stringType()),
            List.of("origin_state", stringType()));
  }

  @Test
  void typesAndValuesOfAQueryAreThoseOfTheTableRead() {
    db.execute(createTyped());
    var table = db.readAll(db.config(), db.stream("typed"), Checkpoint.START);
    try (var query = db.source().query(db.config(), "select * from typed -- every type")) {
      assertThat(query.schema().fields())
          .extracting(f -> f.name() + " " + f.type())
          .containsExactlyElementsOf(
              db.stream("typed").schema().fields().stream()
                  .map(f -> f.name() + " " + f.type())
                  .toList());
      Batch rows = query.next();
      assertThat(rows.rows()).hasSize(2);
      for (int r = 0; r < 2; r++) {
        assertThat(rows.rows().get(r)).containsExactly(table.rows().get(r));
      }
      assertThat(query.next()).isNull();
    }
  }
}
