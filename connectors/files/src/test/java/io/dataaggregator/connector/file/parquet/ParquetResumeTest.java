package io.dataaggregator.connector.file.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetResumeTest {
  @TempDir Path dir;

  @Test
  void resumesExactlyAfterEachBatchAcrossRowGroupsAndFiles() {
    var schema = Schema.of(Field.of("id", DataType.INT), Field.of("s", DataType.STRING));
    var config = new ParquetDestinationConfig(dir.toString(), 60_000L, "zstd", null, 16_384L);
    var rows = new ArrayList<Object[]>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(new Object[] {i, "row " + i});
    }
    ParquetRoundTripTest.write(dir, "t", WriteMode.OVERWRITE, schema, rows, config);
    var source = new ParquetSource();
    var read = ParquetSourceConfig.of(dir.toString());
    Reading all = Reading.of(source, read);
    assertThat(all.rows()).hasSize(20_000);
    assertThat(all.checkpoints()).hasSizeGreaterThan(4);
    int consumed = 0;
    for (int b = 0; b < all.checkpoints().size(); b++) {
      consumed += all.batchSizes().get(b);
      Reading rest = Reading.of(source, read, all.stream(), all.checkpoints().get(b));
      assertThat(rest.values()).isEqualTo(all.values().subList(consumed, all.rows().size()));
    }
    List<Integer> ids = all.rows().stream().map(r -> (Integer) r[0]).sorted().toList();
    assertThat(ids).isEqualTo(java.util.stream.IntStream.range(0, 20_000).boxed().toList());
  }
}
