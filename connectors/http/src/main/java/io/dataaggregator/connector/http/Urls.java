package io.dataaggregator.connector.http;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Building and editing request URLs: joining a base and a path, reading and setting parameters. */
final class Urls {
  private Urls() {}

  /**
   * {@code base} followed by {@code path}, keeping the base's own path ({@code URI.resolve} would
   * drop it); a {@code path} that is already absolute wins.
   */
  static URI join(URI base, String path) {
    if (path.startsWith("http://") || path.startsWith("https://")) {
      return URI.create(path);
    }
    String b = base.toString();
    if (path.isEmpty()) {
      return base;
    }
    boolean slashB = b.endsWith("/");
    boolean slashP = path.startsWith("/");
    String joined = slashB && slashP ? b + path.substring(1) : slashB || slashP ? b + path : b + "/" + path;
    return URI.create(joined);
  }

  /** A link found in a response (absolute, or relative to {@code against}). */
  static URI resolve(URI against, String link) {
    return against.resolve(link.trim());
  }

  /** The query parameters of {@code uri}, decoded, in order; the last of repeated names wins. */
  static Map<String, String> params(URI uri) {
    var out = new LinkedHashMap<String, String>();
    String query = uri.getRawQuery();
    if (query == null || query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(decode(name), decode(value));
    }
    return out;
  }

  static Optional<String> param(URI uri, String name) {
    return Optional.ofNullable(params(uri).get(name));
  }

  /** {@code uri} with each of {@code params} set, replacing parameters of the same name. */
  static URI withParams(URI uri, Map<String, String> params) {
    if (params.isEmpty()) {
      return uri;
    }
    var all = params(uri);
    all.putAll(params);
    var query = new StringBuilder();
    all.forEach(
        (k, v) -> query.append(query.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
    String s = uri.toString();
    int cut = indexOfAny(s, List.of('?', '#'));
    String head = cut < 0 ? s : s.substring(0, cut);
    return URI.create(head + "?" + query);
  }

  static URI withParam(URI uri, String name, String value) {
    return withParams(uri, Map.of(name, value));
  }

  /** {@code host:port} as people write it, with the scheme's default port filled in. */
  static String hostPort(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return uri.getHost() + ":" + port;
  }

  /** Percent-encodes a query name or value; a space becomes %20, which every server reads as a space. */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static int indexOfAny(String s, List<Character> chars) {
    int best = -1;
    for (char c : chars) {
      int i = s.indexOf(c);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }
}
