package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The T-SQL the SQL Server dialect writes, checked as text: there is no SQL Server here. */
class SqlServerSqlTest {
  private static final SqlServerDialect D = SqlServerDialect.INSTANCE;
  private static final String T = "[dbo].[orders]";

  @Test
  void quotesIdentifiersInBracketsDoublingClosingOnes() {
    assertThat(D.quote("order")).isEqualTo("[order]");
    assertThat(D.quote("we]ird [name]")).isEqualTo("[we]]ird [name]]]");
    assertThat(D.table("sales", "Order Lines")).isEqualTo("[sales].[Order Lines]");
  }

  @Test
  void createsTablesWithExplicitNullabilityAndABoundedKey() {
    Schema schema =
        Schema.of(
            new Field("id", DataType.STRING, false),
            Field.of("amount", DataType.decimal(38, 10)),
            new Field("at", DataType.TIMESTAMP_TZ, false),
            Field.of("blob", DataType.BYTES));
    assertThat(D.createTable(T, schema, List.of("id")))
        .isEqualTo(
            "CREATE TABLE [dbo].[orders] ([id] nvarchar(450) NOT NULL, [amount] decimal(38,10)"
                + " NULL, [at] datetimeoffset(7) NOT NULL, [blob] varbinary(max) NULL,"
                + " PRIMARY KEY ([id]))");
    assertThat(D.createTable(T, Schema.of(Field.of("n", DataType.INT)), List.of()))
        .isEqualTo("CREATE TABLE [dbo].[orders] ([n] int NULL)");
  }

  @Test
  void addsAndDropsColumnsAndTables() {
    assertThat(D.addColumn(T, Field.of("note", DataType.STRING)))
        .isEqualTo("ALTER TABLE [dbo].[orders] ADD [note] nvarchar(max) NULL");
    assertThat(D.dropTable(T)).isEqualTo("DROP TABLE IF EXISTS [dbo].[orders]");
  }

  @Test
  void upsertsWithAMergeOfTheLastRowPerKey() {
    assertThat(
            D.upsert(T, "#dagg_stage", List.of("id", "name", "qty"), List.of("id"), "__dagg_seq"))
        .isEqualTo(
            "MERGE INTO [dbo].[orders] WITH (HOLDLOCK) AS t USING (SELECT [id], [name], [qty] FROM"
                + " (SELECT [id], [name], [qty], ROW_NUMBER() OVER (PARTITION BY [id] ORDER BY"
                + " [__dagg_seq] DESC) AS [__dagg_rn] FROM #dagg_stage) AS r WHERE [__dagg_rn] = 1)"
                + " AS s ON t.[id] = s.[id] WHEN MATCHED THEN UPDATE SET t.[name] = s.[name],"
                + " t.[qty] = s.[qty] WHEN NOT MATCHED THEN INSERT ([id], [name], [qty]) VALUES"
                + " (s.[id], s.[name], s.[qty]);");
  }

  @Test
  void upsertOnACompositeKeyWithoutOtherColumnsOnlyInserts() {
    String merge = D.upsert(T, "#dagg_stage", List.of("a", "b"), List.of("a", "b"), "__dagg_seq");
    assertThat(merge)
        .contains("PARTITION BY [a], [b]")
        .contains("ON t.[a] = s.[a] AND t.[b] = s.[b]")
        .doesNotContain("WHEN MATCHED")
        .endsWith("WHEN NOT MATCHED THEN INSERT ([a], [b]) VALUES (s.[a], s.[b]);");
  }

  @Test
  void stagesUpsertsInATempTableWithoutTheTargetsIdentity() {
    assertThat(D.stageTable("sales")).isEqualTo("#dagg_stage");
    assertThat(D.createStage("#dagg_stage", T, List.of("id", "name"), "__dagg_seq"))
        .containsExactly(
            "DROP TABLE IF EXISTS #dagg_stage",
            "SELECT [id], [name] INTO #dagg_stage FROM (SELECT TOP 0 [id], [name] FROM"
                + " [dbo].[orders] UNION ALL SELECT TOP 0 [id], [name] FROM [dbo].[orders]) AS e",
            "ALTER TABLE #dagg_stage ADD [__dagg_seq] bigint IDENTITY(1,1) NOT NULL");
    assertThat(D.clearStage("#dagg_stage")).isEqualTo("TRUNCATE TABLE #dagg_stage");
  }

  @Test
  void swapsTheNewTableInWithSpRename() {
    assertThat(D.swap("dbo", "orders__dagg_new", "orders", true))
        .containsExactly(
            "DROP TABLE [dbo].[orders]",
            "EXEC sp_rename N'[dbo].[orders__dagg_new]', N'orders', N'OBJECT'");
    assertThat(D.swap("dbo", "o'k__dagg_new", "o'k", false))
        .containsExactly("EXEC sp_rename N'[dbo].[o''k__dagg_new]', N'o''k', N'OBJECT'");
  }

