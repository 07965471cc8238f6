package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL the MySQL dialect writes, as text (MysqlWriteModesIT runs it on MariaDB). */
class MysqlSqlTest {
  private static final MysqlDialect D = MysqlDialect.INSTANCE;

  @Test
  void quotesIdentifiersInBackquotesDoublingInnerOnes() {
    assertThat(D.quote("we`ird name")).isEqualTo("`we``ird name`");
    assertThat(D.table("shop", "order")).isEqualTo("`shop`.`order`");
  }

  @Test
  void upsertsWithOnDuplicateKeyUpdateReferringToTheDerivedTable() {
    assertThat(
            D.upsert(
                "`s`.`t`", "`s`.`dagg_stage`", List.of("id", "n"), List.of("id"), "__dagg_seq"))
        .isEqualTo(
            "INSERT INTO `s`.`t` (`id`, `n`) SELECT `id`, `n` FROM (SELECT `id`, `n` FROM (SELECT"
                + " `id`, `n`, ROW_NUMBER() OVER (PARTITION BY `id` ORDER BY `__dagg_seq` DESC) AS"
                + " `__dagg_rn` FROM `s`.`dagg_stage`) AS `dagg_ranked` WHERE `__dagg_rn` = 1) AS"
                + " `dagg_new` ON DUPLICATE KEY UPDATE `n` = `dagg_new`.`n`");
  }

  @Test
  void swapsWithOneAtomicRenameOfBothTables() {
    assertThat(D.swap("s", "t__dagg_new", "t", true))
        .containsExactly(
            "DROP TABLE IF EXISTS `s`.`t__dagg_old`",
            "RENAME TABLE `s`.`t` TO `s`.`t__dagg_old`, `s`.`t__dagg_new` TO `s`.`t`",
            "DROP TABLE `s`.`t__dagg_old`");
    assertThat(D.swap("s", "t__dagg_new", "t", false))
        .containsExactly("RENAME TABLE `s`.`t__dagg_new` TO `s`.`t`");
  }

  @Test
  void stagesInATemporaryInnoDbTableAndClearsItWithoutCommitting() {
    assertThat(D.createStage("`s`.`dagg_stage`", "`s`.`t`", List.of("id"), "__dagg_seq"))
        .containsExactly(
            "DROP TEMPORARY TABLE IF EXISTS `s`.`dagg_stage`",
            "CREATE TEMPORARY TABLE `s`.`dagg_stage` (`__dagg_seq` BIGINT NOT NULL AUTO_INCREMENT"
                + " PRIMARY KEY) ENGINE=InnoDB SELECT `id` FROM `s`.`t` WHERE 1 = 0");
    assertThat(D.clearStage("`s`.`dagg_stage`")).isEqualTo("DELETE FROM `s`.`dagg_stage`");
    assertThat(D.transactionalDdl()).isFalse();
  }

  @Test
  void createsInnoDbTablesWithABinaryCollationAndABoundedStringKey() {
    Schema schema =
        Schema.of(new Field("code", DataType.STRING, false), Field.of("at", DataType.TIMESTAMP_TZ));
    assertThat(D.createTable("`s`.`t`", schema, List.of("code")))
        .isEqualTo(
            "CREATE TABLE `s`.`t` (`code` VARCHAR(255) NOT NULL, `at` TIMESTAMP(6) NULL, PRIMARY"
                + " KEY (`code`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
  }

  @Test
  void writesCursorValuesInTheSessionsUtcAndComparesNumbersAsNumbers() {
    assertThat(
            D.cursorText(
                OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 123_456_789, ZoneOffset.ofHours(2))))
        .isEqualTo("2024-03-01 08:00:00.123456");
    assertThat(D.cursorText(LocalDateTime.of(2024, 3, 1, 10, 0)))
        .isEqualTo("2024-03-01 10:00:00.000000");
    assertThat(D.cursorText(new BigDecimal("18446744073709551615")))
        .isEqualTo("18446744073709551615");
    DbColumn unsigned = DbColumn.of("id", "BIGINT UNSIGNED", 20, 0, "BIGINT UNSIGNED", false);
    assertThat(D.literal("18446744073709551615", unsigned)).isEqualTo("18446744073709551615");
    DbColumn name = DbColumn.of("n", "VARCHAR", 10, 0, "VARCHAR(10)", true);
    assertThat(D.literal("it's a \\ test", name)).isEqualTo("'it''s a \\\\ test'");
    assertThat(D.orderBy("`at`", true)).isEqualTo(" ORDER BY `at`");
  }

  @Test
  void probesTheInsertRightWithEveryColumnFromDual() {
    assertThat(D.privilegeProbe("INSERT", "`s`.`t`", List.of("a", "b")))
        .isEqualTo("INSERT INTO `s`.`t` (`a`, `b`) SELECT NULL, NULL FROM DUAL WHERE 1 = 0");
  }

  @Test
  void loadsBytesThroughUnhex() {
    Schema schema = Schema.of(Field.of("id", DataType.INT), Field.of("b", DataType.BYTES));
    assertThat(MysqlLoadData.statement("`s`.`t`", schema, new MysqlTextEncoder(schema, 16)))
        .isEqualTo(
            "LOAD DATA LOCAL INFILE 'dagg.tsv' INTO TABLE `s`.`t` CHARACTER SET utf8mb4 FIELDS"
                + " TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (`id`, @dagg_1)"
                + " SET `b` = UNHEX(@dagg_1)");
  }
}
