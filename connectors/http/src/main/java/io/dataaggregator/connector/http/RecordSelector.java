package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.ConnectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Picks a page's records out of its body with the stream's {@code records} JSONPath: an array gives
 * its elements, an object is one record, null gives none. A path that leads nowhere is an error
 * naming the fields that are there, since a silent empty stream would hide a wrong path.
 */
final class RecordSelector {
  private final JsonPaths path;
  private final String stream;

  RecordSelector(String records, String stream) {
    this.path = JsonPaths.compile(records, "stream " + stream + ", records");
    this.stream = stream;
  }

  List<JsonNode> select(JsonNode body, Response from) {
    if (body.isMissingNode()) {
      return List.of();
    }
    Optional<JsonNode> found = path.read(body);
    if (found.isEmpty()) {
      throw new ConnectorException(HttpErrorCode.SELECTOR_NO_MATCH,
          "the records path '" + path.text() + "' of stream " + stream + " matched nothing in the"
              + " response from " + from.request().describe() + "; " + shape(body)
              + "; set the stream's records to the path of the array of records");
    }
    JsonNode node = found.get();
    var out = new ArrayList<JsonNode>();
    if (node.isArray()) {
      node.forEach(e -> out.add(asRecord(e)));
    } else if (!node.isNull()) {
      out.add(asRecord(node));
    }
    return out;
  }

  /** A record is an object; a bare value (an array of ids) becomes {@code {"value": ...}}. */
  private static JsonNode asRecord(JsonNode e) {
    if (e.isObject()) {
      return e;
    }
    ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
    wrapped.set("value", e);
    return wrapped;
  }

  private static String shape(JsonNode body) {
    if (body.isObject()) {
      return "the body's top-level fields are " + body.propertyNames();
    }
    if (body.isArray()) {
      return "the body is an array of " + body.size() + " (use records: $)";
    }
    return "the body is a single " + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
  }
}
