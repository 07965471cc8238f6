package io.dataaggregator.connector.http;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.Jackson3JsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.Jackson3MappingProvider;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * JSONPath (Jayway json-path, evaluated on our Jackson 3 tree, so a body is parsed once) for the
 * record selector and the pagination token and URL. Accepts {@code $.data}, {@code data.items}
 * ({@code $.} is implied), filters such as {@code $.items[?(@.active)]}. Thread-safe.
 */
final class JsonPaths {
  private static final Configuration CONF = Configuration.builder()
      .jsonProvider(new Jackson3JsonNodeJsonProvider())
      .mappingProvider(new Jackson3MappingProvider())
      .build();

  private static final JsonMapper TREE = JsonMapper.builder().build();

  private final String text;
  private final JsonPath path;

  private JsonPaths(String text, JsonPath path) {
    this.text = text;
    this.path = path;
  }

  /**
   * @param setting how messages name the setting, e.g. {@code "stream cars, records"}
   * @throws io.dataaggregator.engine.spi.ConnectorException when {@code text} is not a JSONPath
   */
  static JsonPaths compile(String text, String setting) {
    String t = text.strip();
    String full = t.startsWith("$") ? t : "$." + t;
    try {
      return new JsonPaths(t, JsonPath.compile(full));
    } catch (InvalidPathException | IllegalArgumentException e) {
      throw ApiResolver.invalid(setting + ": '" + text + "' is not a JSONPath such as $.data: " + e.getMessage());
    }
  }

  String text() {
    return text;
  }

  boolean definite() {
    return path.isDefinite();
  }

  /**
   * What the path selects in {@code body} ({@code NullNode} for an explicit null); empty when a
   * definite path leads nowhere.
   */
  Optional<JsonNode> read(JsonNode body) {
    try {
      Object v = path.read(body, CONF);
      // json-path unwraps a definite path's scalar into a Java value; wrap it back.
      return Optional.of(v == null ? NullNode.getInstance() : v instanceof JsonNode n ? n : TREE.valueToTree(v));
    } catch (PathNotFoundException e) {
      return Optional.empty();
    }
  }
}
