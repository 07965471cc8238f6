package io.dataaggregator.connector.file.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDestinationTest {
  @TempDir Path dir;

  @Test
  void writesOneTypedObjectPerLineWithJsonEmbeddedRaw() throws IOException {
    var schema =
        Schema.of(
            Field.of("id", DataType.BIGINT),
            Field.of("ok", DataType.BOOLEAN),
            Field.of("price", DataType.decimal(20, 10)),
            Field.of("ratio", DataType.DOUBLE),
            Field.of("day", DataType.DATE),
            Field.of("doc", DataType.JSON),
            Field.of("bin", DataType.BYTES),
            Field.of("note", DataType.STRING));
    var target = new WriteTarget("p", "s", "docs", schema, WriteMode.OVERWRITE, List.of());
    try (BatchWriter w =
        new JsonDestination().open(new JsonDestinationConfig(dir.toString()), target)) {
      w.write(
          new Batch(
              schema,
              List.<Object[]>of(
                  new Object[] {
                    7L,
                    true,
                    new BigDecimal("0.1000000001"),
                    Double.NaN,
                    LocalDate.of(2024, 5, 6),
                    new JsonText("{\"k\": [1, 2]}"),
                    new byte[] {1, 2, 3},
                    "say \"hi\"\n"
                  },
                  new Object[8])));
      w.commit(Checkpoint.START);
      w.finish();
    }
    assertThat(Files.readAllLines(dir.resolve("docs.jsonl")))
        .containsExactly(
            "{\"id\":7,\"ok\":true,\"price\":0.1000000001,\"ratio\":\"NaN\",\"day\":\"2024-05-06\","
                + "\"doc\":{\"k\": [1, 2]},\"bin\":\"AQID\",\"note\":\"say \\\"hi\\\"\\n\"}",
            "{\"id\":null,\"ok\":null,\"price\":null,\"ratio\":null,\"day\":null,\"doc\":null,\"bin\":null,"
                + "\"note\":null}");
  }
}
