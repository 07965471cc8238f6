package io.dataaggregator.engine.type;

import java.util.Objects;

/** A nested value kept as its JSON text, so it crosses the engine without being re-parsed. */
public record JsonText(String json) {
  public JsonText {
    Objects.requireNonNull(json, "json");
  }

  @Override
  public String toString() {
    return json;
  }
}
