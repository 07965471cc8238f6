package io.dataaggregator.connector.file.json;

import io.dataaggregator.connector.file.JsonTexts;
import io.dataaggregator.connector.file.RowFormat;
import io.dataaggregator.connector.file.TextValues;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * JSON Lines as the destination writes it: one object per row with every column (nulls as null),
 * booleans and numbers as JSON values (decimals exact), JSON columns embedded as raw JSON, and
 * other values as strings rendered by {@link TextValues} (ISO dates, base64 bytes).
 */
final class JsonRowFormat implements RowFormat {
  @Override
  public String extension() {
    return "jsonl";
  }

  @Override
  public Encoder open(OutputStream out) {
    JsonGenerator json = JsonTexts.FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    return new Encoder() {
      @Override
      public void begin(Schema schema) {
        // JSON Lines has no header.
      }

      @Override
      public void write(Schema schema, Object[] row) {
        List<String> names = schema.names();
        json.writeStartObject();
        for (int i = 0; i < row.length; i++) {
          json.writeName(names.get(i));
          writeValue(json, row[i]);
        }
        json.writeEndObject();
        json.writeRaw('\n');
      }

      @Override
      public void flush() throws IOException {
        json.flush();
      }
    };
  }

  @Override
  public void checkAppend(Path file, Schema schema) {
    // Objects carry their keys, so rows of any schema can follow.
  }

  private static void writeValue(JsonGenerator json, Object value) {
    switch (value) {
      case null -> json.writeNull();
      case Boolean b -> json.writeBoolean(b);
      case Integer n -> json.writeNumber(n);
      case Long n -> json.writeNumber(n);
      case BigDecimal d -> json.writeNumber(d.toPlainString());
      case Double d when d.isNaN() || d.isInfinite() -> json.writeString(d.toString());
      case Double d -> json.writeNumber(d);
      case JsonText j -> json.writeRawValue(j.json());
      default -> json.writeString(TextValues.render(value));
    }
  }
}