  @Test
  void createsItsOwnTablesOnlyWhenMissing() {
    assertThat(D.createCheckpointTable("[dbo].[_dagg_checkpoints]"))
        .startsWith("IF OBJECT_ID(N'[dbo].[_dagg_checkpoints]', N'U') IS NULL CREATE TABLE")
        .contains("[checkpoint] nvarchar(max) NOT NULL")
        .contains("PRIMARY KEY ([pipeline], [stream])");
    assertThat(D.createQuarantineTable("[dbo].[orders__rejected]"))
        .startsWith("IF OBJECT_ID(N'[dbo].[orders__rejected]', N'U') IS NULL CREATE TABLE")
        .contains("[rejected_at] datetimeoffset(7) NOT NULL DEFAULT SYSDATETIMEOFFSET()");
    assertThat(D.upsertCheckpoint("[dbo].[_dagg_checkpoints]")).isNull();
    assertThat(D.now()).isEqualTo("SYSDATETIMEOFFSET()");
  }

  @Test
  void buildsIncrementalConditionsFromCursorTextCastToTheColumnsType() {
    DbColumn at = DbColumn.of("at", "datetime2", 27, 7, "datetime2", true);
    String value = D.cursorText(LocalDateTime.of(2024, 3, 1, 8, 0, 0, 123_456_700));
    assertThat(value).isEqualTo("2024-03-01 08:00:00.1234567");
    assertThat(D.literal(value, at)).isEqualTo("CAST(N'2024-03-01 08:00:00.1234567' AS datetime2)");

    DbColumn tz = DbColumn.of("tz", "datetimeoffset", 34, 7, "datetimeoffset", true);
    String instant =
        D.cursorText(OffsetDateTime.of(2024, 3, 1, 8, 0, 0, 5_000_000, ZoneOffset.ofHours(-5)));
    assertThat(instant).isEqualTo("2024-03-01 08:00:00.0050000 -05:00");
    assertThat(D.literal(instant, tz))
        .isEqualTo("CAST(N'2024-03-01 08:00:00.0050000 -05:00' AS datetimeoffset)");

    assertThat(D.cursorText(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
    assertThat(D.literal("42", DbColumn.of("id", "bigint identity", 19, 0, "bigint", false)))
        .isEqualTo("42");
    assertThat(D.orderBy("[at]", true)).isEqualTo(" ORDER BY [at]");
  }

  @Test
  void refusesANumericCursorValueThatIsNotANumber() {
    DbColumn id = DbColumn.of("id", "int", 10, 0, "int", false);
    assertThatThrownBy(() -> D.literal("1; DROP TABLE x", id))
        .isInstanceOf(NumberFormatException.class);
    DbColumn at = DbColumn.of("at", "datetime2", 27, 7, "datetime2", true);
    assertThat(D.literal("x'; DROP TABLE y; --", at))
        .isEqualTo("CAST(N'x''; DROP TABLE y; --' AS datetime2)");
  }

  @Test
  void readsClrTypesAsTheirText() {
    assertThat(
            D.selectList(
                List.of(
                    DbColumn.of("id", "int", 10, 0, "int", false),
                    DbColumn.of("where", "geography", 0, 0, "geography", true))))
        .isEqualTo("[id], [where].ToString() AS [where]");
  }

  @Test
  void probesRightsWithStatementsThatTouchNoRow() {
    assertThat(D.privilegeProbe("INSERT", T, List.of("id", "name")))
        .isEqualTo("INSERT INTO [dbo].[orders] ([id], [name]) SELECT NULL, NULL WHERE 1 = 0");
    assertThat(D.privilegeProbe("UPDATE", T, List.of("id")))
        .isEqualTo("UPDATE [dbo].[orders] SET [id] = NULL WHERE 1 = 0");
    assertThat(D.privilegeProbe("SELECT", T, List.of("id")))
        .isEqualTo("SELECT [id] FROM [dbo].[orders] WHERE 1 = 0");
  }

  @Test
  void splitsOnlyIntegerKeysAndKnowsItsDdlIsTransactional() {
    assertThat(D.isIntegerKey(DbColumn.of("id", "int identity", 10, 0, "int", false))).isTrue();
    assertThat(D.isIntegerKey(DbColumn.of("id", "bigint", 19, 0, "bigint", false))).isTrue();
    assertThat(
            D.isIntegerKey(DbColumn.of("id", "uniqueidentifier", 36, 0, "uniqueidentifier", false)))
        .isFalse();
    assertThat(D.isIntegerKey(DbColumn.of("id", "decimal", 20, 0, "decimal(20,0)", false)))
        .isFalse();
    assertThat(D.transactionalDdl()).isTrue();
  }

  @Test
  void refusesADecimalWiderThanSqlServerAllows() {
    assertThatThrownBy(() -> D.columnType(DataType.decimal(39, 2)))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("at most 38 digits; decimal(39,2) does not fit");
  }
}
