package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checkpoint of an incremental read: the cursor column and the last value of it whose rows were
 * all returned, in the dialect's text form ({@link SqlDialect#cursorText}), as {@code
 * {"cursor":"updated_at","value":"..."}}.
 */
record CursorState(String cursor, String value) {
  static CursorState parse(Checkpoint checkpoint, String stream) {
    try {
      Map<?, ?> map = ConfigBinder.MAPPER.readValue(checkpoint.state(), Map.class);
      if (map.get("cursor") instanceof String c && map.get("value") instanceof String v) {
        return new CursorState(c, v);
      }
    } catch (RuntimeException e) {
      // falls through to the message below
    }
    throw new ConnectorException(
        JdbcErrorCode.BAD_CHECKPOINT,
        "the checkpoint of stream "
            + stream
            + " is not one this connector wrote: "
            + checkpoint.state());
  }

  Checkpoint toCheckpoint() {
    var map = new LinkedHashMap<String, String>();
    map.put("cursor", cursor);
    map.put("value", value);
    return new Checkpoint(ConfigBinder.MAPPER.writeValueAsString(map));
  }
}
