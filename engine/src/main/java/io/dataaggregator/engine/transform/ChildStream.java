package io.dataaggregator.engine.transform;

import java.util.List;
import java.util.Objects;

/**
 * A stream a step makes besides its own output, as its config alone tells (explode's {@code into}):
 * what the pipeline checks before anything runs, and what the runner opens a writer for.
 *
 * @param name the child stream's name; the destination names its table or file after it
 * @param key the child fields that identify a child row (explode: {@code parent_key} + {@code
 *     index}); empty when none do, so the child stream cannot be upserted
 */
public record ChildStream(String name, List<String> key) {
  public ChildStream {
    Objects.requireNonNull(name, "name");
    key = List.copyOf(key);
  }
}
