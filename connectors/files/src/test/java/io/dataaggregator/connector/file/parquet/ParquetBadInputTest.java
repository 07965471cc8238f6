package io.dataaggregator.connector.file.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetBadInputTest {
  static final Schema SCHEMA =
      Schema.of(Field.of("id", DataType.BIGINT), Field.of("note", DataType.STRING));
  private final ParquetSource source = new ParquetSource();
  @TempDir Path dir;

  private Path writeIds(long... ids) {
    List<Object[]> rows = Arrays.stream(ids).mapToObj(i -> new Object[] {i, "n" + i}).toList();
    ParquetRoundTripTest.write(
        dir, "ids", WriteMode.OVERWRITE, SCHEMA, rows, ParquetDestinationConfig.of(dir.toString()));
    return dir.resolve("ids.parquet");
  }

  private static void assertCode(Throwable e, ErrorCode code) {
    assertThat(e).isInstanceOf(ConnectorException.class);
    assertThat(((ConnectorException) e).errorCode()).isEqualTo(code);
  }

  @Test
  void missingFileFailsCheckAndDiscoverNamingThePath() {
    var config = ParquetSourceConfig.of(dir.resolve("nope.parquet").toString());
    assertThat(source.check(config).ok()).isFalse();
    assertThat(source.check(config).message()).contains("nope.parquet").contains("does not exist");
    assertThatThrownBy(() -> source.discover(config))
        .satisfies(e -> assertCode(e, FileErrorCode.NOT_FOUND));
  }

  @Test
  void aFileThatIsNotParquetIsReportedAsSuch() throws IOException {
    Path csv = Files.writeString(dir.resolve("data.parquet"), "id,name\n1,x\n");
    var config = ParquetSourceConfig.of(csv.toString());
    assertThat(source.check(config).message()).contains("is not a valid Parquet file");
    assertThatThrownBy(() -> source.discover(config))
        .satisfies(e -> assertCode(e, ParquetErrorCode.CORRUPT))
        .hasMessageContaining(csv.toString());
  }

  @Test
  void aTruncatedFileIsReportedAsCorrupt() throws IOException {
    Path file = writeIds(1, 2, 3);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 9));
    assertThatThrownBy(() -> source.discover(ParquetSourceConfig.of(file.toString())))
        .satisfies(e -> assertCode(e, ParquetErrorCode.CORRUPT))
        .hasMessageContaining("is not a valid Parquet file");
  }

  @Test
  void damagedPagesFailTheReadNamingTheFileAndRowGroup() throws IOException {
    Path file = dir.resolve("z.parquet");
    RawParquet.write(
        file,
        ParquetTypes.toMessage(SCHEMA, LogicalTypeAnnotation.TimeUnit.MICROS),
        CompressionCodecName.ZSTD,
        1000,
        (rc, i) -> RawParquet.field(rc, "id", 0, c -> c.addLong(i * 7919L)));
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 30; i < 60; i++) {
      bytes[i] ^= 0x5A; // inside the first column chunk, after the magic
    }
    Files.write(file, bytes);
    var config = ParquetSourceConfig.of(file.toString());
    assertThatThrownBy(() -> Reading.of(source, config))
        .satisfies(e -> assertCode(e, ParquetErrorCode.CORRUPT))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is damaged at");
  }

  @Test
  void aValueThatDoesNotFitADeclaredTypeIsRejectedAndTheRestRead() {
    Path file = writeIds(1, 3_000_000_000L, 2);
    var config = new ParquetSourceConfig(file.toString(), null, Map.of("id", "int"));
    Reading r = Reading.of(source, config);
    assertThat(r.stream().schema().field(0).type()).isEqualTo(DataType.INT);
    assertThat(r.values()).containsExactly(List.of(1, "n1"), List.of(2, "n2"));
    assertThat(r.rejections()).hasSize(1);
    var rejection = r.rejections().getFirst();
    assertThat(rejection.position()).isEqualTo(2);
    assertThat(rejection.field()).isEqualTo("id");
    assertThat(rejection.reason())
        .isEqualTo("file " + file + " row 2, column 'id': '3000000000' is not an int");
    assertThat(rejection.raw()).isEqualTo("{\"id\":3000000000,\"note\":\"n3000000000\"}");
  }

  @Test
  void columnsNamingNoColumnOrNoTypeFailDiscovery() {
    Path file = writeIds(1);
    var typo = new ParquetSourceConfig(file.toString(), null, Map.of("idd", "int"));
    assertThatThrownBy(() -> source.discover(typo))
        .satisfies(e -> assertCode(e, ParquetErrorCode.BAD_COLUMNS))
        .hasMessageContaining("columns.idd")
        .hasMessageContaining("[id, note]");
    var badType = new ParquetSourceConfig(file.toString(), null, Map.of("id", "y"));
    assertThatThrownBy(() -> source.discover(badType))
        .satisfies(e -> assertCode(e, ParquetErrorCode.BAD_COLUMNS))
        .hasMessageContaining("unknown type 'y'");
  }

  @Test
  void codecsWithoutAPureJavaImplementationAreRefusedByName() {
    assertThatThrownBy(() -> ParquetCodecs.INSTANCE.getDecompressor(CompressionCodecName.LZO))
        .satisfies(e -> assertCode(e, ParquetErrorCode.UNSUPPORTED_CODEC))
        .hasMessageContaining("LZO");
  }

  @Test
  void theDestinationQuarantinesValuesItCannotStoreInsteadOfAlteringThem() throws IOException {
    var schema =
        Schema.of(Field.of("amount", DataType.decimal(5, 2)), Field.of("at", DataType.TIMESTAMP));
    List<Object[]> rows =
        List.of(
            new Object[] {new BigDecimal("123.45"), LocalDateTime.of(2024, 1, 1, 0, 0)},
            new Object[] {new BigDecimal("1234.5"), null},
            new Object[] {new BigDecimal("1.005"), null},
            new Object[] {null, LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1)});
    ParquetRoundTripTest.write(
        dir, "money", WriteMode.OVERWRITE, schema, rows,
        ParquetDestinationConfig.of(dir.toString()));
    Reading r =
        Reading.of(source, ParquetSourceConfig.of(dir.resolve("money.parquet").toString()));
    assertThat(r.values())
        .containsExactly(List.of(new BigDecimal("123.45"), LocalDateTime.of(2024, 1, 1, 0, 0)));
    List<String> quarantine = Files.readAllLines(dir.resolve("money__rejected.jsonl"));
    assertThat(quarantine).hasSize(3);
    assertThat(quarantine.get(0))
        .contains("\"field\":\"amount\"")
        .contains("column 'amount': 1234.5 is too large for decimal(5,2)");
    assertThat(quarantine.get(1)).contains("1.005 has more than 2 decimal places");
    assertThat(quarantine.get(2))
        .contains("\"field\":\"at\"")
        .contains("is finer than micros; set timestamp_unit: nanos to keep it");
  }
}
