package io.dataaggregator.server.audit;

import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A short, secret-free summary of a request body for the audit log. Only top-level fields are
 * shown, and only short scalar values: nested objects, lists and long texts (a connection's config,
 * a pipeline's YAML) are summarised by their size, because secrets hide in them under any name.
 * Fields whose name sounds secret are masked whatever their value; credentials in URLs too.
 */
final class BodySummary {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(pass|secret|token|key|credential|auth|totp|otp|private|signature|cookie).*");
  private static final Pattern URL_CREDENTIALS = Pattern.compile("://[^/@\\s]+@");
  private static final int MAX_VALUE = 80;

  private BodySummary() {}

  /** The summary of a body of this content type; empty for an empty body. */
  static String of(String contentType, byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    if (contentType == null || !contentType.toLowerCase().contains("json")) {
      return (contentType == null ? "body" : contentType) + ", " + body.length + " bytes";
    }
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JacksonException e) {
      return "unreadable JSON, " + body.length + " bytes";
    }
    if (!node.isObject()) {
      return describe(node);
    }
    StringJoiner out = new StringJoiner(", ");
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      boolean secret = SECRET_NAME.matcher(field.getKey()).matches() && !field.getValue().isNull();
      out.add(field.getKey() + "=" + (secret ? "***" : describe(field.getValue())));
    }
    return out.toString();
  }

  /** The value of a top-level text field, if the body is a JSON object that has one. */
  static String textField(byte[] body, String name) {
    try {
      JsonNode value = JSON.readTree(body).get(name);
      return value != null && value.isString() ? value.asString() : null;
    } catch (JacksonException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "{" + value.size() + (value.size() == 1 ? " field}" : " fields}");
    }
    if (value.isArray()) {
      return "[" + value.size() + (value.size() == 1 ? " item]" : " items]");
    }
    if (value.isString()) {
      String text = value.asString();
      if (text.length() > MAX_VALUE || text.contains("\n")) {
        return "(" + text.length() + " characters)";
      }
      return URL_CREDENTIALS.matcher(text).replaceAll("://***@");
    }
    return value.toString();
  }
}
