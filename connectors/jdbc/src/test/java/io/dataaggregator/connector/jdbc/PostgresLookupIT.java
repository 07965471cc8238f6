package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.pipeline.InvalidPipelineException;
import io.dataaggregator.engine.pipeline.PipelineReader;
import io.dataaggregator.engine.plan.ConnectionResolver;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.PlanCompiler;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lookup step reading its reference table from PostgreSQL with a query. */
class PostgresLookupIT extends LookupContract<PostgresConfig> {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  PostgresLookupIT() {
    super(new PgTestDb(PG));
  }

  @BeforeAll
  static void loadAirportsAndFlights() throws SQLException {
    try (Connection c = PG.connect()) {
      LookupData.load(c, "text", "double precision", "integer PRIMARY KEY");
    }
  }

  private static Map<String, Object> connection() {
    return Map.of(
        "host", PG.host(), "port", PG.port(), "database", PG.database(), "user", PG.user());
  }

  /** The stored connection {@code warehouse}, as the server would resolve it. */
  private static final ConnectionResolver WAREHOUSE =
      name ->
          name.equals("warehouse")
              ? Optional.of(new ConnectionResolver.StoredConnection("postgres", connection()))
              : Optional.empty();

  /** Flights from PostgreSQL through {@code steps} into table {@code table}. */
  @Override
  Plan plan(String steps, String table) {
    String yaml =
        """
        name: flights-%s
        source:
          connector: postgres
          config: {host: %s, port: %d, database: %s, user: %s, tables: [flights]}
        transforms:
        %s
        destination:
          connector: postgres
          config: {host: %s, port: %d, database: %s, user: %s}
          table: %s
          mode: overwrite
        """
            .formatted(
                table,
                PG.host(),
                PG.port(),
                PG.database(),
                PG.user(),
                steps.indent(2),
                PG.host(),
                PG.port(),
                PG.database(),
                PG.user(),
                table);
    var spec = new PipelineReader(Map.<String, String>of()::get).parse(yaml, table + ".yaml");
    return new PlanCompiler(Registry.load(), WAREHOUSE).compile(spec);
  }

  private static String lookup(String sql) {
    return """
    - lookup:
        query: {connection: warehouse, sql: "%s", cache_seconds: 0}
        key: {origin: iata}
        columns: {name: origin_name}
    """
        .formatted(sql);
  }

  @Override
  String query(String sql) {
    return "{connection: warehouse, sql: \"%s\"}".formatted(sql);
  }

  @Override
  String nullSafeEquals(String a, String b) {
    return a + " IS NOT DISTINCT FROM " + b;
  }

  @Override
  String columnTypesSql(String table) {
    return "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema ="
        + " current_schema() AND table_name = '"
        + table
        + "' ORDER BY column_name";
  }

  @Override
  String stringType() {
    return "text";
  }

  @Override
  String doubleType() {
    return "double precision";
  }

  @Override
  String[] createTyped() {
    return new String[] {
      "CREATE TYPE mood AS ENUM ('calm', 'angry')",
      "CREATE TABLE typed (b bool, i2 int2, i4 int4, i8 int8, n numeric(12,2), nu numeric,"
          + " f4 float4, f8 float8, t text, v varchar(10), c char(3), u uuid, d date, tm time,"
          + " ts timestamp, tstz timestamptz, by bytea, j json, jb jsonb, iv interval, arr int[],"
          + " e mood)",
      "INSERT INTO typed VALUES (true, 2, 4, 8, 1234567890.12, 3.14159265358979, 1.5, 2.25,"
          + " 'text', 'varchar', 'abc', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2024-02-29',"
          + " '13:14:15.123456', '2024-02-29 13:14:15.123456', '2024-02-29 13:14:15+02',"
          + " '\\x0102ff', '{\"a\": [1, 2]}', '{\"b\": null}', '1 day 2 hours', '{1,2,3}',"
          + " 'angry'), (null, null, null, null, null, null, null, null, null, null, null, null,"
          + " null, null, null, null, null, null, null, null, null, null)"
    };
  }

  @Test
  void matchesIntegerKeysAgainstBigintNumericAndTextColumns() {
    CatalogStream stream = db.stream("flights");
    Batch flights =
        new Batch(stream.schema(), db.readAll(db.config(), stream, Checkpoint.START).rows());
    int delay = flights.schema().require("delay");
    // delay is an integer column; the bands' key is bigint, numeric(6,1) and text in turn.
    for (String key : List.of("g::bigint", "g::numeric(6,1)", "g::text")) {
      StepChain chain =
          steps(
              """
              - lookup:
                  query:
                    connector: postgres
                    config: {host: %s, port: %d, database: %s, user: %s}
                    sql: "select %s as minutes, g / 15 as band from generate_series(-200, 2000) g"
                  key: {delay: minutes}
                  columns: [band]
              """
                  .formatted(PG.host(), PG.port(), PG.database(), PG.user(), key));
      Batch out = chain.apply(flights);
      assertThat(out.schema().field(out.schema().size() - 1).type()).isEqualTo(DataType.INT);
      assertThat(out.rows()).hasSize(LookupData.FLIGHTS);
      for (Object[] row : out.rows()) {
        assertThat(row[row.length - 1]).as(key).isEqualTo((Integer) row[delay] / 15);
      }
    }
  }

