package io.dataaggregator.connector.jdbc;

import static io.dataaggregator.connector.jdbc.MyTestSupport.DESTINATION;
import static io.dataaggregator.connector.jdbc.MyTestSupport.config;
import static io.dataaggregator.connector.jdbc.MyTestSupport.readAll;
import static io.dataaggregator.connector.jdbc.MyTestSupport.stream;
import static io.dataaggregator.connector.jdbc.MyTestSupport.target;
import static io.dataaggregator.connector.jdbc.MyTestSupport.text;
import static io.dataaggregator.connector.jdbc.MyTestSupport.writeAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.jdbc.JdbcTestDb.ReadResult;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.testkit.ThrowawayMariaDb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The type mapping of {@link MysqlTypes}, both ways, on MariaDB. */
class MysqlTypeMappingIT {
  @RegisterExtension static final ThrowawayMariaDb DB = new ThrowawayMariaDb();

  private static final Schema ALL_TYPES =
      Schema.of(
          Field.of("b", DataType.BOOLEAN),
          Field.of("i", DataType.INT),
          Field.of("l", DataType.BIGINT),
          Field.of("d", DataType.decimal(38, 10)),
          Field.of("f", DataType.DOUBLE),
          Field.of("s", DataType.STRING),
          Field.of("dt", DataType.DATE),
          Field.of("t", DataType.TIME),
          Field.of("ts", DataType.TIMESTAMP),
          Field.of("tz", DataType.TIMESTAMP_TZ),
          Field.of("by", DataType.BYTES),
          Field.of("j", DataType.JSON));

  private static final Object[] VALUES = {
    true,
    -2_147_483_648,
    Long.MAX_VALUE,
    new BigDecimal("1234567890123456789012345678.0123456789"),
    -1.5e300,
    "tab\there\nnewline \\ backslash 'quote' caf\u00e9 \uD83D\uDE00 and NUL\0end",
    LocalDate.of(1000, 1, 1),
    LocalTime.of(23, 59, 59, 999_999_000),
    LocalDateTime.of(9999, 12, 31, 23, 59, 59, 123_456_000),
    OffsetDateTime.of(2030, 6, 1, 12, 0, 0, 500_000_000, ZoneOffset.ofHours(2)),
    new byte[] {0, 9, 10, 13, 92, (byte) 0xff, 'N'},
    new JsonText("{\"a\": [1, 2.5, \"\uD83D\uDE00\"], \"b\": null}")
  };

  @ParameterizedTest
  @EnumSource(names = {"load_data", "insert"})
  void writesEachOfTheTwelveTypesAndReadsThemBackEqual(MysqlConfig.BulkLoad path) {
    String table = "all_" + path.name();
    Object[] nulls = new Object[ALL_TYPES.size()];
    writeAll(
        config(DB).withLoading(path, 100_000),
        target(table, ALL_TYPES, WriteMode.APPEND),
        new Batch(ALL_TYPES, List.of(VALUES, nulls)));

    CatalogStream s = stream(config(DB), table);
    assertThat(s.schema().fields())
        .extracting(Field::type)
        .containsExactlyElementsOf(ALL_TYPES.fields().stream().map(Field::type).toList());
    ReadResult r = readAll(config(DB), s, Checkpoint.START);
    assertThat(r.rejections()).isEmpty();
    assertThat(r.rows()).hasSize(2);
    Object[] back = r.rows().stream().filter(row -> row[0] != null).findFirst().orElseThrow();
    for (int i = 0; i < VALUES.length; i++) {
      Object expected =
          VALUES[i] instanceof OffsetDateTime t
              ? t.withOffsetSameInstant(ZoneOffset.UTC)
              : VALUES[i];
      assertThat(back[i]).as(ALL_TYPES.field(i).name()).isEqualTo(expected);
    }
    assertThat(r.rows()).anySatisfy(row -> assertThat(row).containsOnlyNulls());
  }

