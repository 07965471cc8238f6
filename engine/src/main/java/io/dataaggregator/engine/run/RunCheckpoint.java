package io.dataaggregator.engine.run;

import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.SyncMode;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runner's envelope around a source checkpoint: whether the stream was read to its end. A
 * finished full refresh starts over next time; a finished incremental read goes on from its cursor;
 * an unfinished run of either resumes where it stopped.
 */
record RunCheckpoint(boolean complete, String source) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  Checkpoint encode() {
    return new Checkpoint(JSON.writeValueAsString(Map.of("complete", complete, "source", source)));
  }

  static RunCheckpoint decode(Checkpoint stored) {
    if (stored.isStart()) {
      return new RunCheckpoint(false, "");
    }
    var node = JSON.readTree(stored.state());
    return new RunCheckpoint(node.path("complete").asBoolean(), node.path("source").asString(""));
  }

  /** Where the next run of a stream in {@code sync} mode starts reading. */
  Checkpoint resumePoint(SyncMode sync) {
    if (complete && sync == SyncMode.FULL_REFRESH) {
      return Checkpoint.START;
    }
    return new Checkpoint(source);
  }
}
