package io.dataaggregator.connector.http;

import java.net.URI;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request of a stream, without credentials (they are added when it is sent), so that it can be
 * stored in a checkpoint and sent again to resume.
 *
 * @param body the JSON body of a POST; null for none
 */
record PageRequest(HttpMethod method, URI uri, JsonNode body) {
  PageRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
  }

  PageRequest withUri(URI newUri) {
    return new PageRequest(method, newUri, body);
  }

  /** This request with {@code name} set to {@code value}, in the query or in the JSON body. */
  PageRequest withParam(String name, String value, boolean inBody) {
    if (!inBody) {
      return withUri(Urls.withParam(uri, name, value));
    }
    ObjectNode copy =
        body instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
    copy.put(name, value);
    return new PageRequest(method, uri, copy);
  }

  /** How messages name it: {@code GET https://api.example.com/v1/cars?page=2}. */
  String describe() {
    return method + " " + uri;
  }

  ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("method", method.name());
    node.put("url", uri.toString());
    if (body != null) {
      node.set("body", body);
    }
    return node;
  }

  static PageRequest fromJson(JsonNode node) {
    JsonNode body = node.get("body");
    return new PageRequest(
        HttpMethod.valueOf(node.path("method").asString("GET")),
        URI.create(node.path("url").asString()),
        body == null || body.isNull() ? null : body);
  }
}
