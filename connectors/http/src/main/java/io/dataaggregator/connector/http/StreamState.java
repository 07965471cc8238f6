package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stream's checkpoint: {@code {"cursor": "...", "max": "...", "next": {"method", "url", "body"}}}.
 * Between pages, {@code next} is the request that reads the first page not yet delivered (with its
 * page token or number), {@code cursor} the value the read started from, {@code max} the greatest
 * seen so far. At the end of a read only {@code cursor} is left: the greatest value, where the next
 * incremental read starts.
 *
 * @param cursor null when none is known
 * @param max null when none is known
 * @param next null at the end of a read
 */
record StreamState(String cursor, String max, PageRequest next) {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final StreamState EMPTY = new StreamState(null, null, null);

  static StreamState of(Checkpoint checkpoint, String stream) {
    if (checkpoint.isStart()) {
      return EMPTY;
    }
    try {
      JsonNode node = JSON.readTree(checkpoint.state());
      JsonNode next = node.get("next");
      return new StreamState(text(node, "cursor"), text(node, "max"),
          next == null || next.isNull() ? null : PageRequest.fromJson(next));
    } catch (JacksonException | IllegalArgumentException e) {
      throw new ConnectorException(HttpErrorCode.BAD_CHECKPOINT,
          "the saved state of stream " + stream + " was not written by the http source: "
              + checkpoint.state() + "; reset the stream's state to read it from the start");
    }
  }

  Checkpoint toCheckpoint() {
    ObjectNode node = JSON.createObjectNode();
    if (cursor != null) {
      node.put("cursor", cursor);
    }
    if (max != null) {
      node.put("max", max);
    }
    if (next != null) {
      node.set("next", next.toJson());
    }
    return new Checkpoint(JSON.writeValueAsString(node));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }
}
