package io.dataaggregator.server.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A REST API on 127.0.0.1 serving the airports as JSON pages ({@code /airports?offset=&limit=}),
 * like json-server would, that can hold back the pages from an offset on until the test opens the
 * gate: a run reading it is then stopped mid-way at a known place, with the pages before committed.
 */
public final class GatedApi implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<Map<String, Object>> records = readAirports();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch gate = new CountDownLatch(1);
  private final CountDownLatch held = new CountDownLatch(1);
  private volatile int holdFrom = Integer.MAX_VALUE;

  public GatedApi() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/airports", this::page);
    server.start();
  }

  /** The settings of an http source reading this API 500 records a page. */
  public String sourceYaml() {
    return "source:\n"
        + "  connector: http\n"
        + "  config:\n"
        + "    base_url: http://127.0.0.1:"
        + server.getAddress().getPort()
        + "\n"
        + "    streams:\n"
        + "      - {name: airports, path: /airports, pagination: {type: offset, page_size: 500}}\n";
  }

  /** Pages from this offset on wait for {@link #open}. */
  public GatedApi holdFrom(int offset) {
    this.holdFrom = offset;
    return this;
  }

  /** Waits until a reader asked for a held page. */
  public void awaitHeld() throws InterruptedException {
    if (!held.await(60, TimeUnit.SECONDS)) {
      throw new AssertionError("no reader reached the held page");
    }
  }

  public void open() {
    gate.countDown();
  }

  private void page(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI());
    int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
    int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
    if (offset >= holdFrom) {
      held.countDown();
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    List<Map<String, Object>> page =
        records.subList(Math.min(offset, records.size()), Math.min(offset + limit, records.size()));
    byte[] body = JSON.writeValueAsBytes(page);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } catch (IOException clientGone) {
      // the reader was killed while the page was held
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return query;
  }

  private static List<Map<String, Object>> readAirports() {
    try {
      List<String> lines = Files.readAllLines(Airports.SOURCE, StandardCharsets.UTF_8);
      List<String> header = fields(lines.getFirst());
      List<Map<String, Object>> out = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        List<String> values = fields(line);
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String name = header.get(i);
          String value = values.get(i);
          boolean number = name.equals("latitude") || name.equals("longitude");
          record.put(name, number ? (Object) Double.valueOf(value) : value);
        }
        out.add(record);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields of one CSV line (quotes doubled inside quoted fields; no line breaks in fields). */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  @Override
  public void close() {
    open();
    server.stop(0);
    threads.shutdownNow();
  }
}
