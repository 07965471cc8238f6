package io.dataaggregator.connector.http;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives records the shape of the stream's schema: leaves out {@code drop_fields}, and lifts the
 * members of each {@code flatten} object into columns {@code <field>_<member>} (HubSpot's {@code
 * properties.email} becomes {@code properties_email}). Used for inference and for reading alike.
 */
final class RecordShaper {
  private final List<String> flatten;
  private final List<String> drop;

  RecordShaper(StreamConfig stream) {
    this.flatten = stream.flatten();
    this.drop = stream.dropFields();
  }

  ObjectNode shape(JsonNode record) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> e : record.properties()) {
      String name = e.getKey();
      JsonNode value = e.getValue();
      if (drop.contains(name)) {
        continue;
      }
      if (flatten.contains(name) && value.isObject()) {
        for (Map.Entry<String, JsonNode> member : value.properties()) {
          out.set(name + "_" + member.getKey(), member.getValue());
        }
      } else {
        out.set(name, value);
      }
    }
    return out;
  }
}
