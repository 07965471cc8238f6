package io.dataaggregator.connector.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A real HTTP server on 127.0.0.1 and a free port, in this JVM (the JDK's own server), answering
 * with handlers the test registers by path prefix and recording every request it receives.
 */
final class TestApi implements AutoCloseable {
  /** A received request. */
  record Call(String method, String path, Map<String, String> query, Headers headers, String body, long nanos) {
    String param(String name) {
      return query.get(name);
    }

    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** What to answer. */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    static Reply json(String body) {
      return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), bytes(body));
    }

    static Reply of(int status, String contentType, String body) {
      return new Reply(status, Map.of("Content-Type", contentType), bytes(body));
    }

    Reply with(String header, String value) {
      var h = new LinkedHashMap<>(headers);
      h.put(header, value);
      return new Reply(status, h, body);
    }

    private static byte[] bytes(String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
  }

  interface Handler {
    Reply handle(Call call) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  private TestApi(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::serve);
    server.setExecutor(executor);
  }

  static TestApi start() {
    return startOn(0, api -> {});
  }

  /** A server on {@code port} that has its routes before it takes the first request. */
  static TestApi startOn(int port, Consumer<TestApi> routes) {
    try {
      var api = new TestApi(port);
      routes.accept(api);
      api.server.start();
      return api;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestApi route(String pathPrefix, Handler handler) {
    routes.put(pathPrefix, handler);
    return this;
  }

  String base() {
    return "http://127.0.0.1:" + port();
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String pathPrefix) {
    return calls.stream().filter(c -> c.path().startsWith(pathPrefix)).toList();
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex; InputStream in = ex.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      var call = new Call(ex.getRequestMethod(), ex.getRequestURI().getPath(), query(ex.getRequestURI().getRawQuery()),
          ex.getRequestHeaders(), body, System.nanoTime());
      calls.add(call);
      Reply reply = dispatch(call);
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      if (reply.body().length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(reply.body());
        }
      }
    }
  }

  private Reply dispatch(Call call) {
    String best = null;
    for (String prefix : routes.keySet()) {
      if (call.path().startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    if (best == null) {
      return Reply.of(404, "application/json", "{\"message\":\"no route for " + call.path() + "\"}");
    }
    try {
      return routes.get(best).handle(call);
    } catch (Exception e) {
      return Reply.of(500, "text/plain", "test handler failed: " + e);
    }
  }

  private static Map<String, String> query(String raw) {
    var out = new LinkedHashMap<String, String>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
