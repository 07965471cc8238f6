package io.dataaggregator.engine.testing;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.JsonText;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A source of the numbers 1..rows per stream ({@code id bigint, label string}), for engine tests.
<<<<<<< HEAD
 * Every {@code bad_every}-th number is rejected as bad input; reading throws at {@code fail_at}. It
 * reads cursor ranges of {@code id} (backfills).
=======
 * Every {@code badEvery}-th number is rejected as bad input; reading throws at {@code failAt}.
 * With {@code tags: T} a third field {@code tags json} holds {@code id % (T + 1)} strings {@code
 * "t<id>-<i>"} (so some arrays are empty), and every {@code notArrayEvery}-th holds an object.
>>>>>>> ebdaef2 (explode into: a child stream with the parent's key, written next to its parent, committed just before it and caught up exactly on resume)
 */
public final class CountingSource implements Source<CountingSource.Config> {
  public record Config(
      @Min(0) long rows,
      @Min(1) Integer batch,
      List<String> streams,
      Long badEvery,
      Long failAt,
      Integer tags,
      Long notArrayEvery) {
    public Config {
      batch = batch == null ? 100 : batch;
      streams = streams == null ? List.of("numbers") : List.copyOf(streams);
      badEvery = badEvery == null ? 0L : badEvery;
      failAt = failAt == null ? 0L : failAt;
      notArrayEvery = notArrayEvery == null ? 0L : notArrayEvery;
    }

    public Config(long rows, Integer batch, List<String> streams, Long badEvery, Long failAt) {
      this(rows, batch, streams, badEvery, failAt, null, null);
    }

    Schema schema() {
      return tags == null ? SCHEMA : new Schema(List.of(SCHEMA.field(0), SCHEMA.field(1), TAGS));
    }

    Object[] row(long id) {
      if (tags == null) {
        return new Object[] {id, "n" + id};
      }
      if (notArrayEvery > 0 && id % notArrayEvery == 0) {
        return new Object[] {id, "n" + id, new JsonText("{\"not\": \"an array\"}")};
      }
      var elements = new StringJoiner(",", "[", "]");
      for (long i = 0; i < id % (tags + 1); i++) {
        elements.add("\"t" + id + "-" + i + "\"");
      }
      return new Object[] {id, "n" + id, new JsonText(elements.toString())};
    }
  }

  public static final Schema SCHEMA = Schema.of(Field.of("id", DataType.BIGINT), Field.of("label", DataType.STRING));
  private static final Field TAGS = Field.of("tags", DataType.JSON);

  @Override
  public ConnectorSpec<Config> spec() {
    return new ConnectorSpec<>("counting", "Counting", "numbers for tests", Config.class);
  }

  @Override
  public CheckResult check(Config config) {
    return CheckResult.success("always there");
  }

  @Override
  public Catalog discover(Config config) {
    return new Catalog(config.streams().stream()
        .map(s -> CatalogStream.of(s, config.schema()).withPrimaryKey(List.of("id")).withCursorCandidates(List.of("id")))
        .toList());
  }

  @Override
  public BatchReader read(Config config, CatalogStream stream, Checkpoint from) {
    return numbers(config, stream, from.isStart() ? 0 : Long.parseLong(from.state()), config.rows());
  }

  /** The numbers from {@code range.from()} to {@code range.to()}, the cursor being the number. */
  @Override
  public BatchReader read(Config config, CatalogStream stream, Checkpoint from, CursorRange range) {
    long first = bound(stream, "from", range.from());
    long last = bound(stream, "to", range.to());
    long after = from.isStart() ? first - 1 : Math.max(first - 1, Long.parseLong(from.state()));
    return numbers(config, stream, after, Math.min(last, config.rows()));
  }

  private static long bound(CatalogStream stream, String end, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ConnectorException(CommonErrorCode.INVALID_CONFIG, "cursor range of stream " + stream.name()
          + ": " + end + " value '" + value + "' is not a whole number, as cursor field " + stream.cursorField() + " is");
    }
  }

  /** Reads the numbers after {@code after} up to {@code last}. */
  private static BatchReader numbers(Config config, CatalogStream stream, long after, long last) {
    return new BatchReader() {
      long next = after + 1;

      @Override
      public Batch next() {
        if (next > last) {
          return null;
        }
        var rows = new ArrayList<Object[]>();
        var rejections = new ArrayList<Rejection>();
        for (int i = 0; i < config.batch() && next <= last; i++, next++) {
          if (config.failAt() > 0 && next == config.failAt()) {
            throw new ConnectorException(CommonErrorCode.READ_FAILED, "source broke at " + next);
          }
          if (config.badEvery() > 0 && next % config.badEvery() == 0) {
            rejections.add(new Rejection(stream.name(), next, "id", "bad number " + next, "#" + next));
          } else {
            rows.add(config.row(next));
          }
        }
        return new Batch(stream.schema(), rows, rejections);
      }

      @Override
      public Checkpoint checkpoint() {
        return new Checkpoint(Long.toString(next - 1));
      }

      @Override
      public void close() {}
    };
  }
}
