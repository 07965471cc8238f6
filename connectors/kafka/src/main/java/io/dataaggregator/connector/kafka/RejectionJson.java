package io.dataaggregator.connector.kafka;

import io.dataaggregator.engine.type.Rejection;
import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;

/** A rejection as the JSON message written to a {@code <topic>__rejected} topic. */
final class RejectionJson {
  private RejectionJson() {}

  static byte[] of(Rejection r) {
    var out = new ByteArrayOutputStream(128 + r.raw().length());
    try (JsonGenerator g = JsonValues.MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("stream", r.stream());
      g.writeNumberProperty("position", r.position());
      g.writeStringProperty("field", r.field());
      g.writeStringProperty("reason", r.reason());
      g.writeStringProperty("raw", r.raw());
      g.writeEndObject();
    }
    return out.toByteArray();
  }
}
