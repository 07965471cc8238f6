package io.dataaggregator.connector.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A response, its body read whole (one page). */
record Response(PageRequest request, int status, HttpHeaders headers, byte[] body) {
  boolean ok() {
    return status >= 200 && status < 300;
  }

  Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The start of the body as text, for messages: enough to see an API's error, never megabytes. */
  String snippet() {
    int n = Math.min(body.length, 300);
    String s = new String(body, 0, n, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
    return body.length > n ? s + "..." : s;
  }
}