  @Test
  void createsTheDocumentedColumnTypes() {
    Schema keyed =
        Schema.of(
            new Field("k", DataType.STRING, false),
            new Field("n", DataType.INT, false),
            Field.of("s", DataType.STRING),
            Field.of("by", DataType.BYTES));
    writeAll(config(DB), target("created", ALL_TYPES, WriteMode.APPEND));
    writeAll(config(DB), target("created_key", keyed, WriteMode.UPSERT, "k"));
    assertThat(columnTypes("created"))
        .containsExactly(
            "tinyint(1)",
            "int(11)",
            "bigint(20)",
            "decimal(38,10)",
            "double",
            "longtext",
            "date",
            "time(6)",
            "datetime(6)",
            "timestamp(6)",
            "longblob",
            "longtext");
    assertThat(columnTypes("created_key"))
        .containsExactly("varchar(255)", "int(11)", "longtext", "longblob");
    assertThat(
            text(
                DB,
                "SELECT ENGINE, TABLE_COLLATION FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'created'"))
        .containsExactly(List.of("InnoDB", "utf8mb4_bin"));
    assertThat(
            text(
                DB,
                "SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'created'"))
        .as("MariaDB's JSON is a LONGTEXT checked with json_valid")
        .containsExactly(List.of("json_valid(`j`)"));
  }

  private static List<String> columnTypes(String table) {
    return text(
            DB,
            "SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_NAME = '"
                + table
                + "' ORDER BY ORDINAL_POSITION")
        .stream()
        .map(r -> r.get(0))
        .toList();
  }

  @Test
  void readsTheNativeTypesAsDocumented() {
    DB.execute(
        "CREATE TABLE native (bo tinyint(1), bi bit(1), ti tinyint, su smallint unsigned,"
            + " mi mediumint, iu int unsigned, bg bigint, bu bigint unsigned, de decimal(38,10),"
            + " fl float, yr year, en enum('x','y'), st set('p','q'), ch char(3), bn binary(2),"
            + " js json, pt point, b5 bit(5), tm time(3), dtm datetime, tsp timestamp(6) NULL)",
        "INSERT INTO native VALUES (1, b'1', -128, 65535, -8388608, 4294967295,"
            + " -9223372036854775808, 18446744073709551615,"
            + " -1234567890123456789012345678.0123456789, 1.1, 2155, 'y', 'p,q', 'ab', 'z',"
            + " '{\"k\": 1}', POINT(1, 2), b'10101', '12:34:56.789', '2024-02-29 23:59:59',"
            + " '2038-01-19 03:14:07.999999')");
    CatalogStream s = stream(config(DB), "native");
    assertThat(s.schema().fields())
        .extracting(Field::type)
        .containsExactly(
            DataType.BOOLEAN,
            DataType.BOOLEAN,
            DataType.INT,
            DataType.INT,
            DataType.INT,
            DataType.BIGINT,
            DataType.BIGINT,
            DataType.decimal(20, 0),
            DataType.decimal(38, 10),
            DataType.DOUBLE,
            DataType.INT,
            DataType.STRING,
            DataType.STRING,
            DataType.STRING,
            DataType.BYTES,
            DataType.JSON,
            DataType.STRING,
            DataType.BIGINT,
            DataType.TIME,
            DataType.TIMESTAMP,
            DataType.TIMESTAMP_TZ);
    Object[] row = readAll(config(DB), s, Checkpoint.START).rows().get(0);
    assertThat(row)
        .containsExactly(
            true,
            true,
            -128,
            65535,
            -8388608,
            4294967295L,
            Long.MIN_VALUE,
            new BigDecimal("18446744073709551615"),
            new BigDecimal("-1234567890123456789012345678.0123456789"),
            1.1,
            2155,
            "y",
            "p,q",
            "ab",
            new byte[] {'z', 0},
            new JsonText("{\"k\": 1}"),
            "POINT(1 2)",
            21L,
            LocalTime.of(12, 34, 56, 789_000_000),
            LocalDateTime.of(2024, 2, 29, 23, 59, 59),
            OffsetDateTime.of(2038, 1, 19, 3, 14, 7, 999_999_000, ZoneOffset.UTC));
  }

  @Test
  void keepsFourByteUtf8BothWays() {
    String text = "\uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD na\u00efve \u4e2d\u6587 \uD834\uDD1E";
    DB.execute(
        "CREATE TABLE emoji_in (s varchar(40)) CHARACTER SET utf8mb4",
        "INSERT INTO emoji_in VALUES ('" + text + "')");
    assertThat(readAll(config(DB), stream(config(DB), "emoji_in"), Checkpoint.START).rows().get(0))
        .containsExactly(text);
    Schema schema = Schema.of(Field.of("s", DataType.STRING));
    writeAll(
        config(DB),
        target("emoji_out", schema, WriteMode.APPEND),
        new Batch(schema, List.<Object[]>of(new Object[] {text})));
    assertThat(text(DB, "SELECT s, CHAR_LENGTH(s), LENGTH(s) FROM emoji_out"))
        .containsExactly(List.of(text, "15", "32"));
  }

