package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows the bulk copy pulls: column metadata and values in the forms the driver writes. */
class SqlServerBulkRowsTest {
  private static final Schema SCHEMA =
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

  @Test
  void describesEachColumnWithTheJdbcTypeOfOurType() {
    var rows = new SqlServerBulkRows(SCHEMA, List.of(), List.of());
    assertThat(rows.getColumnOrdinals()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    var types = new ArrayList<Integer>();
    for (int c = 1; c <= 12; c++) {
      types.add(rows.getColumnType(c));
    }
    assertThat(types)
        .containsExactly(
            Types.BIT,
            Types.INTEGER,
            Types.BIGINT,
            Types.DECIMAL,
            Types.DOUBLE,
            Types.NVARCHAR,
            Types.DATE,
            Types.TIME,
            Types.TIMESTAMP,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARBINARY,
            Types.NVARCHAR);
    assertThat(rows.getColumnName(6)).isEqualTo("s");
    assertThat(rows.getPrecision(4)).isEqualTo(38);
    assertThat(rows.getScale(4)).isEqualTo(10);
    assertThat(rows.getScale(9)).as("fraction digits default to datetime2's 7").isEqualTo(7);
  }

  @Test
  void takesStringLengthsAndFractionDigitsFromTheDestinationColumns() {
    Schema two = Schema.of(Field.of("s", DataType.STRING), Field.of("ts", DataType.TIMESTAMP));
    var columns =
        List.of(
            DbColumn.of("s", "nvarchar", 40, 0, "nvarchar(40)", true),
            DbColumn.of("ts", "datetime2", 23, 3, "datetime2", true));
    var rows = new SqlServerBulkRows(two, columns, List.of());
    assertThat(rows.getPrecision(1)).isEqualTo(40);
    assertThat(rows.getScale(2)).isEqualTo(3);
  }

  @Test
  void handsValuesOverInFormsTheDriverConvertsWithoutGuessing() {
    Object[] row = {
      true,
      7,
      -1L,
      new BigDecimal("-1234567890123456789012345678.0123456789"),
      2.5,
      "caf\u00e9 \uD83D\uDE00",
      LocalDate.of(1, 1, 1),
      LocalTime.of(23, 59, 59, 999_999_900),
      LocalDateTime.of(2024, 3, 31, 2, 30, 0, 100),
      OffsetDateTime.of(2024, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(-5)),
      new byte[] {0, 1},
      new JsonText("{\"a\":1}")
    };
    var rows = new SqlServerBulkRows(SCHEMA, List.of(), List.<Object[]>of(row, new Object[12]));
    assertThat(rows.next()).isTrue();
    Object[] out = rows.getRowData();
    assertThat(out[5]).isEqualTo("caf\u00e9 \uD83D\uDE00");
    assertThat(out[6]).hasToString("0001-01-01");
    assertThat(out[7]).isEqualTo("23:59:59.999999900");
    assertThat(out[8]).isEqualTo("2024-03-31 02:30:00.000000100");
    assertThat(Timestamp.valueOf((String) out[8]).getNanos())
        .as("the driver parses it with Timestamp.valueOf, nanoseconds intact")
        .isEqualTo(100);
    assertThat(out[9]).isEqualTo(row[9]);
    assertThat(out[11]).isEqualTo("{\"a\":1}");
    assertThat(List.of(out).subList(0, 5)).containsExactly(row[0], row[1], row[2], row[3], row[4]);
    assertThat(rows.next()).isTrue();
    assertThat(rows.getRowData()).containsOnlyNulls();
    assertThat(rows.next()).isFalse();
  }
}
