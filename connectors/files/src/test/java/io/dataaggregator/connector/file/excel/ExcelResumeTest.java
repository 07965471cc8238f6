package io.dataaggregator.connector.file.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.file.Reading;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelResumeTest {
  @TempDir Path dir;

  @Test
  void resumesExactlyAfterEachBatchFromTheSheetRow() {
    var schema = Schema.of(Field.of("id", DataType.INT), Field.of("label", DataType.STRING));
    var rows = new ArrayList<Object[]>();
    for (int i = 0; i < 10_000; i++) {
      rows.add(new Object[] {i, i % 997 == 0 ? null : "row " + i});
    }
    var target = new ExcelDestinationConfig(dir.toString(), "big");
    try (BatchWriter w =
        new ExcelDestination()
            .open(
                target,
                new WriteTarget("p", "rows", "rows", schema, WriteMode.OVERWRITE, List.of()))) {
      w.write(new Batch(schema, rows));
      w.commit(Checkpoint.START);
      w.finish();
    }
    var source = new ExcelSource();
    var config = ExcelSourceConfig.of(dir.resolve("big.xlsx").toString());
    Reading all = Reading.of(source, config);
    assertThat(all.rows()).hasSize(10_000);
    assertThat(all.checkpoints()).hasSizeGreaterThan(2);
    int consumed = 0;
    for (int b = 0; b < all.checkpoints().size(); b++) {
      consumed += all.batchSizes().get(b);
      Reading rest = Reading.of(source, config, all.stream(), all.checkpoints().get(b));
      assertThat(rest.values()).isEqualTo(all.values().subList(consumed, all.rows().size()));
    }
  }
}