  @Test
  void readsTheZeroDateAsNullAndRejectsDatesWithAZeroMonthOrDayNamingTheValue() {
    DB.execute(
        "CREATE TABLE zeros (id int, d date NOT NULL, dt datetime NOT NULL)",
        "SET SESSION sql_mode = 'ALLOW_INVALID_DATES'",
        "INSERT INTO zeros VALUES (1, '0000-00-00', '0000-00-00 00:00:00'), (2, '2024-00-15',"
            + " '2024-01-01 00:00:00'), (3, '2024-02-30', '2024-02-01 10:00:00'), (4, '2024-03-01',"
            + " '2024-03-00 10:00:00'), (5, '2024-03-02', '2024-03-02 10:00:00')");
    CatalogStream s = stream(config(DB), "zeros");
    assertThat(s.schema().fields())
        .as("NOT NULL date columns are nullable: their zero dates read as null")
        .allSatisfy(f -> assertThat(f.nullable()).isTrue());
    ReadResult r = readAll(config(DB), s, Checkpoint.START);
    assertThat(r.rows())
        .extracting(row -> Arrays.asList(row))
        .containsExactly(
            Arrays.asList(1, null, null),
            List.of(5, LocalDate.of(2024, 3, 2), LocalDateTime.of(2024, 3, 2, 10, 0)));
    assertThat(r.rejections())
        .extracting(x -> x.position() + " " + x.reason())
        .containsExactly(
            "2 d: zero month or day in 2024-00-15 is not a calendar date (only 0000-00-00 reads as"
                + " null)",
            "3 d: 2024-02-30 is not a calendar date",
            "4 dt: zero month or day in 2024-03-00 is not a calendar date (only 0000-00-00 reads as"
                + " null)");
  }

  @Test
  void rejectsTimeValuesBeyondATimeOfDay() {
    DB.execute(
        "CREATE TABLE durations (id int, t time)",
        "INSERT INTO durations VALUES (1, '23:00:00'), (2, '25:00:00'), (3, '-01:00:00')");
    ReadResult r = readAll(config(DB), stream(config(DB), "durations"), Checkpoint.START);
    assertThat(r.rows()).extracting(row -> row[1]).containsExactly(LocalTime.of(23, 0));
    assertThat(r.rejections()).extracting(x -> x.field()).containsExactly("t", "t");
    assertThat(r.rejections().get(0).reason()).contains("TIME value 25:00:00 is a duration");
  }

  @Test
  void refusesADecimalWiderThanMysqlAllowsAtOpen() {
    Schema wide = Schema.of(Field.of("d", DataType.decimal(70, 10)));
    assertThatThrownBy(() -> DESTINATION.open(config(DB), target("wide", wide, WriteMode.APPEND)))
        .isInstanceOf(ConnectorException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorException) e).errorCode())
                    .isEqualTo(JdbcErrorCode.UNSUPPORTED_TYPE))
        .hasMessageContaining(
            "at most 65 digits, 30 of them after the point; decimal(70,10) does not fit");
  }

  @Test
  void quarantinesInstantsOutsideTheTimestampRange() {
    Schema schema = Schema.of(Field.of("id", DataType.INT), Field.of("at", DataType.TIMESTAMP_TZ));
    writeAll(
        config(DB),
        target("tsrange", schema, WriteMode.APPEND),
        new Batch(
            schema,
            List.of(
                new Object[] {1, OffsetDateTime.of(2038, 1, 19, 3, 14, 7, 0, ZoneOffset.UTC)},
                new Object[] {2, OffsetDateTime.of(2038, 1, 19, 3, 14, 8, 0, ZoneOffset.UTC)},
                new Object[] {
                  3, OffsetDateTime.of(1969, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-2))
                })));
    assertThat(text(DB, "SELECT id, at FROM tsrange ORDER BY id"))
        .containsExactly(
            List.of("1", "2038-01-19 03:14:07.000000"), List.of("3", "1970-01-01 01:00:00.000000"));
    assertThat(text(DB, "SELECT position, field FROM tsrange__rejected"))
        .containsExactly(List.of("2", "at"));
  }
}
