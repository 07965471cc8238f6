package io.dataaggregator.connector.http;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Test helpers: configs written as YAML, and reading a whole stream the way the runner does. */
final class Reads {
  static final HttpSource SOURCE = new HttpSource();
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Everything a read produced. */
  record Result(Schema schema, List<Object[]> rows, List<Rejection> rejections, Checkpoint checkpoint) {
    List<Object> column(String name) {
      int i = schema.require(name);
      return rows.stream().map(r -> r[i]).toList();
    }

    Map<String, Object> row(int index) {
      var m = new LinkedHashMap<String, Object>();
      for (int i = 0; i < schema.size(); i++) {
        m.put(schema.field(i).name(), rows.get(index)[i]);
      }
      return m;
    }
  }

  private Reads() {}

  /** A config bound from YAML exactly as a pipeline file's {@code source.config} would be. */
  static HttpSourceConfig config(String yaml) {
    Object tree = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return ConfigBinder.bind(tree, HttpSourceConfig.class, "http source config");
  }

  static CatalogStream discover(HttpSourceConfig config, String stream, String cursor) {
    CatalogStream s = SOURCE.discover(config).stream(stream).orElseThrow();
    return cursor == null ? s : s.incremental(cursor);
  }

  static Result readAll(HttpSourceConfig config, String stream, String cursor, Checkpoint from) {
    return readAll(config, discover(config, stream, cursor), from);
  }

  static Result readAll(HttpSourceConfig config, CatalogStream stream, Checkpoint from) {
    var rows = new ArrayList<Object[]>();
    var rejections = new ArrayList<Rejection>();
    Checkpoint last = from;
    try (BatchReader reader = SOURCE.read(config, stream, from)) {
      Batch b;
      while ((b = reader.next()) != null) {
        rows.addAll(b.rows());
        rejections.addAll(b.rejections());
        last = reader.checkpoint();
      }
    }
    return new Result(stream.schema(), rows, rejections, last);
  }

  static ArrayNode cars() {
    try (InputStream in = Reads.class.getResourceAsStream("/cars.json")) {
      return (ArrayNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = Reads.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Elements {@code from} (inclusive) to {@code to} (exclusive) of {@code all}, clipped. */
  static ArrayNode slice(ArrayNode all, int from, int to) {
    ArrayNode out = JSON.createArrayNode();
    for (int i = Math.max(0, from); i < Math.min(all.size(), to); i++) {
      out.add(all.get(i));
    }
    return out;
  }

  static String json(JsonNode node) {
    return JSON.writeValueAsString(node);
  }
}
