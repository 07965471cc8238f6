package io.dataaggregator.engine.testing;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.QueryReader;
import io.dataaggregator.engine.spi.QuerySource;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A source that answers queries, for engine tests of reference queries without a database. Its
 * query language has a few sentences, each giving the numbers 1..rows with a label and a weight
 * ({@code key, label string, weight decimal(10,2)}):
 *
 * <ul>
 *   <li>{@code labels by int|bigint|decimal|double|string}: the key in that type (decimals as
 *       {@code 5.0}, strings as {@code "5"});
 *   <li>{@code labels twice}: every key two times;
 *   <li>{@code labels with a bad row}: row 3 cannot be decoded (a rejection);
 *   <li>{@code labels and a null key}: one more row, whose key is null;
 *   <li>anything else fails as a database refuses a query: {@code syntax error at or near ...}.
 * </ul>
 *
 * A query starting with {@code insert} is refused on sight ({@link #problem}). {@link #QUERIES}
 * counts the queries run.
 */
public final class LabelsSource implements QuerySource<LabelsSource.Config> {
  public static final AtomicInteger QUERIES = new AtomicInteger();

  /**
   * @param tag any text: tests give each their own so that rows cached by another test never serve
   *     theirs
   */
  public record Config(@Min(0) long rows, String tag) {}

  @Override
  public ConnectorSpec<Config> spec() {
    return new ConnectorSpec<>(
        "labels", "Labels", "labelled numbers for query tests", Config.class);
  }

  @Override
  public CheckResult check(Config config) {
    return CheckResult.success("always there");
  }

  @Override
  public Catalog discover(Config config) {
    return new Catalog(List.of(CatalogStream.of("labels", schema(DataType.BIGINT))));
  }

  @Override
  public BatchReader read(Config config, CatalogStream stream, Checkpoint from) {
    return query(config, "labels by bigint");
  }

  @Override
  public Optional<String> problem(String query) {
    return query.strip().toLowerCase().startsWith("insert")
        ? Optional.of("only a read query may run here, not INSERT")
        : Optional.empty();
  }

  @Override
  public QueryReader query(Config config, String query) {
    QUERIES.incrementAndGet();
    String q = query.strip();
    if (q.equals("labels twice")) {
      return reader(schema(DataType.BIGINT), config.rows(), 2, -1, "bigint");
    }
    if (q.equals("labels and a null key")) {
      Reader rows = reader(schema(DataType.BIGINT), config.rows(), 1, -1, "bigint");
      rows.all.add(new Object[] {null, "nobody", BigDecimal.ZERO});
      return rows;
    }
    if (q.equals("labels with a bad row")) {
      return reader(schema(DataType.BIGINT), config.rows(), 1, 3, "bigint");
    }
    if (q.startsWith("labels by ")) {
      String type = q.substring("labels by ".length());
      try {
        return reader(schema(DataType.parse(type)), config.rows(), 1, -1, type);
      } catch (IllegalArgumentException e) {
        // an unknown type name fails below, as any other sentence
      }
    }
    throw new ConnectorException(
        CommonErrorCode.READ_FAILED, "syntax error at or near \"" + q.split("\\s+")[0] + "\"");
  }

  private static Schema schema(DataType key) {
    return Schema.of(
        Field.of("key", key),
        Field.of("label", DataType.STRING),
        Field.of("weight", DataType.decimal(10, 2)));
  }

  private static Object key(long n, String type) {
    return switch (type) {
      case "int" -> (int) n;
      case "decimal" -> new BigDecimal(n + ".0");
      case "double" -> (double) n;
      case "string" -> Long.toString(n);
      default -> n;
    };
  }

  private static Reader reader(Schema schema, long rows, int times, long bad, String type) {
    var all = new ArrayList<Object[]>();
    var rejections = new ArrayList<Rejection>();
    for (long n = 1; n <= rows; n++) {
      for (int t = 0; t < times; t++) {
        if (n == bad) {
          rejections.add(new Rejection("query", n, "weight", "weight: not a number", "x"));
        } else {
          all.add(new Object[] {key(n, type), "label " + n, BigDecimal.valueOf(n * 150, 2)});
        }
      }
    }
    return new Reader(schema, all, rejections);
  }

  private static final class Reader implements QueryReader {
    private final Schema schema;
    private final List<Object[]> all;
    private final List<Rejection> rejections;
    private boolean done;

    Reader(Schema schema, List<Object[]> all, List<Rejection> rejections) {
      this.schema = schema;
      this.all = all;
      this.rejections = rejections;
    }

    @Override
    public Schema schema() {
      return schema;
    }

    @Override
    public Batch next() {
      if (done) {
        return null;
      }
      done = true;
      return new Batch(schema, all, rejections);
    }

    @Override
    public Checkpoint checkpoint() {
      return Checkpoint.START;
    }

    @Override
    public void close() {}
  }
}
