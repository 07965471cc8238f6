package io.dataaggregator.connector.file.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInferenceTest {
  private final CsvSource source = new CsvSource();
  @TempDir Path dir;

  @Test
  void infersEveryGuessableTypeFromTheFixture() throws Exception {
    Path fixture = Path.of(getClass().getResource("/csv/types.csv").toURI());
    Reading r = Reading.of(source, CsvSourceConfig.of(fixture.toString()));
    assertThat(r.stream().schema())
        .isEqualTo(
            Schema.of(
                Field.of("small", DataType.INT),
                Field.of("big", DataType.BIGINT),
                Field.of("ratio", DataType.DOUBLE),
                Field.of("flag", DataType.BOOLEAN),
                Field.of("day", DataType.DATE),
                Field.of("at", DataType.TIMESTAMP),
                Field.of("at_tz", DataType.TIMESTAMP_TZ),
                Field.of("zip", DataType.STRING),
                Field.of("mixed", DataType.STRING),
                Field.of("nothing", DataType.STRING)));
    assertThat(r.values().getFirst())
        .isEqualTo(
            Arrays.asList(
                1,
                10_000_000_000L,
                0.5,
                true,
                LocalDate.of(2024, 1, 31),
                LocalDateTime.of(2024, 1, 31, 8, 0),
                OffsetDateTime.of(2024, 1, 31, 8, 0, 0, 0, ZoneOffset.UTC),
                "01234",
                "1",
                null));
    assertThat(r.rejections()).isEmpty();
  }

  @Test
  void infersFromSampleRowsOnlyAndRejectsLaterMisfits() throws IOException {
    Path p = dir.resolve("late.csv");
    Files.writeString(p, "n\n1\n2\n3\nlater text\n");
    var config =
        new CsvSourceConfig(p.toString(), null, null, null, null, null, null, null, 3, null);
    Reading r = Reading.of(source, config);
    assertThat(r.stream().schema().field(0).type()).isEqualTo(DataType.INT);
    assertThat(r.rows()).hasSize(3);
    assertThat(r.reasons())
        .containsExactly("file " + p + " line 5, column 1 'n': 'later text' is not an int");
  }

  @Test
  void widensIntegersToDoublesAndDatesToTimestamps() throws IOException {
    Path p = dir.resolve("widen.csv");
    Files.writeString(p, "x,d\n1,2024-01-01\n2.5,2024-01-02 10:00\n");
    Reading r = Reading.of(source, CsvSourceConfig.of(p.toString()));
    assertThat(r.stream().schema().fields())
        .extracting(Field::type)
        .containsExactly(DataType.DOUBLE, DataType.TIMESTAMP);
    assertThat(r.values().getFirst()).containsExactly(1.0, LocalDateTime.of(2024, 1, 1, 0, 0));
  }
}
