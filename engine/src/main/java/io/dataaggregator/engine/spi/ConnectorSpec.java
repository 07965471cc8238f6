package io.dataaggregator.engine.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a connector is: its id (lower-case word, e.g. {@code postgres}), a human title, a one-line
 * description, and the record type its configuration binds to.
 */
public record ConnectorSpec<C extends Record>(
    String id, String title, String description, Class<C> configType) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*");

  public ConnectorSpec {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("connector id must be a lower-case word: " + id);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(configType, "configType");
  }
}
