package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.TypeKind;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link SqlServerTypes} both ways, from the type names DatabaseMetaData reports. */
class SqlServerTypesTest {
  private static DataType read(String typeName, int precision, int scale) {
    return SqlServerTypes.toDataType(DbColumn.of("c", typeName, precision, scale, typeName, true));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @CsvSource({
    "bit, 1, 0, boolean",
    "tinyint, 3, 0, int",
    "smallint, 5, 0, int",
    "int, 10, 0, int",
    "int identity, 10, 0, int",
    "bigint, 19, 0, bigint",
    "bigint identity, 19, 0, bigint",
    "'decimal', 38, 10, 'decimal(38,10)'",
    "'numeric', 18, 0, 'decimal(18,0)'",
    "'numeric() identity', 12, 0, 'decimal(12,0)'",
    "money, 19, 4, 'decimal(19,4)'",
    "smallmoney, 10, 4, 'decimal(10,4)'",
    "float, 53, 0, double",
    "real, 24, 0, double",
    "char, 10, 0, string",
    "varchar, 8000, 0, string",
    "nvarchar, 1073741823, 0, string",
    "ntext, 1073741823, 0, string",
    "uniqueidentifier, 36, 0, string",
    "xml, 0, 0, string",
    "sql_variant, 0, 0, string",
    "geography, 0, 0, string",
    "hierarchyid, 0, 0, string",
    "date, 10, 0, date",
    "time, 16, 7, time",
    "datetime, 23, 3, timestamp",
    "datetime2, 27, 7, timestamp",
    "smalldatetime, 16, 0, timestamp",
    "datetimeoffset, 34, 7, timestamp_tz",
    "binary, 16, 0, bytes",
    "varbinary, 2147483647, 0, bytes",
    "image, 2147483647, 0, bytes",
    "timestamp, 8, 0, bytes",
    "json, 0, 0, json"
  })
  void readsEachTypeAsDocumented(String typeName, int precision, int scale, String ours) {
    assertThat(read(typeName, precision, scale)).isEqualTo(DataType.parse(ours));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TypeKind.class)
  void everyTypeCreatedReadsBackAsItselfButJsonWhichReadsAsText(TypeKind kind) {
    DataType type =
        kind == TypeKind.DECIMAL ? DataType.decimal(38, 10) : DataType.parse(kind.name());
    String created = SqlServerTypes.columnType(type, false);
    String name = created.replaceAll("\\(.*\\)", "");
    DataType back = read(name, type.precision(), type.scale());
    assertThat(back).isEqualTo(kind == TypeKind.JSON ? DataType.STRING : type);
  }

  @Test
  void createsTheDocumentedColumnTypes() {
    var created = new StringBuilder();
    for (TypeKind kind : EnumSet.allOf(TypeKind.class)) {
      DataType type =
          kind == TypeKind.DECIMAL ? DataType.decimal(12, 2) : DataType.parse(kind.name());
      created.append(SqlServerTypes.columnType(type, false)).append(' ');
    }
    assertThat(created.toString().trim())
        .isEqualTo(
            "bit int bigint decimal(12,2) float nvarchar(max) date time(7) datetime2(7)"
                + " datetimeoffset(7) varbinary(max) nvarchar(max)");
    assertThat(SqlServerTypes.columnType(DataType.STRING, true)).isEqualTo("nvarchar(450)");
    assertThat(SqlServerTypes.columnType(DataType.BYTES, true)).isEqualTo("varbinary(900)");
  }
}