  @Test
  void reportsWhatTheDatabaseRefusesNamingTheStepAndTheSetting() {
    assertThatThrownBy(() -> steps(lookup("select iata, from airports")))
        .isInstanceOfSatisfying(
            StepConfigException.class,
            e -> {
              assertThat(e.field()).isEqualTo("transforms[0].query.sql");
              assertThat(e.errorCode().isInputError()).isTrue();
            })
        .hasMessageStartingWith("step 1 (lookup): query.sql: syntax error at or near \"from\"");
    assertThatThrownBy(() -> steps(lookup("select iata, nam from airports")))
        .hasMessageStartingWith("step 1 (lookup): query.sql: column \"nam\" does not exist");
    assertThatThrownBy(() -> steps(lookup("select iata, name from airportz")))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NOT_FOUND))
        .hasMessageStartingWith("step 1 (lookup): query.sql: relation \"airportz\" does not exist");
    assertThatThrownBy(() -> steps(lookup("select state as iata, name from airports")))
        .hasMessageStartingWith("step 1 (lookup): query.sql: the query returns the key [MS] twice");
    assertThatThrownBy(() -> steps(lookup("select name from airports")))
        .hasMessageStartingWith(
            "step 1 (lookup): key: the query returns no column 'iata'; its columns are [name]");
    assertThatThrownBy(
            () ->
                steps(
                    lookup(
                        "select a.iata, b.iata, a.name from airports a join airports b using"
                            + " (iata)")))
        .hasMessageContaining(
            "the query returns two columns named 'iata'; name them apart with AS");
  }

  @Test
  void refusesAQueryTheUserMayNotRunNamingTheRight() {
    String reader = PG.database() + "_lookup";
    PG.execute("CREATE ROLE " + reader + " LOGIN");
    try {
      var config =
          "{host: %s, port: %d, database: %s, user: %s}"
              .formatted(PG.host(), PG.port(), PG.database(), reader);
      assertThatThrownBy(
              () ->
                  steps(
                      "- lookup: {query: {connector: postgres, config: %s, sql: \"select iata,"
                              .formatted(config)
                          + " name from airports\"}, key: {origin: iata}, columns: [name]}"))
          .isInstanceOfSatisfying(
              ConnectorException.class,
              e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.PERMISSION_DENIED))
          .hasMessageStartingWith(
              "step 1 (lookup): query.sql: permission denied for table airports");
    } finally {
      PG.execute("DROP OWNED BY " + reader, "DROP ROLE " + reader);
    }
  }

  @Test
  void refusesTooManyRowsNamingTheLimit() {
    assertThatThrownBy(
            () ->
                steps(
                    lookup(
                        "select g::text as iata, 'x' as name from generate_series(1, 1000001) g")))
        .hasMessage(
            "step 1 (lookup): query.sql: the query returns more than 1000000 rows; a lookup is for"
                + " small reference tables (filter or aggregate in the query)");
  }

  @Test
  void cannotWriteThroughALookup() {
    PG.execute(
        "CREATE FUNCTION wipe_airports() RETURNS bigint LANGUAGE sql AS"
            + " 'DELETE FROM airports RETURNING 1; SELECT 1::bigint'");
    assertThatThrownBy(() -> plan(lookup("insert into airports (iata) values ('ZZZ')"), "unused"))
        .isInstanceOfSatisfying(
            InvalidPipelineException.class,
            e ->
                assertThat(e.problems().getFirst().toString())
                    .endsWith(
                        "transforms[0].lookup.query.sql: only a read query may run here (SELECT or"
                            + " WITH ...), not INSERT"));
    assertThatThrownBy(() -> plan(lookup("drop table airports"), "unused"))
        .hasMessageContaining("only a read query may run here (SELECT or WITH ...), not DROP");
    assertThatThrownBy(
            () ->
                steps(
                    lookup(
                        "with gone as (delete from airports returning iata) select iata, iata as"
                            + " name from gone")))
        .hasMessageContaining("WITH clause containing a data-modifying statement");
    assertThatThrownBy(() -> steps(lookup("select 'x' as iata, wipe_airports()::text as name")))
        .hasMessageContaining("cannot execute DELETE in a read-only transaction");
    assertThatThrownBy(() -> steps(lookup("select iata, name from airports; drop table airports")))
        .hasMessageContaining("syntax error");
    assertThatThrownBy(() -> db.source().query(db.config(), "delete from airports"))
        .isInstanceOfSatisfying(
            ConnectorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.INVALID_CONFIG));
    assertThat(db.count("airports")).isEqualTo(LookupData.AIRPORTS);
  }
}
