package io.dataaggregator.connector.file.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Reads vega-datasets' flights-3m.parquet (ZSTD, 3,000,000 rows) when {@code
 * DAGG_FLIGHTS_PARQUET} names it, e.g. after {@code npm pack vega-datasets} and unpacking
 * {@code package/data/flights-3m.parquet}; skipped otherwise (the file is not kept in the repo).
 */
class ParquetRealDataTest {
  @Test
  void readsFlightsThreeMillionRowsWithZstdPages() {
    String path = System.getenv("DAGG_FLIGHTS_PARQUET");
    assumeTrue(path != null && Files.isRegularFile(Path.of(path)), "DAGG_FLIGHTS_PARQUET not set");
    var source = new ParquetSource();
    var config = ParquetSourceConfig.of(path);
    CatalogStream stream = source.discover(config).streams().getFirst();
    assertThat(stream.schema().fields())
        .extracting(Field::name, Field::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("date", DataType.TIMESTAMP),
            org.assertj.core.groups.Tuple.tuple("delay", DataType.BIGINT),
            org.assertj.core.groups.Tuple.tuple("distance", DataType.BIGINT),
            org.assertj.core.groups.Tuple.tuple("origin", DataType.STRING),
            org.assertj.core.groups.Tuple.tuple("destination", DataType.STRING));
    long rows = 0;
    long distance = 0;
    Object[] first = null;
    try (BatchReader reader = source.read(config, stream, Checkpoint.START)) {
      for (Batch b = reader.next(); b != null; b = reader.next()) {
        assertThat(b.rejections()).isEmpty();
        if (first == null) {
          first = b.rows().getFirst();
        }
        rows += b.size();
        for (Object[] row : b.rows()) {
          distance += (Long) row[2];
        }
      }
    }
    assertThat(rows).isEqualTo(3_000_000);
    assertThat(distance).isPositive();
    assertThat(first).containsExactly(LocalDateTime.of(2001, 1, 1, 0, 1), 33L, 2176L, "LAS", "PHL");
  }
}
