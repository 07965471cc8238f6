package io.dataaggregator.connector.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import org.junit.jupiter.api.Test;

class SchemaInferenceTest {
  private static SchemaInference infer(String... objects) {
    var inference = new SchemaInference();
    for (String o : objects) {
      inference.add(JsonValues.MAPPER.readTree(o));
    }
    return inference;
  }

  @Test
  void infersTypesInTheOrderFieldsAreFirstSeen() {
    var fields = infer("{\"id\":1,\"ok\":true,\"name\":\"a\",\"tags\":[\"x\"],\"price\":9.99}",
        "{\"id\":2,\"extra\":{\"k\":1}}").fields();

    assertThat(fields).containsExactly(Field.of("id", DataType.BIGINT), Field.of("ok", DataType.BOOLEAN),
        Field.of("name", DataType.STRING), Field.of("tags", DataType.JSON), Field.of("price", DataType.DOUBLE),
        Field.of("extra", DataType.JSON));
  }

  @Test
  void widensMixedValues() {
    var fields = infer("{\"n\":1,\"s\":1,\"j\":\"a\",\"late\":null}",
        "{\"n\":2.5,\"s\":\"b\",\"j\":{\"x\":1},\"late\":7}").fields();

    assertThat(fields).containsExactly(Field.of("n", DataType.DOUBLE), Field.of("s", DataType.STRING),
        Field.of("j", DataType.JSON), Field.of("late", DataType.BIGINT));
  }

  @Test
  void aFieldOnlyEverNullIsStringAndMetadataNamesAreSkipped() {
    var fields = infer("{\"gone\":null,\"_offset\":3}").fields();

    assertThat(fields).containsExactly(Field.of("gone", DataType.STRING));
  }
}
