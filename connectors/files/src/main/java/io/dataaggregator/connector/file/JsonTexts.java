package io.dataaggregator.connector.file;

import io.dataaggregator.engine.type.JsonText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Checks that text is one well-formed JSON value, for values typed {@code json}. */
public final class JsonTexts {
  /**
   * The shared Jackson factory of this module; thread-safe. Writes no separator between root
   * values: JSON Lines writers end each object with a line feed themselves.
   */
  public static final JsonFactory FACTORY =
      JsonFactory.builder().rootValueSeparator((String) null).build();

  private JsonTexts() {}

  /** {@code text} as a {@link JsonText} when it is exactly one JSON value, else null. */
  public static JsonText parse(String text) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      p.skipChildren();
      return p.nextToken() == null ? new JsonText(text) : null;
    } catch (JacksonException e) {
      return null;
    }
  }
}
