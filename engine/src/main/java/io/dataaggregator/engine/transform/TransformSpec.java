package io.dataaggregator.engine.transform;

import java.util.Objects;
import java.util.regex.Pattern;

/** What a transform step is: its id in pipeline files, a title, a description, its config record. */
public record TransformSpec<C extends Record>(
    String id, String title, String description, Class<C> configType) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z_]*");

  public TransformSpec {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("transform id must be lower-case: " + id);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(configType, "configType");
  }
}
