package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.ConnectorException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * Turns a response body into a JSON tree: JSON as it is (decimals kept exact), XML through Jackson
 * (elements and attributes become fields, repeated elements arrays, the root element is the tree).
 */
final class BodyParser {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final ObjectMapper XML = XmlMapper.builder().build();

  private BodyParser() {}

  /** The body of {@code r}; {@link MissingNode} when it is empty. */
  static JsonNode parse(Response r, BodyFormat format) {
    if (r.body().length == 0 || isBlank(r.body())) {
      return MissingNode.getInstance();
    }
    String contentType = r.header("Content-Type").orElse("");
    BodyFormat actual = formatOf(r, format);
    String text = new String(r.body(), charset(contentType));
    try {
      return (actual == BodyFormat.xml ? XML : JSON).readTree(text);
    } catch (JacksonException e) {
      throw new ConnectorException(HttpErrorCode.BAD_BODY, "invalid " + actual.name().toUpperCase(Locale.ROOT)
          + " in the response from " + r.request().describe() + where(e.getLocation()) + ": "
          + e.getOriginalMessage());
    }
  }

  /**
   * JSON or XML: {@code configured} when it says which, else by Content-Type (by the first byte
   * when there is none).
   *
   * @throws ConnectorException for a Content-Type that is neither
   */
  static BodyFormat formatOf(Response r, BodyFormat configured) {
    if (configured != BodyFormat.auto) {
      return configured;
    }
    String contentType = r.header("Content-Type").orElse("");
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      return BodyFormat.json;
    }
    if (type.contains("xml")) {
      return BodyFormat.xml;
    }
    if (type.isBlank()) {
      byte first = firstNonBlank(r.body());
      return first == '<' ? BodyFormat.xml : BodyFormat.json;
    }
    throw new ConnectorException(HttpErrorCode.UNEXPECTED_CONTENT_TYPE,
        "expected JSON or XML from " + r.request().describe() + " but the response is Content-Type "
            + contentType + " (it begins: " + r.snippet().substring(0, Math.min(80, r.snippet().length()))
            + "); if the API mislabels its bodies, set the stream's format to json or xml");
  }

  private static String where(TokenStreamLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return "";
    }
    return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr()
        + (loc.getCharOffset() >= 0 ? " (character " + (loc.getCharOffset() + 1) + ")" : "");
  }

  private static Charset charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        try {
          return Charset.forName(p.substring(8).replace("\"", "").trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static boolean isBlank(byte[] body) {
    return firstNonBlank(body) == 0;
  }

  private static byte firstNonBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b;
      }
    }
    return 0;
  }
}
