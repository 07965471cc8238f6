package io.dataaggregator.engine.type;

import java.util.Objects;

/** A named, typed column of a {@link Schema}. */
public record Field(String name, DataType type, boolean nullable) {
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static Field of(String name, DataType type) {
    return new Field(name, type, true);
  }

  public Field withType(DataType newType) {
    return new Field(name, newType, nullable);
  }

  public Field withName(String newName) {
    return new Field(newName, type, nullable);
  }
}
