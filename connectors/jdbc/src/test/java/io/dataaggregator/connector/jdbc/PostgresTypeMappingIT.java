package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.PgTestSupport.config;
import static io.dataaggregator.connector.jdbc.PgTestSupport.query;
import static io.dataaggregator.connector.jdbc.PgTestSupport.readAll;
import static io.dataaggregator.connector.jdbc.PgTestSupport.stream;
import static io.dataaggregator.connector.jdbc.PgTestSupport.target;
import static io.dataaggregator.connector.jdbc.PgTestSupport.writeAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTypeMappingIT {
  @RegisterExtension static final ThrowawayPostgres PG = new ThrowawayPostgres();

  private static final Schema ALL_TYPES =
      Schema.of(
          Field.of("b", DataType.BOOLEAN),
          Field.of("i", DataType.INT),
          Field.of("l", DataType.BIGINT),
          Field.of("d", DataType.decimal(30, 9)),
          Field.of("f", DataType.DOUBLE),
          Field.of("s", DataType.STRING),
          Field.of("dt", DataType.DATE),
          Field.of("t", DataType.TIME),
          Field.of("ts", DataType.TIMESTAMP),
          Field.of("tz", DataType.TIMESTAMP_TZ),
          Field.of("by", DataType.BYTES),
          Field.of("j", DataType.JSON));

  @Test
  void writesEachOfTheTwelveTypesAndReadsThemBackEqual() {
    roundTrip("all_types");
  }

  @Test
  void writesTheTwelveTypesAsTextWhenAColumnIsNotExactlyOurTypeAndReadsThemBackEqual() {
    // varchar instead of text makes the load use COPY's text format for every column
    PG.execute(
        "CREATE TABLE all_types_text (b boolean, i integer, l bigint, d numeric(30,9),"
            + " f double precision, s varchar(100), dt date, t time, ts timestamp, tz timestamptz,"
            + " by bytea, j jsonb)");
    roundTrip("all_types_text");
  }

  @Test
  void decimalsRoundTripExactly() {
    Schema schema = Schema.of(Field.of("d", DataType.decimal(60, 20)));
    List<String> values =
        List.of(
            "0",
            "-1",
            "0.00000000000000000001",
            "-0.0001",
            "9999.9999",
            "10000",
            "1E+30",
            "12345678901234567890123456789012345678.12345678901234567891",
            "-99999999999999999999999999999999999999.99999999999999999999",
            "3.14159265358979323846");
    var rows = values.stream().map(v -> new Object[] {new BigDecimal(v)}).toList();
    writeAll(config(PG), target("decimals", schema, WriteMode.APPEND), new Batch(schema, rows));
    var read = readAll(config(PG), stream(config(PG), "decimals"), Checkpoint.START).rows();
    assertThat(read)
        .extracting(r -> ((BigDecimal) r[0]).stripTrailingZeros())
        .containsExactlyElementsOf(
            values.stream().map(v -> new BigDecimal(v).stripTrailingZeros()).toList());
    assertThat(query(PG, "SELECT d::text FROM decimals LIMIT 1 OFFSET 7").get(0).get(0))
        .isEqualTo("12345678901234567890123456789012345678.12345678901234567891");
  }

  private static void roundTrip(String table) {
    Object[] full = {
      true,
      -2147483648,
      9223372036854775807L,
      new BigDecimal("-123456789012345678901.123456789"),
      0.1,
      "tab\there\nnew \\ line é😀",
      LocalDate.of(1999, 12, 31),
      LocalTime.of(23, 59, 58, 123_456_000),
      LocalDateTime.of(2024, 2, 29, 12, 30, 45, 1000),
      OffsetDateTime.of(2024, 6, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)),
      new byte[] {0, 1, (byte) 0xfe, '\\', '\n'},
      new JsonText("{\"a\": [1, 2.5, \"x\"]}")
    };
    Object[] nulls = new Object[12];
    Object[] edges = {
      false,
      0,
      -1L,
      new BigDecimal("0.000000001"),
      -1.5e-300,
      "",
      LocalDate.of(1, 1, 1),
      LocalTime.MIDNIGHT,
      LocalDateTime.of(1900, 1, 1, 0, 0),
      OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(-9, -30)),
      new byte[0],
      new JsonText("[]")
    };
    writeAll(
        config(PG),
        target(table, ALL_TYPES, WriteMode.APPEND),
        new Batch(ALL_TYPES, List.of(full, nulls, edges)));

    CatalogStream stream = stream(config(PG), table);
    assertThat(stream.schema().fields())
        .extracting(Field::type)
        .containsExactlyElementsOf(ALL_TYPES.fields().stream().map(Field::type).toList());
    assertThat(query(PG, "SELECT count(*) FROM " + table + " WHERE d IS NOT NULL").get(0).get(0))
        .isEqualTo(2L);
    List<Object[]> rows = readAll(config(PG), stream, Checkpoint.START).rows();
    assertThat(rows).hasSize(3);
    assertSameValues(rows.get(0), full);
    assertThat(rows.get(1)).containsOnlyNulls();
    assertSameValues(rows.get(2), edges);
  }

  @Test
  void createsColumnsWithThePostgresTypesOfTheMapping() {
    writeAll(
        config(PG),
        target("created", ALL_TYPES, WriteMode.APPEND),
        new Batch(ALL_TYPES, List.of()));
    var types =
        query(
            PG,
            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'created'::regclass AND attnum > 0 ORDER BY attnum");
    assertThat(types)
        .extracting(r -> r.get(0))
        .containsExactly(
            "boolean",
            "integer",
            "bigint",
            "numeric(30,9)",
            "double precision",
            "text",
            "date",
            "time without time zone",
            "timestamp without time zone",
            "timestamp with time zone",
            "bytea",
            "jsonb");
  }

  @Test
  void mapsPostgresTypesToOursAndReadsOthersAsText() {
    PG.execute(
        "CREATE TYPE mood AS ENUM ('sad', 'happy')",
        "CREATE DOMAIN positive AS integer CHECK (VALUE > 0)",
        "CREATE TABLE pg_types (a smallint, b integer, c bigint, d numeric(12,2), e numeric,"
            + " f real, g varchar(10), h char(3), i uuid, j mood, k interval, l inet, m int[],"
            + " n timetz, o json, p jsonb, q bytea, r positive, s float8)",
        "INSERT INTO pg_types VALUES (1, 2, 3, 4.50, 3.14159265358979323846264338, 0.1, 'v',"
            + " 'ab', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'happy', '1 day 2 hours',"
            + " '10.1.2.3/32', '{1,2}', '10:00+02', '{\"k\": 1}', '{\"k\": 1}', '\\x00ff', 7,"
            + " 'NaN')");
    CatalogStream stream = stream(config(PG), "pg_types");
    assertThat(stream.schema().fields())
        .extracting(f -> f.type().toString())
        .containsExactly(
            "int",
            "int",
            "bigint",
            "decimal(12,2)",
            "decimal(38,10)",
            "double",
            "string",
            "string",
            "string",
            "string",
            "string",
            "string",
            "string",
            "string",
            "json",
            "json",
            "bytes",
            "int",
            "double");
    Object[] row = readAll(config(PG), stream, Checkpoint.START).rows().get(0);
    assertThat(row)
        .containsExactly(
            1,
            2,
            3L,
            new BigDecimal("4.50"),
            new BigDecimal("3.14159265358979323846264338"),
            0.1,
            "v",
            "ab ",
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
            "happy",
            "1 day 02:00:00",
            "10.1.2.3/32",
            "{1,2}",
            "10:00:00+02",
            new JsonText("{\"k\": 1}"),
            new JsonText("{\"k\": 1}"),
            row[16],
            7,
            Double.NaN);
    assertThat((byte[]) row[16]).containsExactly(0, 0xff);
  }

  @Test
  void offersTimestampDateAndIntegerColumnsAsCursorsAndTheKeyAsPrimaryKey() {
    PG.execute(
        "CREATE TABLE cursors (id bigint PRIMARY KEY, name text, updated timestamptz,"
            + " day date, version int, ratio float8)");
    CatalogStream stream = stream(config(PG), "cursors");
    assertThat(stream.primaryKey()).containsExactly("id");
    assertThat(stream.cursorCandidates()).containsExactly("id", "updated", "day", "version");
  }

  private static void assertSameValues(Object[] actual, Object[] expected) {
    for (int i = 0; i < expected.length; i++) {
      String what = ALL_TYPES.field(i).name();
      Object e = expected[i];
      Object a = actual[i];
      switch (e) {
        case BigDecimal d -> assertThat(((BigDecimal) a).compareTo(d)).as(what).isZero();
        case OffsetDateTime t -> {
          assertThat(((OffsetDateTime) a).toInstant()).as(what).isEqualTo(t.toInstant());
          assertThat(((OffsetDateTime) a).getOffset()).as(what).isEqualTo(ZoneOffset.UTC);
        }
        case byte[] b -> assertThat((byte[]) a).as(what).isEqualTo(b);
        case JsonText j -> assertThat(tree(a)).as(what).isEqualTo(tree(j));
        default -> assertThat(a).as(what).isEqualTo(e);
      }
    }
  }

  private static Object tree(Object json) {
    return ConfigBinder.MAPPER.readTree(((JsonText) json).json());
  }
}
