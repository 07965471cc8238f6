package io.dataaggregator.engine.run;

import io.dataaggregator.engine.spi.Checkpoint;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a child stream stores at each commit: the run checkpoint its parent commits right after it
 * ({@code at}), the checkpoint its parent had stored before that commit ({@code parentBefore}), and
 * how many child rows were made since the parent's rows were last committed ({@code rows}).
 *
 * <p>A child commits before its parent. When a run stops between the two commits, the next run
 * finds the parent still at {@code parentBefore}: it reads the source again from there, makes the
 * same child rows again, and drops the first {@code rows} of them, which are durable already.
 */
record ChildCheckpoint(RunCheckpoint at, RunCheckpoint parentBefore, long rows) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  Checkpoint encode() {
    return new Checkpoint(
        JSON.writeValueAsString(
            Map.of(
                "complete", at.complete(),
                "source", at.source(),
                "parent",
                    Map.of("complete", parentBefore.complete(), "source", parentBefore.source()),
                "rows", rows)));
  }

  /**
   * How many of the child rows made after the parent resumes from {@code parentStored} the child
   * holds durably already: its rows of one commit the parent did not make, or 0 when the two are in
   * step (or the child is new, or was reset).
   */
  static long durableAhead(Checkpoint childStored, RunCheckpoint parentStored) {
    if (childStored.isStart()) {
      return 0;
    }
    JsonNode node = JSON.readTree(childStored.state());
    var at = RunCheckpoint.decode(childStored);
    JsonNode parent = node.path("parent");
    if (at.equals(parentStored) || parent.isMissingNode()) {
      return 0;
    }
    var before =
        new RunCheckpoint(
            parent.path("complete").asBoolean(), parent.path("source").asString(""));
    return before.equals(parentStored) ? node.path("rows").asLong(0) : 0;
  }
}
